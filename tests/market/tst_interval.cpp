#include "market/Interval.h"

#include <QTest>

using namespace cascade;

class TestInterval : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("1m") << QStringLiteral("1m") << qint64(60'000);
        QTest::newRow("5m") << QStringLiteral("5m") << qint64(300'000);
        QTest::newRow("15m") << QStringLiteral("15m") << qint64(900'000);
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(3'600'000);
        QTest::newRow("4h") << QStringLiteral("4h") << qint64(14'400'000);
        QTest::newRow("1d") << QStringLiteral("1d") << qint64(86'400'000);
        QTest::newRow("1w") << QStringLiteral("1w") << qint64(604'800'000);
        QTest::newRow("30s") << QStringLiteral("30s") << qint64(30'000);
        QTest::newRow("spaces") << QStringLiteral(" 4h ") << qint64(14'400'000);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto interval = Interval::parse(text);
        QVERIFY(interval.has_value());
        QCOMPARE(interval->ms(), ms);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no unit") << QStringLiteral("5");
        QTest::newRow("zero") << QStringLiteral("0m");
        QTest::newRow("unknown unit") << QStringLiteral("5y");
        QTest::newRow("negative") << QStringLiteral("-5m");
        QTest::newRow("month is M, not supported") << QStringLiteral("1M");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Interval::parse(text).has_value());
    }

    void names()
    {
        QCOMPARE(Interval::minutes(1).name(), QStringLiteral("1m"));
        QCOMPARE(Interval::minutes(60).name(), QStringLiteral("1h"));
        QCOMPARE(Interval::hours(24).name(), QStringLiteral("1d"));
        QCOMPARE(Interval::minutes(90).name(), QStringLiteral("90m"));
        QCOMPARE(Interval(1500).name(), QStringLiteral("1500ms"));
    }

    void fittingPicksShortestThatFits()
    {
        const qint64 day = 86'400'000;
        QCOMPARE(Interval::fitting(day, 1500), Interval::minutes(1));      // 1440 bars
        QCOMPARE(Interval::fitting(2 * day, 1500), Interval::minutes(5));  // 576 bars
        QCOMPARE(Interval::fitting(60 * day, 1500), Interval::hours(1));   // 1440 bars
        QCOMPARE(Interval::fitting(400 * day, 1500), Interval::days(1));   // 400 bars
        QCOMPARE(Interval::fitting(9000 * day, 1500), Interval::days(1));  // nothing fits: the longest
    }

    void floorAlignsToEpochMultiples()
    {
        const Interval h = Interval::hours(1);
        // 2025-10-10T21:15:30Z = 1760130930000
        QCOMPARE(h.floor(1760130930000), qint64(1760130000000));
        QCOMPARE(h.floor(1760130000000), qint64(1760130000000));
        QCOMPARE(Interval::minutes(5).floor(-1), qint64(-300'000));
    }
};

QTEST_GUILESS_MAIN(TestInterval)
#include "tst_interval.moc"

#include "market/TimeFormat.h"

#include <QTest>

using namespace cascade;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void isoHasMillisecondsAndZ()
    {
        QCOMPARE(TimeFormat::isoUtc(1760130930123), QStringLiteral("2025-10-10T21:15:30.123Z"));
        QCOMPARE(TimeFormat::isoUtc(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch ms") << QStringLiteral("1760130930123") << qint64(1760130930123);
        QTest::newRow("iso z") << QStringLiteral("2025-10-10T21:15:30Z") << qint64(1760130930000);
        QTest::newRow("iso ms") << QStringLiteral("2025-10-10T21:15:30.123Z") << qint64(1760130930123);
        QTest::newRow("no zone means UTC") << QStringLiteral("2025-10-10T21:15:30") << qint64(1760130930000);
        QTest::newRow("offset") << QStringLiteral("2025-10-10T23:15:30+02:00") << qint64(1760130930000);
        QTest::newRow("date only") << QStringLiteral("2025-10-10") << qint64(1760054400000);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = TimeFormat::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), ms);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("bad month") << QStringLiteral("2025-13-01");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999999");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        const auto parsed = TimeFormat::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_time_format.moc"

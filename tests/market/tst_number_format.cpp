#include "market/NumberFormat.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace cascade;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void compactUsd_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("nov 2025 day") << 218.5e6 << QStringLiteral("$218.5M");
        QTest::newRow("oct 10") << 19e9 << QStringLiteral("$19B");
        QTest::newRow("small M") << 1.234e6 << QStringLiteral("$1.23M");
        QTest::newRow("hundreds of K") << 950e3 << QStringLiteral("$950K");
        QTest::newRow("round K") << 100e3 << QStringLiteral("$100K");
        QTest::newRow("units") << 12.4 << QStringLiteral("$12");
        QTest::newRow("negative") << -2.5e6 << QStringLiteral("-$2.5M");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("-");
    }
    void compactUsd()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(NumberFormat::compactUsd(usd), text);
    }

    // The decimal mark follows the language the user reads (QLocale's default).
    void compactUsdInTheReadersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        const QString german = NumberFormat::compactUsd(218.5e6);
        const QString round = NumberFormat::compactUsd(19e9);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(german, QStringLiteral("$218,5M"));
        QCOMPARE(round, QStringLiteral("$19B"));
    }

    void ratio()
    {
        QCOMPARE(NumberFormat::ratio(13.64), QStringLiteral("13.64x"));
        QCOMPARE(NumberFormat::ratio(std::numeric_limits<double>::infinity()), QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_number_format.moc"

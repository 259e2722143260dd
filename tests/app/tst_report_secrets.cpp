// A report names its store, but never a team store's password.
#include "ReportBundle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

class TestReportSecrets : public QObject
{
    Q_OBJECT

private slots:
    void storePasswordStaysOut()
    {
        constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z
        ReportBundle::Inputs inputs;
        inputs.data.exchange = QStringLiteral("binance");
        inputs.data.symbol = QStringLiteral("BTCUSDT");
        for (int m = 0; m < 180; ++m)
            inputs.data.candles.push_back(
                {kT0 + m * 60'000, 100'000, 100'050, 99'950, 100'010, 2, 1, 200'000});
        inputs.data.underlying = QStringLiteral("BTC");
        for (OptionType type : {OptionType::Put, OptionType::Call}) {
            OptionQuote quote;
            quote.snapshotTime = kT0;
            quote.expiry = kT0 + 7 * 86'400'000LL;
            quote.strike = 100'000;
            quote.type = type;
            quote.openInterest = 100;
            quote.underlyingPrice = 100'000;
            quote.openInterestUsd = 1e7;
            inputs.data.optionChain.push_back(quote);
        }
        inputs.interval = Interval::minutes(15);
        inputs.imageSize = QSize(640, 360);
        inputs.storeLocation = QStringLiteral("postgresql://desk:s3cr3t-pass@db.example:5432/market");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report"));
        const auto files = ReportBundle::write(out, inputs);
        QVERIFY2(files, qPrintable(files.error()));
        QFile json(out + QStringLiteral("/report.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QVERIFY(!bytes.contains("s3cr3t-pass"));
        QCOMPARE(QJsonDocument::fromJson(bytes)
                     .object()
                     .value(QStringLiteral("inputs"))
                     .toObject()
                     .value(QStringLiteral("store"))
                     .toString(),
                 QStringLiteral("postgresql://desk:***@db.example:5432/market"));
    }
};

QTEST_MAIN(TestReportSecrets)
#include "tst_report_secrets.moc"

// `cascade fetch` end to end against the fake exchange on 127.0.0.1: the command class called
// directly, and the built binary through QProcess for its progress output.
#include "FakeExchange.h"

#include "FetchCommand.h"
#include "store/StoreFactory.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using cascade::test::FakeExchange;

class TestFetchCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString storePath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QStringList fetchArguments(const FakeExchange &exchange, const QString &store)
    {
        return {QStringLiteral("cascade fetch"),
                QStringLiteral("--exchange"),
                QStringLiteral("binance"),
                QStringLiteral("--symbol"),
                QStringLiteral("BTCUSDT"),
                QStringLiteral("--from"),
                QStringLiteral("2025-10-10T00:00:00Z"),
                QStringLiteral("--to"),
                QStringLiteral("2025-10-11T02:00:00Z"),
                QStringLiteral("--api-base"),
                QStringLiteral("binance=") + exchange.baseUrl(),
                QStringLiteral("--store"),
                store};
    }

private slots:
    void fetchesOnceThenNothing()
    {
        FakeExchange exchange;
        const QString store = storePath("fetch.sqlite");
        QCOMPARE(FetchCommand().run(fetchArguments(exchange, store)), int(Command::Success));
        QCOMPARE(exchange.requestCount(), 2); // 1560 one-minute bars: 1500 + 60
        QCOMPARE(FetchCommand().run(fetchArguments(exchange, store)), int(Command::Success));
        QCOMPARE(exchange.requestCount(), 2);
        auto opened = openStore(store);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto candles = opened.value()->candles(
            {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles}, {0, 2000000000000});
        QCOMPARE(candles->size(), std::size_t(1560));
        QCOMPARE(candles->front().open, 100240.0);
    }

    void badArgumentsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("change");
        QTest::addColumn<QString>("option");
        QTest::newRow("exchange") << QStringList{"--exchange", "kraken"} << "--exchange";
        QTest::newRow("api-base scheme")
            << QStringList{"--api-base", "binance=file:///etc/passwd"} << "--api-base";
        QTest::newRow("api-base name")
            << QStringList{"--api-base", "mtgox=http://127.0.0.1:1"} << "--api-base";
        QTest::newRow("proxy") << QStringList{"--proxy", "not a url"} << "--proxy";
        QTest::newRow("kinds") << QStringList{"--kinds", "candles,funding"} << "--kinds";
        QTest::newRow("interval") << QStringList{"--interval", "7m"} << "--interval";
        QTest::newRow("from") << QStringList{"--from", "yesterday"} << "--from";
    }

    void badArgumentsWriteNothing()
    {
        QFETCH(QStringList, change);
        FakeExchange exchange;
        const QString store = storePath("never.sqlite");
        QStringList arguments = fetchArguments(exchange, store);
        arguments += change; // a repeated option: the parser keeps the last value or all of them
        if (change[0] == QLatin1String("--exchange") || change[0] == QLatin1String("--from")) {
            const auto at = arguments.indexOf(change[0]);
            arguments[at + 1] = change[1];
            arguments.removeLast();
            arguments.removeLast();
        }
        QCOMPARE(FetchCommand().run(arguments), int(Command::BadArguments));
        QVERIFY(!QFileInfo::exists(store));
        QCOMPARE(exchange.requestCount(), 0);
    }

    void binaryReportsProgressAndFailure()
    {
        FakeExchange exchange;
        const QString store = storePath("process.sqlite");
        QStringList arguments = fetchArguments(exchange, store);
        arguments[0] = QStringLiteral("fetch");
        QProcess process;
        process.start(QStringLiteral(CASCADE_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("2/2 requests, 1560 rows")), qPrintable(err));
        QVERIFY(
            QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("1560 rows stored")));

        // A later range whose first page comes back as an HTML error page.
        exchange.breakFromRequest(1, "<html><body>Service Unavailable</body></html>");
        arguments[arguments.indexOf(QStringLiteral("--to")) + 1] = QStringLiteral("2025-10-12T00:00:00Z");
        process.start(QStringLiteral(CASCADE_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString failure = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(failure.contains(QStringLiteral("binance /fapi/v1/klines")) &&
                     failure.contains(QStringLiteral("HTML")),
                 qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetch_command.moc"

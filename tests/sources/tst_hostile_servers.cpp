// The fault matrix: every provider against every way a server can fail or attack, on
// 127.0.0.1. Each fetch must end (short client timeouts keep the file quick), say what went
// wrong, and leave the store holding only the complete pages committed before the fault.
#include "FakeExchange.h"
#include "HostileReplies.h"

#include "sources/CurlGlobal.h"
#include "sources/FetchJob.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using cascade::test::FakeExchange;
using cascade::test::HostileReplies;
using Reply = cascade::test::LoopbackServer::Reply;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1760054400000;  // 2025-10-10T00:00:00Z
constexpr qint64 kNow = 1760918400000; // 2025-10-20T00:00:00Z
constexpr qint64 kCap = 1 << 20;       // the client's body cap in this file: 1 MiB

HttpClient::Options quickClient()
{
    HttpClient::Options options;
    options.connectTimeoutMs = 1000;
    // Short enough to keep the file quick, long enough for a 1500-row page on a loaded machine.
    options.totalTimeoutMs = 1200;
    options.maxBodyBytes = kCap;
    return options;
}

RequestExecutor quickExecutor()
{
    RetryPolicy::Options retry;
    retry.maxAttempts = 2;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 20;
    return RequestExecutor(HttpClient(quickClient()), RetryPolicy(retry),
                           std::make_shared<RateLimiter>(10000, 1000));
}

// Two pages' worth of the provider's main series, so a fault from the second request leaves
// exactly one committed page behind.
FetchRequest twoPages(const QString &exchange)
{
    FetchRequest request;
    request.exchange = exchange;
    request.symbol = QStringLiteral("BTCUSDT");
    const bool coinglass = exchange == QLatin1String("coinglass");
    const qint64 minutes = exchange == QLatin1String("okx")       ? 150
                           : exchange == QLatin1String("binance") ? 2000
                                                                  : 1500;
    request.range = {kT0, kT0 + minutes * kMinute};
    request.kinds = {coinglass ? SeriesKind::Liquidations : SeriesKind::Candles};
    if (coinglass)
        request.apiKey = QStringLiteral("test-key");
    return request;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when `probe` goes
}

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

    CurlGlobal m_curl;
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<ExchangeProvider> provider(const QString &name, const QString &base)
    {
        auto p = ProviderRegistry::create(name);
        p->setBaseUrl(base + (name == QLatin1String("deribit") ? QStringLiteral("/api/v2") : QString()));
        return p;
    }

    std::unique_ptr<MarketStore> freshStore()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores)));
        return store ? std::move(store).value() : nullptr;
    }

    static Result<FetchJob::Outcome> fetch(const ExchangeProvider &p, MarketStore &store,
                                           const FetchRequest &r)
    {
        const RequestExecutor executor = quickExecutor();
        FetchJob job(p, store, executor);
        job.setClock([] { return kNow; });
        return job.run(r, nullptr);
    }

    // The first page's window, as the provider cuts the range.
    static TimeRange firstWindow(const ExchangeProvider &p, const FetchRequest &r)
    {
        const SeriesKind kind = r.kinds.front();
        const auto step = p.step(kind, r.interval);
        const auto pages = p.pages(r, kind, r.range, *step);
        return pages->front().window;
    }

    // Only complete committed pages: coverage is `expected` (maybe empty) and the rows are the
    // fake market's rows of exactly that window.
    static void verifyStore(MarketStore &store, const ExchangeProvider &p, const FetchRequest &r,
                            const TimeRange &expected)
    {
        const SeriesKind kind = r.kinds.front();
        const SeriesKey key{p.name(), p.storeSymbol(r.symbol, kind), kind};
        const auto coverage = store.coverage(key);
        QVERIFY2(coverage.ok(), qPrintable(coverage.error()));
        const std::vector<TimeRange> want =
            expected.isEmpty() ? std::vector<TimeRange>{} : std::vector<TimeRange>{expected};
        QCOMPARE(coverage->ranges(), want);
        const qint64 bars = expected.duration() / kMinute;
        if (kind == SeriesKind::Candles) {
            const auto rows = store.candles(key, {0, kNow});
            QCOMPARE(qint64(rows->size()), bars);
            for (const Candle &c : *rows) {
                QVERIFY(expected.contains(c.openTime));
                QCOMPARE(c.open, FakeExchange::open(c.openTime));
            }
        } else {
            const auto rows = store.liquidations(key, {0, kNow});
            QCOMPARE(qint64(rows->size()), 2 * bars); // a long and a short total per bar
            for (const Liquidation &l : *rows)
                QVERIFY(expected.contains(l.time));
        }
    }

private slots:
    void faultMatrix_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("says"); // a pattern the error message must match
        const QList<std::pair<const char *, const char *>> faults = {
            {"connection refused", "Couldn't connect|Connection refused"},
            {"unresolvable host", "Could not resolve host: cascade-test\\.invalid"},
            {"trickling body", "timed out"},
            {"reset mid-body", "reset by peer|Recv failure|truncated"},
            {"200 with HTML", "HTML"},
            {"200 with wrong JSON", "expected|missing|unexpected"},
            {"enormous body", "larger than the 1048576-byte cap"},
            {"gzip bomb", "larger than the 1048576-byte cap"},
            {"redirect loop", "redirect loop: more than 5 redirects"},
            {"redirect to file", "refused file:///etc/passwd: only http and https URLs are allowed"},
            {"redirect to ftp",
             "refused ftp://127\\.0\\.0\\.1:\\d+/pub/x: only http and https URLs are allowed"},
            {"429 storm", "HTTP 429: still rate limited after 2 attempts"},
        };
        for (const QString &exchange : ProviderRegistry::names()) {
            for (const auto &[fault, says] : faults) {
                QTest::addRow("%s, %s", qPrintable(exchange), fault)
                    << exchange << QString::fromLatin1(fault) << QString::fromLatin1(says);
            }
        }
    }

    void faultMatrix()
    {
        QFETCH(QString, exchange);
        QFETCH(QString, fault);
        QFETCH(QString, says);
        FakeExchange fake;
        auto store = freshStore();
        QVERIFY(store);
        const FetchRequest request = twoPages(exchange);
        if (exchange == QLatin1String("coinglass")) {
            // CoinGlass totals are priced from candles of the same minutes.
            FetchRequest candles = twoPages(QStringLiteral("binance"));
            candles.range = request.range;
            QVERIFY(fetch(*provider(QStringLiteral("binance"), fake.baseUrl()), *store, candles).ok());
        }

        QString base = fake.baseUrl();
        TimeRange committed; // the one page fetched before the server turns hostile
        if (fault == QLatin1String("connection refused")) {
            base = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        } else if (fault == QLatin1String("unresolvable host")) {
            base = QStringLiteral("http://cascade-test.invalid");
        } else {
            fake.breakFromRequest(2, HostileReplies::reply(fault, fake.server().port()));
        }
        const auto p = provider(exchange, base);
        if (base == fake.baseUrl())
            committed = firstWindow(*p, request);

        const int before = fake.requestCount();
        QElapsedTimer timer;
        timer.start();
        const auto result = fetch(*p, *store, request);
        // For docs/RELIABILITY.md: how long each fault took to end, and what it said.
        qInfo("%lld ms: %s", timer.elapsed(),
              qPrintable(result.ok() ? QStringLiteral("ok") : result.error()));
        QVERIFY2(!result.ok(), "the hostile server's fetch succeeded");
        const QString error = result.error();
        QVERIFY2(error.contains(QRegularExpression(says)), qPrintable(error));
        QVERIFY2(error.startsWith(exchange + u' ') || error.startsWith(exchange + u':'), qPrintable(error));
        // The refused kinds are not retried; the transient ones are, up to the policy's limit.
        const int sent = fake.requestCount() - before;
        if (fault.startsWith(QLatin1String("redirect to")))
            QCOMPARE(sent, 2);
        else if (fault == QLatin1String("redirect loop"))
            QCOMPARE(sent, 1 + 6); // the first page, then the request and its 5 redirects
        else if (fault == QLatin1String("429 storm") || fault == QLatin1String("trickling body"))
            QCOMPARE(sent, 1 + 2);
        verifyStore(*store, *p, request, committed);
        if (!committed.isEmpty())
            QVERIFY2(error.contains(QStringLiteral("(1 earlier page")), qPrintable(error));
    }

    void invalidCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("self-signed for 127.0.0.1") << QStringLiteral("/CN=127.0.0.1");
        QTest::newRow("self-signed for another name") << QStringLiteral("/CN=fapi.binance.com");
    }

    void invalidCertificateIsRefused()
    {
        QFETCH(QString, subject);
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), subject, QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), cert});
        if (!make.waitForStarted())
            QSKIP("openssl is not installed (scripts/deps.sh installs it)");
        QVERIFY(make.waitForFinished(30'000));
        QCOMPARE(make.exitCode(), 0);

        const quint16 port = closedPort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("openssl"),
                     {QStringLiteral("s_server"), QStringLiteral("-accept"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                      QStringLiteral("-key"), key, QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listening(port), 10'000);

        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
        const HttpResponse direct = HttpClient(quickClient()).get({QUrl(base + QStringLiteral("/")), {}});
        QCOMPARE(direct.failure, HttpResponse::Failure::Refused);
        QVERIFY2(direct.errorText.contains(QStringLiteral(
                     "TLS certificate of 127.0.0.1 could not be verified, connection refused")),
                 qPrintable(direct.errorText));
        QVERIFY(direct.body.isEmpty());

        // Through a provider: one attempt, no retries, nothing stored, the reason in the message.
        auto store = freshStore();
        const auto p = provider(QStringLiteral("binance"), base);
        const FetchRequest request = twoPages(QStringLiteral("binance"));
        const auto result = fetch(*p, *store, request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("could not be verified")),
                 qPrintable(result.error()));
        QVERIFY2(!result.error().contains(QStringLiteral("gave up")), qPrintable(result.error()));
        verifyStore(*store, *p, request, {});
        server.kill();
        server.waitForFinished();
    }

    void queryValuesAreEncoded()
    {
        // '+', '%', '&', '#', '=' and spaces in a value reach the server as the same value.
        FakeExchange fake;
        const auto p = provider(QStringLiteral("binance"), fake.baseUrl());
        FetchRequest request = twoPages(QStringLiteral("binance"));
        request.symbol = QStringLiteral("BTC+USDT%20&x=1#y z");
        auto store = freshStore();
        fetch(*p, *store, request);
        QVERIFY(fake.requestCount() > 0);
        const auto seen = fake.server().requests().front();
        QCOMPARE(seen.query(QStringLiteral("symbol")), QStringLiteral("BTC+USDT%20&X=1#Y Z"));
        QVERIFY2(!seen.target.contains('#') && !seen.target.contains(' ') && !seen.target.contains('+'),
                 seen.target.constData());
    }

private:
    static bool listening(quint16 port)
    {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(200);
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostile_servers.moc"

// Providers, planner and job against the fake exchange on 127.0.0.1, writing into a real
// SQLite store in a temporary directory.
#include "FakeExchange.h"

#include "market/TimeFormat.h"
#include "sources/CurlGlobal.h"
#include "sources/FetchJob.h"
#include "sources/FetchPlanner.h"
#include "sources/OkxProvider.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cascade;
using cascade::test::FakeExchange;

namespace {

constexpr qint64 kMinute = 60000;
constexpr qint64 kT0 = 1760054400000;  // 2025-10-10T00:00:00Z
constexpr qint64 kNow = 1760918400000; // 2025-10-20T00:00:00Z, the clock of every job here

RequestExecutor quickExecutor()
{
    RetryPolicy::Options retry;
    retry.maxAttempts = 2;
    retry.baseDelayMs = 10;
    return RequestExecutor(HttpClient(), RetryPolicy(retry), std::make_shared<RateLimiter>(10000, 1000));
}

FetchRequest candles(const QString &exchange, qint64 from, qint64 to)
{
    FetchRequest request;
    request.exchange = exchange;
    request.symbol = QStringLiteral("BTCUSDT");
    request.range = {from, to};
    return request;
}

} // namespace

class TestFetchJob : public QObject
{
    Q_OBJECT

    CurlGlobal m_curl;
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    std::unique_ptr<FakeExchange> m_exchange;
    std::unique_ptr<MarketStore> m_store;
    RequestExecutor m_executor = quickExecutor();

    std::unique_ptr<ExchangeProvider> provider(const QString &name)
    {
        auto p = ProviderRegistry::create(name);
        p->setBaseUrl(m_exchange->baseUrl() +
                      (name == QLatin1String("deribit") ? QStringLiteral("/api/v2") : QString()));
        return p;
    }

    Result<FetchJob::Outcome> fetch(const ExchangeProvider &p, const FetchRequest &request,
                                    const std::atomic_bool *cancel = nullptr,
                                    const FetchJob::ProgressCallback &progress = {})
    {
        FetchJob job(p, *m_store, m_executor);
        job.setClock([] { return kNow; });
        return job.run(request, cancel, progress);
    }

    std::vector<Candle> stored(const QString &exchange, TimeRange range = {0, kNow})
    {
        auto rows = m_store->candles({exchange, QStringLiteral("BTCUSDT"), SeriesKind::Candles}, range);
        return rows ? rows.value() : std::vector<Candle>{};
    }

    // Every stored bar is the fake market bar, one per minute from `from`.
    void verifyMinuteBars(const std::vector<Candle> &bars, qint64 from, std::size_t count)
    {
        QCOMPARE(bars.size(), count);
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const qint64 t = from + qint64(i) * kMinute;
            QCOMPARE(bars[i].openTime, t);
            QCOMPARE(bars[i].open, FakeExchange::open(t));
            QCOMPARE(bars[i].close, FakeExchange::open(t) + 1);
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_exchange = std::make_unique<FakeExchange>();
        auto store = openStore(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_storeCount)));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store.value());
    }

    void cleanup()
    {
        m_store.reset();
        m_exchange.reset();
    }

    void binancePagesThenRefetchSendsNothing()
    {
        const auto binance = provider(QStringLiteral("binance"));
        const auto first = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 4000 * kMinute));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->requests, 3); // 1500 + 1500 + 1000 bars
        QCOMPARE(first->rows, qint64(4000));
        QCOMPARE(m_exchange->requestCount(), 3);
        const auto requests = m_exchange->server().requests();
        QCOMPARE(requests[1].query(QStringLiteral("startTime")), QString::number(kT0 + 1500 * kMinute));
        QCOMPARE(requests[1].query(QStringLiteral("limit")), QStringLiteral("1500"));
        const auto bars = stored(QStringLiteral("binance"));
        verifyMinuteBars(bars, kT0, 4000);
        // Hand-computed: minute 29334240 since 1970 -> open 100240, volume 1 + 29334240 % 7 = 6.
        QCOMPARE(bars[0], (Candle{kT0, 100240, 100245, 100235, 100241, 6, 3, 601440}));

        const auto again = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 4000 * kMinute));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->requests, 0);
        QCOMPARE(m_exchange->requestCount(), 3);

        // Extending the range fetches only the new part.
        const auto extended =
            fetch(*binance, candles(QStringLiteral("binance"), kT0 - 100 * kMinute, kT0 + 4000 * kMinute));
        QVERIFY2(extended.ok(), qPrintable(extended.error()));
        QCOMPARE(extended->requests, 1);
        const auto last = m_exchange->server().requests().last();
        QCOMPARE(last.query(QStringLiteral("startTime")), QString::number(kT0 - 100 * kMinute));
        QCOMPARE(last.query(QStringLiteral("endTime")), QString::number(kT0 - 1));
        verifyMinuteBars(stored(QStringLiteral("binance")), kT0 - 100 * kMinute, 4100);
    }

    void bybitPagesNewestFirst()
    {
        const auto bybit = provider(QStringLiteral("bybit"));
        const auto result = fetch(*bybit, candles(QStringLiteral("bybit"), kT0, kT0 + 2500 * kMinute));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->requests, 3);
        verifyMinuteBars(stored(QStringLiteral("bybit")), kT0, 2500);
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("interval")), QStringLiteral("1"));
        QCOMPARE(fetch(*bybit, candles(QStringLiteral("bybit"), kT0, kT0 + 2500 * kMinute))->requests, 0);
    }

    void okxPagesWithAfterAndBefore()
    {
        const auto okx = provider(QStringLiteral("okx"));
        const auto result = fetch(*okx, candles(QStringLiteral("okx"), kT0, kT0 + 250 * kMinute));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->requests, 3); // 100 rows a page
        const auto first = m_exchange->server().requests()[0];
        QCOMPARE(first.query(QStringLiteral("instId")), QStringLiteral("BTC-USDT-SWAP"));
        QCOMPARE(first.query(QStringLiteral("after")), QString::number(kT0 + 100 * kMinute));
        QCOMPARE(first.query(QStringLiteral("before")), QString::number(kT0 - 1));
        const auto bars = stored(QStringLiteral("okx"));
        verifyMinuteBars(bars, kT0, 250);
        QCOMPARE(bars[0].volume, 6.0); // volCcy (base), not vol (contracts)
        QCOMPARE(fetch(*okx, candles(QStringLiteral("okx"), kT0, kT0 + 250 * kMinute))->requests, 0);
    }

    void deribitChartPages()
    {
        const auto deribit = provider(QStringLiteral("deribit"));
        const auto result = fetch(*deribit, candles(QStringLiteral("deribit"), kT0, kT0 + 2500 * kMinute));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->requests, 3); // 1000 bars a page
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("instrument_name")),
                 QStringLiteral("BTC-PERPETUAL"));
        const auto bars = stored(QStringLiteral("deribit"));
        verifyMinuteBars(bars, kT0, 2500);
        QCOMPARE(bars[0].quoteVolume, 601440.0); // cost: 6 BTC * 100240
        QCOMPARE(fetch(*deribit, candles(QStringLiteral("deribit"), kT0, kT0 + 2500 * kMinute))->requests, 0);
    }

    void binanceStatisticsKeepThirtyDays()
    {
        const auto binance = provider(QStringLiteral("binance"));
        FetchRequest request = candles(QStringLiteral("binance"), kNow - 40 * 86400000LL, kNow);
        request.kinds = {SeriesKind::OpenInterest, SeriesKind::LongShortAccountRatio};
        request.interval = Interval::hours(1);
        const auto result = fetch(*binance, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        // 30 days minus the first hour (the oldest sample may be gone): 719 hourly samples, 2 pages each.
        QCOMPARE(result->requests, 4);
        QVERIFY2(result->notes.join(u'\n').contains(QStringLiteral("keeps open-interest for 30 days only")),
                 qPrintable(result->notes.join(u'\n')));
        const auto oi = m_store->openInterest(
            {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::OpenInterest}, {0, kNow});
        QVERIFY(oi.ok());
        QCOMPARE(oi->size(), std::size_t(719));
        QCOMPARE(oi->front().time, kNow - 30 * 86400000LL + 3600000);
        const auto ratios = m_store->ratios(
            {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::LongShortAccountRatio},
            {0, kNow});
        QCOMPARE(ratios->size(), std::size_t(719));
        QCOMPARE(ratios->back(), (RatioPoint{kNow - 3600000, 1.5, 0.6, 0.4}));
    }

    void okxLiquidationsPageBackwardsAndConvertContracts()
    {
        const auto okx = provider(QStringLiteral("okx"));
        FetchRequest request = candles(QStringLiteral("okx"), kT0, kT0 + 86400000);
        request.kinds = {SeriesKind::Liquidations};
        int plannedAtEnd = 0;
        const auto result =
            fetch(*okx, request, nullptr, [&](const FetchProgress &p) { plannedAtEnd = p.requestsPlanned; });
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->requests, 3); // 100 + 100 + the rest: cursor pages found on the way
        QCOMPARE(plannedAtEnd, 3);
        const auto events = m_store->liquidations(
            {QStringLiteral("okx"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations},
            {kT0, kT0 + 86400000});
        QVERIFY(events.ok());
        QCOMPARE(events->size(), std::size_t(206)); // one every 7 minutes
        // The first of the day: k = 4190606, ts = kT0 + 121234, sell of 2 contracts at 100242:
        // 2 * 0.01 BTC = 0.02 BTC, 0.02 * 100242 = 2004.84 USD, a long liquidated.
        const Liquidation &first = events->front();
        QCOMPARE(first.time, kT0 + 121234);
        QCOMPARE(first.side, LiquidationSide::LongLiquidated);
        QCOMPARE(first.price, 100242.0);
        QCOMPARE(first.quantity, 0.02);
        QCOMPARE(first.notionalUsd, 2004.84);
        const auto coverage =
            m_store->coverage({QStringLiteral("okx"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations});
        QVERIFY(coverage->covers({kT0, kT0 + 86400000}));
    }

    void okxLearnsUnknownContractValues()
    {
        const auto okx = provider(QStringLiteral("okx"));
        FetchRequest request = candles(QStringLiteral("okx"), kT0, kT0 + 3600000);
        request.symbol = QStringLiteral("DOGEUSDT");
        request.kinds = {SeriesKind::Liquidations};
        const auto result = fetch(*okx, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const auto requests = m_exchange->server().requests();
        QCOMPARE(requests[0].path(), QStringLiteral("/api/v5/public/instruments"));
        QCOMPARE(requests[0].query(QStringLiteral("instId")), QStringLiteral("DOGE-USDT-SWAP"));
        QCOMPARE(requests[1].query(QStringLiteral("instFamily")), QStringLiteral("DOGE-USDT"));
        const auto events = m_store->liquidations(
            {QStringLiteral("okx"), QStringLiteral("DOGEUSDT"), SeriesKind::Liquidations},
            {kT0, kT0 + 3600000});
        QCOMPARE(events->size(), std::size_t(9)); // one every 7 minutes
        // The first: 2 contracts of 1000 DOGE (the fake prices DOGE like BTC: 100242).
        QCOMPARE(events->front().quantity, 2000.0);
        QCOMPARE(events->front().notionalUsd, 2000.0 * 100242);
    }

    void deribitOptionsSnapshotInUsd()
    {
        const auto deribit = provider(QStringLiteral("deribit"));
        FetchRequest request = candles(QStringLiteral("deribit"), kT0, kT0 + kMinute);
        request.kinds = {SeriesKind::Options};
        const auto result = fetch(*deribit, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("currency")), QStringLiteral("BTC"));
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("kind")), QStringLiteral("option"));
        const auto quotes =
            m_store->optionQuotes({QStringLiteral("deribit"), QStringLiteral("BTC"), SeriesKind::Options},
                                  {0, 1764460800124}); // the snapshot's own time
        QVERIFY2(quotes.ok(), qPrintable(quotes.error()));
        QCOMPARE(quotes->size(), std::size_t(3));
        // Sorted by expiry then strike: the 26 Dec call first.
        QCOMPARE(quotes->at(0).instrument, QStringLiteral("BTC-26DEC25-120000-C"));
        QCOMPARE(quotes->at(0).openInterestUsd, 24512112.625); // 250.25 BTC * 97950.5
        QCOMPARE(quotes->at(2).instrument, QStringLiteral("BTC-27DEC25-100000-P"));
        QCOMPARE(quotes->at(2).openInterestUsd, 147049000.0); // 1500.5 BTC * 98000
        QCOMPARE(quotes->at(2).expiry, qint64(1766822400000));
        QCOMPARE(quotes->at(2).markIv, 48.5);
    }

    void bybitAndOkxOptionSnapshots()
    {
        FetchRequest request = candles(QStringLiteral("bybit"), kT0, kT0 + kMinute);
        request.kinds = {SeriesKind::Options};
        QVERIFY(fetch(*provider(QStringLiteral("bybit")), request).ok());
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("category")),
                 QStringLiteral("option"));
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("baseCoin")), QStringLiteral("BTC"));
        const TimeRange all{0, 2000000000000};
        const auto bybit =
            m_store->optionQuotes({QStringLiteral("bybit"), QStringLiteral("BTC"), SeriesKind::Options}, all);
        QCOMPARE(bybit->size(), std::size_t(2));
        QCOMPARE(bybit->at(0).openInterestUsd, 1225000.0); // 12.5 BTC * 98,000
        QCOMPARE(bybit->at(0).markIv, 52.0);

        request.exchange = QStringLiteral("okx");
        QVERIFY(fetch(*provider(QStringLiteral("okx")), request).ok());
        QCOMPARE(m_exchange->server().requests()[1].query(QStringLiteral("instFamily")),
                 QStringLiteral("BTC-USD"));
        const auto okx =
            m_store->optionQuotes({QStringLiteral("okx"), QStringLiteral("BTC"), SeriesKind::Options}, all);
        QCOMPARE(okx->size(), std::size_t(1));
        QCOMPARE(okx->at(0).openInterest, 25.0);
        QCOMPARE(okx->at(0).underlyingPrice, 98000.0);
    }

    void coinGlassSendsTheKey()
    {
        const auto coinglass = provider(QStringLiteral("coinglass"));
        FetchRequest request = candles(QStringLiteral("coinglass"), kT0, kT0 + 10 * 3600000);
        request.kinds = {SeriesKind::Liquidations};
        request.interval = Interval::hours(1);
        const auto keyless = fetch(*coinglass, request);
        QVERIFY(!keyless.ok());
        QVERIFY2(keyless.error().contains(QStringLiteral("API key")), qPrintable(keyless.error()));
        QCOMPARE(m_exchange->requestCount(), 0);
        request.apiKey = QStringLiteral("test-key");
        const auto priceless = fetch(*coinglass, request);
        QCOMPARE(m_exchange->server().requests()[0].headers.value("cg-api-key"), QByteArray("test-key"));
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("symbol")), QStringLiteral("BTC"));
        QCOMPARE(m_exchange->server().requests()[0].query(QStringLiteral("interval")), QStringLiteral("1h"));
        // CoinGlass sends USD totals per bar, no price: without candles to price them, nothing is stored.
        QVERIFY(!priceless.ok());
        QVERIFY2(priceless.error().contains(QStringLiteral("fetch candles of BTCUSDT")),
                 qPrintable(priceless.error()));
        const SeriesKey key{QStringLiteral("coinglass"), QStringLiteral("BTCUSDT"), SeriesKind::Liquidations};
        QVERIFY(m_store->coverage(key)->isEmpty());

        // With Binance's candles of the same hours in the store, each total is priced at its
        // hour's volume-weighted price and gets a base size.
        QVERIFY(fetch(*provider(QStringLiteral("binance")),
                      candles(QStringLiteral("binance"), kT0, kT0 + 600 * kMinute))
                    .ok());
        const auto result = fetch(*coinglass, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const auto events = m_store->liquidations(key, {0, kNow});
        QCOMPARE(events->size(), std::size_t(20)); // a long and a short total per hour
        double volume = 0;
        double quote = 0;
        for (qint64 t = kT0; t < kT0 + 60 * kMinute; t += kMinute) {
            volume += FakeExchange::volume(t);
            quote += FakeExchange::volume(t) * FakeExchange::open(t);
        }
        const Liquidation &first = events->front();
        QCOMPARE(first.side, LiquidationSide::LongLiquidated);
        QCOMPARE(first.notionalUsd, 1000.5);
        QCOMPARE(first.price, quote / volume);
        QCOMPARE(first.quantity, 1000.5 / (quote / volume));
    }

    void bybitOpenInterestPricedFromCandles()
    {
        const auto bybit = provider(QStringLiteral("bybit"));
        FetchRequest request = candles(QStringLiteral("bybit"), kT0, kT0 + 120 * kMinute);
        request.kinds = {SeriesKind::OpenInterest, SeriesKind::Candles}; // candles are fetched first anyway
        const auto result = fetch(*bybit, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const auto points = m_store->openInterest(
            {QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), SeriesKind::OpenInterest}, {0, kNow});
        QCOMPARE(points->size(), std::size_t(24)); // 5-minute samples over two hours
        // At kT0: OI = 50000 + 29334240 % 100 = 50040 BTC, candle open 100240 USD.
        QCOMPARE(points->front(), (OpenInterestPoint{kT0, 50040, 50040.0 * 100240.0}));
        QVERIFY(result->notes.isEmpty());
    }

    void bybitOpenInterestWithoutCandlesSaysSo()
    {
        const auto bybit = provider(QStringLiteral("bybit"));
        FetchRequest request = candles(QStringLiteral("bybit"), kT0, kT0 + 60 * kMinute);
        request.kinds = {SeriesKind::OpenInterest};
        const auto result = fetch(*bybit, request);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->notes.join(u' ').contains(
                     QStringLiteral("12 open-interest points stored without a USD value")),
                 qPrintable(result->notes.join(u' ')));
    }

    void failureMidwayKeepsEarlierPagesAndResumes()
    {
        const auto binance = provider(QStringLiteral("binance"));
        m_exchange->breakFromRequest(3, "[[1760144400000,\"100,"); // the third page is cut short
        const auto failed = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 4000 * kMinute));
        QVERIFY(!failed.ok());
        for (const char *part : {"binance /fapi/v1/klines [2025-10-12T02:00:00.000Z", "truncated JSON",
                                 "2 earlier pages are stored"}) {
            QVERIFY2(failed.error().contains(QLatin1String(part)), qPrintable(failed.error()));
        }
        verifyMinuteBars(stored(QStringLiteral("binance")), kT0, 3000);
        const auto coverage =
            m_store->coverage({QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles});
        QCOMPARE(coverage->ranges(), (std::vector<TimeRange>{{kT0, kT0 + 3000 * kMinute}}));

        m_exchange->repair();
        const int before = m_exchange->requestCount();
        const auto resumed = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 4000 * kMinute));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(m_exchange->requestCount() - before, 1);
        QCOMPARE(m_exchange->server().requests().last().query(QStringLiteral("startTime")),
                 QString::number(kT0 + 3000 * kMinute));
        verifyMinuteBars(stored(QStringLiteral("binance")), kT0, 4000);
    }

    void exchangeErrorWithHttpStatus()
    {
        const auto binance = provider(QStringLiteral("binance"));
        m_exchange->breakFromRequest(1, R"({"code":-1121,"msg":"Invalid symbol."})", 400);
        const auto failed = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 10 * kMinute));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(
                     QStringLiteral("HTTP 400: binance /fapi/v1/klines: error -1121: Invalid symbol.")),
                 qPrintable(failed.error()));
        QVERIFY(stored(QStringLiteral("binance")).empty());
    }

    void emptyPageStoresNothingAndSaysSo()
    {
        const auto binance = provider(QStringLiteral("binance"));
        m_exchange->breakFromRequest(1, "[]");
        const auto result = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 10 * kMinute));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->notes.join(u' ').contains(QStringLiteral("empty page, nothing stored")));
        const auto coverage =
            m_store->coverage({QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles});
        QVERIFY(coverage->isEmpty());
    }

    void cancelBetweenPagesKeepsWhatIsStored()
    {
        const auto binance = provider(QStringLiteral("binance"));
        std::atomic_bool cancel = false;
        const auto result = fetch(*binance, candles(QStringLiteral("binance"), kT0, kT0 + 4000 * kMinute),
                                  &cancel, [&](const FetchProgress &p) {
                                      if (p.requestsDone == 1)
                                          cancel = true;
                                  });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().startsWith(QStringLiteral("fetch cancelled")), qPrintable(result.error()));
        verifyMinuteBars(stored(QStringLiteral("binance")), kT0, 1500);
    }

    void plannerStopsAtTheLastClosedBar()
    {
        // 2025-10-19T23:59:30Z: the bar of 23:59 is still forming.
        const TimeRange range = FetchPlanner::fetchableRange({kNow - 10 * kMinute, kNow + kMinute},
                                                             Interval::minutes(1), 0, kNow - 30000);
        QCOMPARE(range, (TimeRange{kNow - 10 * kMinute, kNow - kMinute}));
        const TimeRange limited =
            FetchPlanner::fetchableRange({0, kNow}, Interval::minutes(5), 30 * 86400000LL, kNow);
        QCOMPARE(limited.from, kNow - 30 * 86400000LL + 5 * kMinute);
    }

    void unsupportedKindsAreRefusedClearly()
    {
        const auto binance = provider(QStringLiteral("binance"));
        FetchRequest request = candles(QStringLiteral("binance"), kT0, kT0 + kMinute);
        request.kinds = {SeriesKind::Liquidations};
        const auto result = fetch(*binance, request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("cascade record")), qPrintable(result.error()));
        QCOMPARE(m_exchange->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFetchJob)
#include "tst_fetch_job.moc"

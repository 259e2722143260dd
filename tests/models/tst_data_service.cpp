#include "DataService.h"
#include "SessionRepository.h"
#include "store/StoreFactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData sample()
{
    MarketData data;
    data.exchange = QStringLiteral("simulated");
    data.symbol = QStringLiteral("BTCUSDT");
    data.underlying = QStringLiteral("BTC");
    data.simulated = true;
    for (int m = 0; m < 30; ++m)
        data.candles.push_back({kT0 + m * kMin, 100'000.0 + m, 100'010.0 + m, 99'990.0 + m, 100'005.0 + m, 2, 1, 0});
    data.candleCoverage.add({kT0, kT0 + 30 * kMin});
    data.liquidations.push_back({kT0 + 90'000, LiquidationSide::LongLiquidated, 99'995, 0.5, 49'997.5});
    data.openInterest.push_back({kT0, 1000, 100'000'000});
    data.openInterest.push_back({kT0 + 5 * kMin, 990, 99'000'000});
    data.longShortAccountRatio.push_back({kT0, 1.5, 0.6, 0.4});
    data.takerBuySellRatio.push_back({kT0, 2.0, 10, 5});
    OptionQuote put;
    put.snapshotTime = kT0 - 3'600'000; // before the candles: still the chain in force
    put.instrument = QStringLiteral("BTC-31OCT25-100000-P");
    put.expiry = 1761897600000; // 2025-10-31T08:00:00Z
    put.strike = 100'000;
    put.type = OptionType::Put;
    put.openInterest = 1200;
    put.underlyingPrice = 100'010;
    put.openInterestUsd = 1200 * 100'010.0;
    data.optionChain.push_back(put);
    return data;
}
} // namespace

class TestDataService : public QObject
{
    Q_OBJECT

private slots:
    void underlyingOf_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("underlying");
        QTest::newRow("binance") << QStringLiteral("BTCUSDT") << QStringLiteral("BTC");
        QTest::newRow("okx swap") << QStringLiteral("BTC-USDT-SWAP") << QStringLiteral("BTC");
        QTest::newRow("deribit") << QStringLiteral("BTC-PERPETUAL") << QStringLiteral("BTC");
        QTest::newRow("coin-m") << QStringLiteral("ETHUSD_PERP") << QStringLiteral("ETH");
    }
    void underlyingOf()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, underlying);
        QCOMPARE(SessionRepository::underlyingOf(symbol), underlying);
    }

    void repositoryRoundTrip()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        SessionRepository repository(*store.value());
        const MarketData written = sample();
        const Status saved = repository.save(written, QStringLiteral("test"));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        auto loaded = repository.load(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const MarketData &data = loaded.value();
        QVERIFY(data.simulated);
        QCOMPARE(data.underlying, QStringLiteral("BTC"));
        QCOMPARE(data.baseInterval, Interval::minutes(1));
        QCOMPARE(data.candles, written.candles);
        QCOMPARE(data.liquidations, written.liquidations);
        QCOMPARE(data.openInterest, written.openInterest);
        QCOMPARE(data.longShortAccountRatio, written.longShortAccountRatio);
        QCOMPARE(data.takerBuySellRatio, written.takerBuySellRatio);
        QCOMPARE(data.optionChain.size(), std::size_t(1));
        QCOMPARE(data.optionChain[0].instrument, QStringLiteral("BTC-31OCT25-100000-P"));
        QCOMPARE(data.optionChain[0].openInterest, 1200.0);
        QCOMPARE(data.candleCoverage, written.candleCoverage);

        // A narrower range returns only what falls in it.
        auto part = repository.load(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"),
                                    {kT0 + 10 * kMin, kT0 + 20 * kMin});
        QVERIFY(part.ok());
        QCOMPARE(part->candles.size(), std::size_t(10));
        QCOMPARE(part->candles.front().openTime, kT0 + 10 * kMin);
        QVERIFY(part->liquidations.empty());
        QCOMPARE(part->candleCoverage.span(), (TimeRange{kT0 + 10 * kMin, kT0 + 20 * kMin}));
    }

    void allExchangesCombined()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store.ok());
        SessionRepository repository(*store.value());
        MarketData binance = sample();
        binance.exchange = QStringLiteral("binance");
        binance.simulated = false;
        MarketData okx = sample();
        okx.exchange = QStringLiteral("okx");
        okx.simulated = false;
        okx.candles.resize(20); // okx covers less: binance is the reference
        okx.candleCoverage = RangeSet({{kT0, kT0 + 20 * kMin}});
        okx.liquidations = {{kT0 + 60'000, LiquidationSide::ShortLiquidated, 100'020, 1.0, 100'020}};
        okx.openInterest = {{kT0, 500, 50'000'000}}; // okx has no sample at +5 min
        QVERIFY(repository.save(binance, QStringLiteral("t")).ok());
        QVERIFY(repository.save(okx, QStringLiteral("t")).ok());

        auto all = repository.loadAllExchanges(QStringLiteral("BTCUSDT"));
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->exchange, QStringLiteral("all"));
        QCOMPARE(all->candles.size(), std::size_t(30)); // binance's
        QCOMPARE(all->liquidations.size(), std::size_t(2));
        QCOMPARE(all->liquidations[0].side, LiquidationSide::ShortLiquidated); // okx's, at +60 s, first
        QCOMPARE(all->liquidations[1].notionalUsd, 49'997.5);
        // Summed where both report (t0: 100M + 50M); +5 min has binance only, so it is left out.
        QCOMPARE(all->openInterest.size(), std::size_t(1));
        QCOMPARE(all->openInterest[0].openInterestUsd, 150'000'000.0);
        QCOMPARE(all->optionChain.size(), std::size_t(2));
        QVERIFY(!repository.loadAllExchanges(QStringLiteral("ETHUSDT")).ok());
    }

    void serviceDeliversOnTheCallersThreadWithIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        DataService service([path] { return openStore(path); });
        QSignalSpy finished(&service, &DataService::taskFinished);
        QSignalSpy loaded(&service, &DataService::sessionLoaded);
        QSignalSpy listed(&service, &DataService::seriesListed);

        const quint64 write = service.run(
            [](MarketStore &store) { return SessionRepository(store).save(sample(), QStringLiteral("test")); });
        const quint64 first = service.loadSession(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"));
        const quint64 second = service.loadSession(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"),
                                                   {kT0, kT0 + 5 * kMin});
        const quint64 list = service.listSeries();
        QVERIFY(write < first && first < second && second < list);
        QTRY_COMPARE(listed.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), write);
        QCOMPARE(loaded.count(), 2);
        // Requests are served in order; a caller keeping only `second` takes the 5-candle result.
        QCOMPARE(loaded.at(0).at(0).toULongLong(), first);
        QCOMPARE(loaded.at(1).at(0).toULongLong(), second);
        QCOMPARE(loaded.at(1).at(1).value<MarketData>().candles.size(), std::size_t(5));
        const auto series = listed.at(0).at(1).value<std::vector<SeriesInfo>>();
        QCOMPARE(series.size(), std::size_t(6)); // candles, liquidations, OI, 2 ratios, options
    }

    void storeErrorsArriveAsFailures()
    {
        DataService service([] { return openStore(QStringLiteral("postgresql://desk@127.0.0.1:1/none")); });
        QSignalSpy failed(&service, &DataService::failed);
        const quint64 id = service.listSeries();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        // Nothing listens on port 1: the store's own message, naming the store, reaches the caller.
        QVERIFY2(failed.at(0).at(1).toString().startsWith(
                     QStringLiteral("store postgresql://desk@127.0.0.1:1/none: cannot connect: ")),
                 qPrintable(failed.at(0).at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestDataService)
#include "tst_data_service.moc"

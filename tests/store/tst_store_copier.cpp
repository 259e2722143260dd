#include "store/SqliteMarketStore.h"
#include "store/StoreCopier.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr TimeRange kAll{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
const SeriesKey kCandles{"binance", "BTCUSDT", SeriesKind::Candles};
const SeriesKey kLiqs{"okx", "BTCUSDT", SeriesKind::Liquidations};
const SeriesKey kRatio{"binance", "BTCUSDT", SeriesKind::TopTraderPositionRatio};
const SeriesKey kOptions{"deribit", "BTC", SeriesKind::Options};

std::unique_ptr<SqliteMarketStore> openAt(const QString &path)
{
    auto store = SqliteMarketStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}
} // namespace

class TestStoreCopier : public QObject
{
    Q_OBJECT

private slots:
    void copiesRowsCoverageAndSources()
    {
        QTemporaryDir dir;
        auto from = openAt(dir.filePath("from.sqlite"));
        std::vector<Candle> candles;
        for (int i = 0; i < 10; ++i)
            candles.push_back(Candle{kT0 + i * kMin, 100, 101, 99, 100.5, 1, 0.5, 100.5});
        QVERIFY(from->writeCandles(kCandles, Interval::minutes(1), {candles.begin(), candles.begin() + 4},
                                   {kT0, kT0 + 4 * kMin}, "fetch a"));
        QVERIFY(from->writeCandles(kCandles, Interval::minutes(1), {candles.begin() + 6, candles.end()},
                                   {kT0 + 6 * kMin, kT0 + 10 * kMin}, "import b"));
        const std::vector<Liquidation> liqs{{kT0 + 5, LiquidationSide::ShortLiquidated, 100000, 0.5, 50000}};
        QVERIFY(from->writeLiquidations(kLiqs, liqs, {kT0, kT0 + kMin}, "ws"));
        const std::vector<RatioPoint> ratios{{kT0, 2.0, 2.0 / 3.0, 1.0 / 3.0}};
        QVERIFY(from->writeRatios(kRatio, ratios, {}, "metrics"));
        OptionQuote quote;
        quote.snapshotTime = kT0;
        quote.instrument = "BTC-27DEC25-100000-P";
        quote.expiry = 1766822400000;
        quote.strike = 100000;
        quote.openInterest = 3;
        quote.openInterestUsd = 300000;
        quote.underlyingPrice = 100000;
        QVERIFY(from->writeOptionSnapshot(kOptions, {quote}, "deribit"));

        auto to = openAt(dir.filePath("to.sqlite"));
        auto summary = StoreCopier::copy(*from, *to);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->series, qint64(4));
        QCOMPARE(summary->rows, qint64(8 + 1 + 1 + 1));
        // Copying again changes nothing.
        QVERIFY(StoreCopier::copy(*from, *to).ok());

        QCOMPARE(to->candles(kCandles, kAll).value(), from->candles(kCandles, kAll).value());
        QCOMPARE(to->coverage(kCandles).value(), from->coverage(kCandles).value());
        QCOMPARE(to->coverage(kCandles).value().ranges().size(), std::size_t(2));
        QCOMPARE(to->liquidations(kLiqs, kAll).value(), liqs);
        QCOMPARE(to->ratios(kRatio, kAll).value(), ratios);
        QCOMPARE(to->optionQuotes(kOptions, kAll).value().front().instrument, quote.instrument);
        const auto series = to->listSeries().value();
        QCOMPARE(series.size(), std::size_t(4));
        QCOMPARE(series[0].key, kCandles);
        QCOMPARE(series[0].baseInterval, Interval::minutes(1));
        QCOMPARE(series[0].rowCount, qint64(8));
        // Written within the same millisecond, the sources list falls back to name order.
        QStringList sources = series[0].sources;
        sources.sort();
        QCOMPARE(sources, (QStringList{"copy of " + from->location(), "fetch a", "import b"}));
    }

    void refusesToCopyOntoItself()
    {
        QTemporaryDir dir;
        auto a = openAt(dir.filePath("a.sqlite"));
        auto b = openAt(dir.filePath("a.sqlite"));
        const auto summary = StoreCopier::copy(*a, *b);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QString("cannot copy %1 onto itself").arg(dir.filePath("a.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopier)
#include "tst_store_copier.moc"

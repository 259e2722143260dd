// Store ingest and load rates (issue 4). Goals: >= 1 million rows/s ingest for candles and
// liquidations, <= 250 ms to load a year of 1-minute candles (525,600). Figures go to
// docs/PERFORMANCE.md; nothing here is asserted.
#include "StoreBenchRows.h"

#include "store/SqliteMarketStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <limits>

using namespace cascade;
using namespace cascade::bench;

namespace {

std::unique_ptr<SqliteMarketStore> openIn(const QTemporaryDir &dir, const char *name)
{
    auto store = SqliteMarketStore::open(dir.filePath(QString::fromLatin1(name)));
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

// One writeCandles call (one transaction) of N candles into a fresh store file.
void BM_IngestCandles(benchmark::State &state)
{
    const auto candles = makeCandles(std::size_t(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = openIn(dir, "ingest.sqlite");
        state.ResumeTiming();
        const Status status =
            store->writeCandles(kCandles, Interval::minutes(1), candles,
                                {candles.front().openTime, candles.back().openTime + kMinute}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_IngestCandles)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IngestLiquidations(benchmark::State &state)
{
    const auto events = makeLiquidations(std::size_t(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = openIn(dir, "ingest.sqlite");
        state.ResumeTiming();
        const Status status = store->writeLiquidations(
            kLiquidations, events, {events.front().time, events.back().time + 1}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_IngestLiquidations)->Arg(5'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Re-writing rows that are already there (the idempotent upsert path of a re-import).
void BM_ReingestCandles(benchmark::State &state)
{
    const auto candles = makeCandles(std::size_t(state.range(0)));
    QTemporaryDir dir;
    auto store = openIn(dir, "reingest.sqlite");
    store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "bench");
    for (auto _ : state) {
        const Status status = store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ReingestCandles)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// A year of 1-minute candles from a store opened afresh (the page cache is warm).
void BM_LoadYearOfMinuteCandles(benchmark::State &state)
{
    const std::size_t year = 525'600;
    QTemporaryDir dir;
    {
        auto store = openIn(dir, "year.sqlite");
        const auto candles = makeCandles(year);
        store->writeCandles(kCandles, Interval::minutes(1), candles, {kT0, kT0 + qint64(year) * kMinute},
                            "bench");
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto store = openIn(dir, "year.sqlite");
        state.ResumeTiming();
        auto loaded = store->candles(
            kCandles, {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
        if (!loaded || loaded->size() != year)
            state.SkipWithError("wrong row count");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetItemsProcessed(state.iterations() * qint64(year));
}
BENCHMARK(BM_LoadYearOfMinuteCandles)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();

// Team store ingest and load rates (issue 11), beside the SQLite figures of bench_store: the
// same rows, the same MarketStore calls, into a PostgreSQL 15 server this program starts on
// 127.0.0.1 (tests/store/PostgresTestServer: fsync and synchronous_commit off, which matters
// little here since each write call is one transaction). Figures go to docs/PERFORMANCE.md.
#include "PostgresTestServer.h"
#include "StoreBenchRows.h"

#include "store/PostgresMarketStore.h"

#include <QCoreApplication>
#include <QThread>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <limits>

using namespace cascade;
using namespace cascade::bench;
using cascade::test::PostgresTestServer;

namespace {

PostgresTestServer *g_server = nullptr;

// A store on a new database.
std::unique_ptr<PostgresMarketStore> freshStore()
{
    static int databases = 0;
    auto url = g_server->createDatabase(QStringLiteral("bench_%1").arg(++databases));
    if (!url)
        qFatal("%s", qPrintable(url.error()));
    auto store = PostgresMarketStore::open(*url);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

void BM_PgIngestCandles(benchmark::State &state)
{
    const auto candles = makeCandles(std::size_t(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto store = freshStore();
        state.ResumeTiming();
        const Status status =
            store->writeCandles(kCandles, Interval::minutes(1), candles,
                                {candles.front().openTime, candles.back().openTime + kMinute}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PgIngestCandles)->Arg(1'000'000)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PgIngestLiquidations(benchmark::State &state)
{
    const auto events = makeLiquidations(std::size_t(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto store = freshStore();
        state.ResumeTiming();
        const Status status = store->writeLiquidations(
            kLiquidations, events, {events.front().time, events.back().time + 1}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PgIngestLiquidations)
    ->Arg(1'000'000)
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A recorder's steady state: one small transaction per second of stream.
void BM_PgIngestSmallBatches(benchmark::State &state)
{
    const auto events = makeLiquidations(std::size_t(state.range(0)) * 200);
    auto store = freshStore();
    std::size_t next = 0;
    for (auto _ : state) {
        const std::vector<Liquidation> batch(events.begin() + qint64(next),
                                             events.begin() + qint64(next) + state.range(0));
        next = (next + std::size_t(state.range(0))) % (events.size() - std::size_t(state.range(0)));
        if (Status status = store->writeLiquidations(kLiquidations, batch, {}, "bench"); !status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PgIngestSmallBatches)->Arg(20)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PgReingestCandles(benchmark::State &state)
{
    const auto candles = makeCandles(std::size_t(state.range(0)));
    auto store = freshStore();
    store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "bench");
    for (auto _ : state) {
        const Status status = store->writeCandles(kCandles, Interval::minutes(1), candles, {}, "bench");
        if (!status)
            state.SkipWithError(qPrintable(status.error()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PgReingestCandles)->Arg(1'000'000)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// A year of 1-minute candles through a connection opened afresh (the server's cache is warm).
void BM_PgLoadYearOfMinuteCandles(benchmark::State &state)
{
    const std::size_t year = 525'600;
    QString url;
    {
        auto store = freshStore();
        url = store->location();
        store->writeCandles(kCandles, Interval::minutes(1), makeCandles(year),
                            {kT0, kT0 + qint64(year) * kMinute}, "bench");
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto store = PostgresMarketStore::open(url);
        state.ResumeTiming();
        auto loaded = store.value()->candles(
            kCandles, {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
        if (!loaded || loaded->size() != year)
            state.SkipWithError("wrong row count");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetItemsProcessed(state.iterations() * qint64(year));
}
BENCHMARK(BM_PgLoadYearOfMinuteCandles)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PostgresTestServer server;
    if (const Status started = server.start(); !started)
        qFatal("%s", qPrintable(started.error()));
    g_server = &server;
    benchmark::Initialize(&argc, argv);
    const double cpuBefore = server.serverCpuSeconds();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    QThread::msleep(500); // the last backends exit and are reaped
    std::printf("server CPU time during the run: %.1f s\n", server.serverCpuSeconds() - cpuBefore);
    return 0;
}

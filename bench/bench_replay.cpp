// Replay benchmarks (issue 7). Figures and commands: docs/PERFORMANCE.md, "Replay".
#include "replay/ReplayEngine.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace cascade;

namespace {

constexpr qint64 kT0 = 1'735'689'600'000; // 2025-01-01T00:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr int kYear = 525'600;

// A year of 1-minute candles (random walk around 100,000, 0.05-0.1% bar ranges), open interest and
// account ratio every 5 minutes as exchanges publish them, a liquidation every 3 minutes on average,
// and a daily option chain of 40 strikes.
std::shared_ptr<const MarketData> yearOfMinutes()
{
    static const std::shared_ptr<const MarketData> data = [] {
        auto d = std::make_shared<MarketData>();
        d->exchange = QStringLiteral("bench");
        d->symbol = QStringLiteral("BTCUSDT");
        std::mt19937_64 rng(7);
        std::normal_distribution<double> move(0.0, 0.0008);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        double price = 100'000, oi = 8e9;
        for (int i = 0; i < kYear; ++i) {
            const qint64 t = kT0 + qint64(i) * kMinute;
            const double open = price;
            price *= 1 + move(rng);
            d->candles.push_back({t, open, std::max(open, price) * (1 + 0.0005 * unit(rng)),
                                  std::min(open, price) * (1 - 0.0005 * unit(rng)), price, 50, 50 * unit(rng),
                                  50 * price});
            if (i % 5 == 0) {
                oi *= 1 + (unit(rng) - 0.5) * 0.01;
                d->openInterest.push_back({t, oi / price, oi});
                const double ratio = 0.8 + 0.6 * unit(rng);
                d->longShortAccountRatio.push_back({t, ratio, ratio / (1 + ratio), 1 / (1 + ratio)});
            }
            if (unit(rng) < 1.0 / 3) {
                const bool longs = unit(rng) < 0.5;
                const double at = longs ? price * 0.999 : price * 1.001;
                const double usd = 5'000 + 100'000 * unit(rng);
                d->liquidations.push_back(
                    {t + 30'000, longs ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated,
                     at, usd / at, usd});
            }
            if (i % 1440 == 0) {
                for (int k = -20; k < 20; ++k) {
                    const double strike = std::round(price / 1000 + k) * 1000;
                    for (OptionType type : {OptionType::Put, OptionType::Call}) {
                        OptionQuote q;
                        q.snapshotTime = t;
                        q.expiry = t + 7 * 86'400'000LL;
                        q.strike = strike;
                        q.type = type;
                        q.openInterest = 100 + 900 * unit(rng);
                        q.underlyingPrice = price;
                        q.openInterestUsd = q.openInterest * price;
                        d->optionChain.push_back(q);
                    }
                }
            }
        }
        return std::shared_ptr<const MarketData>(d);
    }();
    return data;
}

// One bar forward from a position (percent of the year) and the frame every panel gets there.
void stepForward(benchmark::State &state)
{
    ReplayEngine engine(yearOfMinutes(), Interval::minutes(1), AnalysisParams{});
    const qint64 start = kT0 + qint64(kYear) * kMinute * state.range(0) / 100;
    engine.seek(start); // the cursor passes the checkpoints once, as a replay does
    qint64 t = start;
    std::size_t rows = 0;
    for (auto _ : state) {
        t += kMinute;
        engine.seek(t);
        const ReplayFrame &frame = engine.frame();
        rows = frame.candles.size();
        benchmark::DoNotOptimize(frame.structure.map.longTotal.data());
    }
    state.counters["candles_in_frame"] = double(rows);
}
BENCHMARK(stepForward)->Arg(10)->Arg(50)->Arg(90)->Unit(benchmark::kMillisecond);

// One bar back: restores the checkpoint before the target and steps from it.
void stepBack(benchmark::State &state)
{
    ReplayEngine engine(yearOfMinutes(), Interval::minutes(1), AnalysisParams{});
    engine.seek(kT0 + qint64(kYear) * kMinute); // every checkpoint made
    qint64 t = kT0 + qint64(kYear) * kMinute * state.range(0) / 100;
    for (auto _ : state) {
        t -= kMinute;
        engine.seek(t);
        const ReplayFrame &frame = engine.frame();
        benchmark::DoNotOptimize(frame.structure.map.longTotal.data());
    }
    state.counters["checkpoints"] = double(engine.checkpointCount());
}
BENCHMARK(stepBack)->Arg(10)->Arg(50)->Arg(90)->Unit(benchmark::kMillisecond);

// Scrubbing: jumps to random positions anywhere in the year, both ways (checkpoint restore, then
// up to a checkpoint spacing of steps).
void scrubRandom(benchmark::State &state)
{
    ReplayEngine engine(yearOfMinutes(), Interval::minutes(1), AnalysisParams{});
    engine.seek(kT0 + qint64(kYear) * kMinute); // every checkpoint made
    std::mt19937_64 rng(9);
    std::uniform_int_distribution<qint64> minute(0, kYear);
    for (auto _ : state) {
        engine.seek(kT0 + minute(rng) * kMinute);
        benchmark::DoNotOptimize(engine.frame().structure.map.longTotal.data());
    }
    state.counters["spacing"] = double(engine.checkpointSpacing());
}
BENCHMARK(scrubRandom)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

// Analysis engine benchmarks (issue 5). Figures and commands: docs/PERFORMANCE.md, "Analysis".
#include "analysis/EstimatedHeatmap.h"
#include "analysis/LevelEstimator.h"
#include "analysis/RealizedHeatmap.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <cstdlib>
#include <random>
#include <vector>

using namespace cascade;

namespace {

constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr int kEvents = 5'000'000;
constexpr int kColumns = 2000;
constexpr int kRows = 500;

// 5 M time-sorted events over 2000 one-minute bars, prices uniform in [95,000, 105,000).
const std::vector<Liquidation> &events()
{
    static const std::vector<Liquidation> data = [] {
        std::vector<Liquidation> v(kEvents);
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> price(95'000, 105'000);
        std::exponential_distribution<double> size(1.0 / 20'000);
        for (int i = 0; i < kEvents; ++i) {
            Liquidation &e = v[i];
            e.time = kT0 + qint64(i) * kColumns * kMinute / kEvents;
            e.side = rng() & 1 ? LiquidationSide::ShortLiquidated : LiquidationSide::LongLiquidated;
            e.price = price(rng);
            e.notionalUsd = size(rng);
            e.quantity = e.notionalUsd / e.price;
        }
        // Raw dump for bench/histogram2d_compare.py, so numpy bins exactly these events.
        if (const char *path = std::getenv("CASCADE_BENCH_EVENTS_OUT")) {
            QFile f(QString::fromLocal8Bit(path));
            if (f.open(QIODevice::WriteOnly))
                f.write(reinterpret_cast<const char *>(v.data()), qint64(v.size() * sizeof(Liquidation)));
        }
        return v;
    }();
    return data;
}

// The floor: one streaming pass reading the same bytes and summing per side.
void BM_StreamingPass(benchmark::State &state)
{
    const auto &v = events();
    for (auto _ : state) {
        double usd[2] = {0, 0};
        quint32 count[2] = {0, 0};
        for (const Liquidation &e : v) {
            const int side = int(e.side) & 1;
            usd[side] += e.notionalUsd + e.price * 0.0;
            count[side] += 1;
        }
        benchmark::DoNotOptimize(usd);
        benchmark::DoNotOptimize(count);
    }
    state.SetItemsProcessed(state.iterations() * v.size());
    state.SetBytesProcessed(state.iterations() * v.size() * sizeof(Liquidation));
}
BENCHMARK(BM_StreamingPass)->Unit(benchmark::kMillisecond);

void BM_RealizedHeatmap(benchmark::State &state)
{
    const auto &v = events();
    const PriceGrid grid{95'000, 20, kRows};
    const TimeRange range{kT0, kT0 + kColumns * kMinute};
    for (auto _ : state) {
        RealizedHeatmap map = RealizedHeatmap::build(v, range, Interval::minutes(1), grid);
        benchmark::DoNotOptimize(map.cells().data());
        if (map.columns() != kColumns || map.outsideGrid() != 0)
            state.SkipWithError("unexpected grid");
    }
    state.SetItemsProcessed(state.iterations() * v.size());
    state.SetBytesProcessed(state.iterations() * v.size() * sizeof(Liquidation));
}
BENCHMARK(BM_RealizedHeatmap)->Unit(benchmark::kMillisecond);

// The allocation and zeroing of the 2000 x 500 grid alone, to split the heatmap's cost.
void BM_RealizedHeatmapEmpty(benchmark::State &state)
{
    const std::vector<Liquidation> none;
    const PriceGrid grid{95'000, 20, kRows};
    const TimeRange range{kT0, kT0 + kColumns * kMinute};
    for (auto _ : state) {
        RealizedHeatmap map = RealizedHeatmap::build(none, range, Interval::minutes(1), grid);
        benchmark::DoNotOptimize(map.cells().data());
    }
}
BENCHMARK(BM_RealizedHeatmapEmpty)->Unit(benchmark::kMillisecond);

// A year of 1-minute bars (525,600): a random walk around 100,000 with 0.1% bar ranges and open
// interest that rises and falls, so levels open every few bars and sweeps happen all the time.
const std::vector<LevelBar> &yearOfBars()
{
    static const std::vector<LevelBar> bars = [] {
        std::vector<LevelBar> v(525'600);
        std::mt19937_64 rng(7);
        std::normal_distribution<double> move(0.0, 0.0008);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        double price = 100'000, oi = 8e9;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const double open = price;
            price *= 1 + move(rng);
            Candle &c = v[i].candle;
            c = {kT0 + qint64(i) * kMinute,
                 open,
                 std::max(open, price) * (1 + 0.0005 * unit(rng)),
                 std::min(open, price) * (1 - 0.0005 * unit(rng)),
                 price,
                 50,
                 50 * unit(rng),
                 50 * price};
            oi *= 1 + (unit(rng) - 0.5) * 0.002;
            v[i].openInterestUsd = oi;
        }
        return v;
    }();
    return bars;
}

// The same year with open interest sampled every 5 minutes, as exchanges publish it (Binance
// openInterestHist, Bybit, OKX): new exposure arrives on one bar in five.
const std::vector<LevelBar> &yearOfBarsFiveMinuteOi()
{
    static const std::vector<LevelBar> bars = [] {
        std::vector<LevelBar> v = yearOfBars();
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i].openInterestUsd = v[i - i % 5].openInterestUsd;
        return v;
    }();
    return bars;
}

void BM_LevelEstimatorYear(benchmark::State &state)
{
    const auto &bars = state.range(1) ? yearOfBarsFiveMinuteOi() : yearOfBars();
    std::size_t open = 0, swept = 0;
    for (auto _ : state) {
        AnalysisParams::Levels params; // 5 default tiers with decay
        if (state.range(0) > 0)
            params.resolution = double(state.range(0)) * 1e-5;
        LevelEstimator estimator{params};
        swept = 0;
        for (const LevelBar &bar : bars) {
            estimator.step(bar);
            swept += estimator.lastSweptLevels().size();
        }
        open = estimator.openLevelCount();
        benchmark::DoNotOptimize(open);
    }
    state.counters["open_levels_at_end"] = double(open);
    state.counters["levels_swept"] = double(swept);
    state.SetItemsProcessed(state.iterations() * bars.size());
}
// Arguments: internal bucket width in 1e-5 of the first price (0 = the default, 1e-3); open interest
// every minute (0, the pessimistic case) or every 5 minutes (1, what exchanges publish).
BENCHMARK(BM_LevelEstimatorYear)
    ->Args({0, 0})
    ->Args({10, 0})
    ->Args({400, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond);

// The same year drawn as a 2000 x 500 estimated heatmap (what the dashboard recomputes).
void BM_EstimatedHeatmapYear(benchmark::State &state)
{
    const auto &bars = yearOfBars();
    const TimeRange range{kT0, bars.back().candle.openTime + kMinute};
    const Interval column(range.duration() / 2000 + 1);
    double low = 1e300, high = 0;
    for (const LevelBar &b : bars)
        low = std::min(low, b.candle.low), high = std::max(high, b.candle.high);
    const PriceGrid grid = PriceGrid::covering(low * 0.8, high * 1.2, (high * 1.2 - low * 0.8) / 499.5);
    for (auto _ : state) {
        const auto map = EstimatedHeatmap::build(bars, AnalysisParams::Levels{}, range, column, grid);
        benchmark::DoNotOptimize(map.columns());
    }
    state.SetItemsProcessed(state.iterations() * bars.size());
}
BENCHMARK(BM_EstimatedHeatmapYear)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

#include "analysis/MarketStructure.h"

#include "analysis/LevelEstimator.h"
#include "analysis/OptionsAnalysis.h"

#include <algorithm>

namespace cascade {

namespace {
constexpr qint64 kGridLookback = 30LL * 86'400'000;
constexpr double kGridMargin = 0.15;
} // namespace

PriceGrid MarketStructure::gridFor(const std::vector<Candle> &closed, const AnalysisParams &params)
{
    if (closed.empty())
        return {};
    const qint64 since = closed.back().openTime - kGridLookback;
    double low = closed.back().low;
    double high = closed.back().high;
    for (auto it = closed.rbegin(); it != closed.rend() && it->openTime >= since; ++it) {
        low = std::min(low, it->low);
        high = std::max(high, it->high);
    }
    const double mid = closed.back().close;
    low = std::min(low, mid * (1.0 - kGridMargin));
    high = std::max(high, mid * (1.0 + kGridMargin));
    const double width = params.heatmap.bucketMode == BucketMode::Fixed
                             ? params.heatmap.bucketWidth
                             : std::max((high - low) * params.heatmap.rangeFraction, 1e-9);
    return PriceGrid::covering(low, high, width);
}

MarketStructure MarketStructure::compute(const MarketData &data, const std::vector<Candle> &candles,
                                         Interval interval, const AnalysisParams &params, qint64 at)
{
    MarketStructure result;
    result.at = at;
    // Bars closed by `at`: the one still forming is not knowable yet.
    auto end = std::upper_bound(candles.begin(), candles.end(), at - interval.ms(),
                                [](qint64 t, const Candle &c) { return t < c.openTime; });
    const std::vector<Candle> closed(candles.begin(), end);

    LevelEstimator estimator(params.levels);
    for (const LevelBar &bar : LevelEstimator::inputs(data, closed))
        estimator.step(bar);
    result.barsUsed = int(closed.size());
    if (!closed.empty()) {
        result.price = closed.back().close;
        result.map = LiquidationMap::from(estimator, gridFor(closed, params));
    }
    if (!closed.empty())
        result.zones = SupportZones::compute(data, closed.back().openTime, params);
    result.options = OptionsAnalysis::analyse(data.optionChain, at,
                                              closed.empty() ? OptionsReport::none : result.price);
    return result;
}

} // namespace cascade

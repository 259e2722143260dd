#include "analysis/LiquidationMap.h"

#include <algorithm>

namespace cascade {

namespace {
constexpr qint64 kGridLookback = 30LL * 86'400'000;
constexpr double kGridMargin = 0.15;
} // namespace

PriceGrid LiquidationMap::gridFor(std::span<const Candle> closed, const AnalysisParams &params)
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
    double bottom = std::min(low, mid * (1.0 - kGridMargin));
    double top = std::max(high, mid * (1.0 + kGridMargin));
    for (const LeverageTier &tier : params.levels.tiers) {
        bottom = std::min(bottom, LevelEstimator::longLiquidationPrice(low, tier.leverage, tier.mmr));
        top = std::max(top, LevelEstimator::shortLiquidationPrice(high, tier.leverage, tier.mmr));
    }
    const double width = params.heatmap.bucketMode == BucketMode::Fixed
                             ? params.heatmap.bucketWidth
                             : std::max((top - bottom) * params.heatmap.rangeFraction, 1e-9);
    return PriceGrid::covering(bottom, top, width);
}

LiquidationMap LiquidationMap::at(const MarketData &data, const AnalysisParams &params, qint64 t)
{
    const qint64 barMs = data.baseInterval.ms();
    const auto end = std::upper_bound(data.candles.begin(), data.candles.end(), t - barMs,
                                      [](qint64 time, const Candle &c) { return time < c.openTime; });
    const std::vector<Candle> closed(data.candles.begin(), end);
    LevelEstimator estimator(params.levels);
    for (const LevelBar &bar : LevelEstimator::inputs(data, closed))
        estimator.step(bar);
    return from(estimator, gridFor(closed, params));
}

LiquidationMap LiquidationMap::from(const LevelEstimator &estimator, const PriceGrid &grid)
{
    LiquidationMap map;
    map.time = estimator.time();
    map.price = estimator.lastClose();
    map.grid = grid;
    map.tiers = estimator.tierCount();
    const int rows = grid.count;
    map.longByTier.assign(std::size_t(map.tiers) * rows, 0.0);
    map.shortByTier.assign(std::size_t(map.tiers) * rows, 0.0);
    map.longTotal.assign(rows, 0.0);
    map.shortTotal.assign(rows, 0.0);
    map.cumulativeLong.assign(rows, 0.0);
    map.cumulativeShort.assign(rows, 0.0);
    if (!grid.isValid())
        return map;

    estimator.forEachOpen([&](const EstimatedLevel &level) {
        const double value = estimator.valueOf(level);
        const int row = grid.index(level.price);
        if (row < 0) {
            map.outsideGrid += value;
            return;
        }
        const std::size_t at = std::size_t(level.tier) * rows + row;
        if (level.side == LiquidationSide::LongLiquidated) {
            map.longByTier[at] += value;
            map.longTotal[row] += value;
        } else {
            map.shortByTier[at] += value;
            map.shortTotal[row] += value;
        }
    });

    // The price's row, clamped to just outside the grid when the price lies beyond it.
    const double x = std::floor((map.price - grid.origin) / grid.width);
    const int priceRow = int(std::clamp(x, -1.0, double(rows)));
    double running = 0;
    for (int r = std::min(priceRow, rows - 1); r >= 0; --r)
        map.cumulativeLong[r] = running += map.longTotal[r];
    running = 0;
    for (int r = std::max(priceRow, 0); r < rows; ++r)
        map.cumulativeShort[r] = running += map.shortTotal[r];
    return map;
}

} // namespace cascade

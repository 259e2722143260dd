#include "analysis/LiquidationMap.h"

#include <algorithm>

namespace cascade {

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

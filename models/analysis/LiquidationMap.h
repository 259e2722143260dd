#pragma once

#include "analysis/LevelEstimator.h"
#include "analysis/PriceGrid.h"
#include "market/MarketData.h"

#include <span>
#include <span>
#include <vector>

namespace cascade {

// The estimated liquidation map at one moment: open levels by price bucket and tier, plus the
// cumulative curves an analyst reads ("how much long liquidation lies between here and X").
struct LiquidationMap
{
    qint64 time = 0;    // the estimator's time (open time of its last bar)
    double price = 0.0; // close of that bar
    PriceGrid grid;
    int tiers = 0;
    std::vector<double> longByTier; // [tier * grid.count + row], USD (calibrated when on)
    std::vector<double> shortByTier;
    std::vector<double> longTotal; // [row], all tiers
    std::vector<double> shortTotal;
    // cumulativeLong[row]: long notional from this row up to the price's row (0 above the price);
    // cumulativeShort[row]: short notional from the price's row up to this row (0 below).
    std::vector<double> cumulativeLong;
    std::vector<double> cumulativeShort;
    double outsideGrid = 0.0; // open notional outside the grid

    static LiquidationMap from(const LevelEstimator &estimator, const PriceGrid &grid);

    // The map at t that the GUI's column, a report bundle and `cascade export --kind map` all
    // show, so they agree byte for byte: the level model stepped through the BASE candles closed
    // by t (open time + base interval <= t: the bar still forming is not knowable), whatever the
    // chart interval, on gridFor() of those bars. Empty (invalid grid) when no bar closed by t.
    static LiquidationMap at(const MarketData &data, const AnalysisParams &params, qint64 t);
    // The map's price grid: the low/high of the last 30 days of `closed` bars, widened on each
    // side to at least 15% of the last close and to the widest tier's liquidation distance (so
    // every tier's newest levels land inside), in buckets of params.heatmap's width.
    static PriceGrid gridFor(std::span<const Candle> closed, const AnalysisParams &params);
};

} // namespace cascade

#pragma once

#include "analysis/ImbalanceRow.h"
#include "analysis/LiquidationBars.h"
#include "analysis/OptionsReport.h"
#include "market/Candle.h"
#include "market/Interval.h"

#include <vector>

namespace cascade {

// The headline figures of a time window, each with the moment it happened so the charts can be
// moved there: liquidation totals and imbalance, the largest liquidation bar, the range.
struct WindowSummary
{
    qint64 from = 0;
    qint64 to = 0;
    ImbalanceRow imbalance;     // totals of the window (state, long share, imbalance %)
    double largestBarUsd = 0.0; // the bar with the most liquidated notional
    qint64 largestBarTime = 0;
    double rangeHigh = 0.0;
    qint64 rangeHighTime = 0;
    double rangeLow = 0.0;
    qint64 rangeLowTime = 0;
    double putWall = 0.0;         // from the options report (0 when none)
    double putWallShare = 0.0;    // put OI at the wall / all put OI (0..1)
    bool hasCandles = false;

    // Bars and candles sorted by time; only those opening in [from, to) count.
    static WindowSummary compute(const std::vector<Candle> &candles, const std::vector<BarLiquidations> &bars,
                                 const OptionsReport &options, qint64 from, qint64 to);
};

} // namespace cascade

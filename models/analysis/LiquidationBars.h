#pragma once

#include "market/Interval.h"
#include "market/Liquidation.h"

#include <vector>

namespace cascade {

// Realized liquidations of one bar, split by the side that was forced out.
struct BarLiquidations
{
    qint64 openTime = 0;
    double longUsd = 0.0;  // notional of liquidated longs
    double shortUsd = 0.0; // notional of liquidated shorts
    int longCount = 0;
    int shortCount = 0;
    double largestUsd = 0.0; // largest single event of either side
    double longVwap = 0.0;   // notional-weighted price of long liquidations (0 when none)
    double shortVwap = 0.0;

    double totalUsd() const { return longUsd + shortUsd; }
};

class LiquidationBars
{
public:
    // Bins time-sorted events into bars of `interval`; only bars with events are returned.
    static std::vector<BarLiquidations> perBar(const std::vector<Liquidation> &events, Interval interval);
};

} // namespace cascade

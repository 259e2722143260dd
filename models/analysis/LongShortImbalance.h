#pragma once

#include "analysis/ImbalanceRow.h"
#include "market/Interval.h"
#include "market/MarketData.h"
#include "market/TimeRange.h"

#include <QString>

#include <vector>

namespace cascade {

// Long/short liquidation imbalance per bar and per window (docs/MODELS.md, "Long/short imbalance").
// Only samples with time inside `range` are read, so range.to = t + 1 computes "as of t".
class LongShortImbalance
{
public:
    // Fills share, state and ratio from the two notionals.
    static void classify(ImbalanceRow &row);
    static QString stateName(ImbalanceState state); // "none", "all_long", "all_short", "ratio"

    // One row per bar of `interval` that holds a candle or a liquidation inside `range`.
    static std::vector<ImbalanceRow> perBar(const MarketData &data, Interval interval,
                                            const TimeRange &range);
    // The whole range as one row.
    static ImbalanceRow window(const MarketData &data, const TimeRange &range);
};

} // namespace cascade

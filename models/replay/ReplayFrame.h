#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/ImbalanceRow.h"
#include "analysis/LiquidationBars.h"
#include "analysis/MarketStructure.h"
#include "market/Candle.h"
#include "market/Interval.h"
#include "market/MarketData.h"

#include <vector>

namespace cascade {

// What every panel shows at replay time t: the chart's bars (closed ones and the one forming),
// the liquidations and imbalance per bar, and the market structure, all from data known at t.
struct ReplayFrame
{
    qint64 time = 0;
    std::vector<Candle> candles; // bars of the chart's interval; the last may still be forming
    std::vector<BarLiquidations> liquidationBars;
    std::vector<ImbalanceRow> imbalance;
    MarketStructure structure;

    // The frame computed from scratch: `known` must hold only what was known at t
    // (KnowledgeCut::apply). ReplayEngine gives the same frame incrementally.
    static ReplayFrame compute(const MarketData &known, Interval interval, const AnalysisParams &params,
                               qint64 t);
    // The range the imbalance rows are read from: the first known candle's open to t inclusive.
    static TimeRange imbalanceRange(const MarketData &data, qint64 t);
};

} // namespace cascade

#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/LiquidationMap.h"
#include "analysis/OptionsReport.h"
#include "analysis/SupportZones.h"
#include "market/Interval.h"
#include "market/MarketData.h"

namespace cascade {

// What sits on the price axis at one moment: the estimated liquidation map and the options
// positioning, computed from data known at `at` only. The panels beside the price chart draw it.
struct MarketStructure
{
    qint64 at = 0;           // the moment asked for (UTC ms)
    double price = 0.0;      // close of the last bar closed by `at`
    int barsUsed = 0;        // closed bars the level model stepped through
    LiquidationMap map;      // empty grid when no bar closed by `at`
    OptionsReport options;   // empty when no snapshot exists at or before `at`
    ZoneReport zones;        // support below and resistance above the price at `at`

    // candles: sorted bars of `interval` (the chart's). Only bars closed by `at` count.
    static MarketStructure compute(const MarketData &data, const std::vector<Candle> &candles, Interval interval,
                                   const AnalysisParams &params, qint64 at);
    // The price grid of the map: the range of the last 30 days of closed bars, widened by 15%
    // on each side (where 5x to 10x levels sit), in buckets of the heatmap's width.
    static PriceGrid gridFor(const std::vector<Candle> &closed, const AnalysisParams &params);
};

} // namespace cascade

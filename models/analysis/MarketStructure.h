#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationMap.h"
#include "analysis/OptionsReport.h"
#include "analysis/SupportZones.h"
#include "market/Interval.h"
#include "market/MarketData.h"

#include <span>

namespace cascade {

// What sits on the price axis at one moment: the estimated liquidation map and the options
// positioning, computed from data known at `at` only. The panels beside the price chart draw it.
struct MarketStructure
{
    qint64 at = 0;         // the moment asked for (UTC ms)
    double price = 0.0;    // close of the last candle closed by `at`
    int barsUsed = 0;      // closed candles the level model stepped through
    LiquidationMap map;    // LiquidationMap::at(data, params, at): empty grid when no bar closed
    OptionsReport options; // empty when no snapshot exists at or before `at`
    ZoneReport zones;      // support below and resistance above the price at `at`

    // Everything from the candles of `data` (its base interval) closed by `at`, whatever the
    // chart's interval: the bar still forming is not knowable, its finished candles are.
    static MarketStructure compute(const MarketData &data, const AnalysisParams &params, qint64 at);
    // The same from a level model already stepped through exactly those candles (replay keeps one
    // up to date bar by bar instead of recomputing the session).
    static MarketStructure assemble(const MarketData &data, std::span<const Candle> closed,
                                    const AnalysisParams &params, qint64 at, const LevelEstimator &levels);
};

} // namespace cascade

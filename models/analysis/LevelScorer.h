#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/PriceGrid.h"
#include "market/Interval.h"
#include "market/MarketData.h"
#include "market/TimeRange.h"

#include <limits>
#include <vector>

namespace cascade {

// Estimated notional swept in one price band by one bar, against what really printed there.
struct SweepComparison
{
    qint64 time = 0; // open time of the sweeping bar
    LiquidationSide side = LiquidationSide::LongLiquidated;
    double bandLow = 0.0;
    double bandHigh = 0.0;
    double estimatedUsd = 0.0;
    double realizedUsd = 0.0; // same side, price in the band, time inside the bar
    int realizedCount = 0;
};

// What became of one of the top-N estimated clusters over the scoring window.
struct ClusterOutcome
{
    LiquidationSide side = LiquidationSide::LongLiquidated;
    double bandLow = 0.0;
    double bandHigh = 0.0;
    double estimatedUsd = 0.0; // open at the window's start
    bool swept = false;
    qint64 sweptAt = 0;
    double realizedUsd = 0.0; // same side, in the band, from the sweep to the window's end
    bool hit = false;         // swept and realizedUsd > minRealizedUsd
};

struct HitRate
{
    qint64 from = 0; // clusters taken from the map at `from`
    qint64 to = 0;   // outcomes measured in (from, to]
    std::vector<ClusterOutcome> clusters;
    int swept = 0;
    int hits = 0;
    double rate = std::numeric_limits<double>::quiet_NaN(); // hits / swept, NaN when none swept
};

// Estimated versus realized (docs/MODELS.md): how far to trust the estimated map.
class LevelScorer
{
public:
    // For each bar of `candles` (one bar = `interval`) opening inside `range`: the estimated
    // notional it swept per side and band, with the realized liquidations of that side and band
    // during the bar. Sorted by time, side, band.
    static std::vector<SweepComparison> sweeps(const MarketData &data, const std::vector<Candle> &candles,
                                               Interval interval, const AnalysisParams::Levels &params,
                                               const PriceGrid &bands, const TimeRange &range);

    // The top-N bands of the estimated map at t - windowHours (both sides, by notional) and what
    // the following window did to them, up to t. Uses only data with time <= t.
    static HitRate hitRate(const MarketData &data, const std::vector<Candle> &candles, qint64 t,
                           const AnalysisParams &params, const PriceGrid &bands);
};

} // namespace cascade

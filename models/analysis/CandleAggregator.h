#pragma once

#include "market/Candle.h"
#include "market/Interval.h"

#include <vector>

namespace cascade {

// Builds bars of a longer interval from bars of a shorter one (1m -> 5m, 1h, 1d ...).
// Input must be sorted by openTime. Output bars are aligned to the target interval; a bar is
// emitted only where at least one input bar falls, so gaps in the input stay gaps.
class CandleAggregator
{
public:
    static std::vector<Candle> aggregate(const std::vector<Candle> &candles, Interval target);

    // Reduces a sorted series to at most `maxBars` bars for drawing (level of detail), choosing
    // the smallest multiple of the input spacing that fits; highs and lows are preserved.
    static std::vector<Candle> reduceForDisplay(const std::vector<Candle> &candles, Interval base,
                                                std::size_t maxBars);
};

} // namespace cascade

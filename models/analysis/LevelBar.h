#pragma once

#include "market/Candle.h"

#include <limits>

namespace cascade {

// What the estimated-levels model reads for one bar, every field known at candle.openTime or
// before (as-of joins): the candle, open interest in USD and the long share of accounts.
struct LevelBar
{
    static constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

    Candle candle;
    double openInterestUsd = unknown;
    double accountLongShare = unknown; // 0..1, from the long/short account ratio
};

} // namespace cascade

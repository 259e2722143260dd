#pragma once

#include "market/MarketData.h"

namespace cascade {

// The no-look-ahead rule of replay, in one place: what Cascade could have known at time t.
// A bar is known once it has closed (openTime + base interval <= t); a liquidation, an open
// interest or ratio sample, and an option snapshot once their timestamp is <= t. Everything the
// replayed panels show is derived from data that passes this rule and nothing else.
class KnowledgeCut
{
public:
    static bool knows(const Candle &candle, Interval base, qint64 t)
    {
        return candle.openTime + base.ms() <= t;
    }
    static bool knows(qint64 sampleTime, qint64 t) { return sampleTime <= t; }

    // The part of `data` known at t (the data a store would hold had it stopped recording at t).
    static MarketData apply(const MarketData &data, qint64 t);
    // The same, limited to samples and bars starting at or after `from`: the bar still forming at
    // t, computed without copying the history before it.
    static MarketData slice(const MarketData &data, qint64 from, qint64 t);

    // Number of leading candles of `candles` (sorted) known at t.
    static std::size_t knownCandles(const std::vector<Candle> &candles, Interval interval, qint64 t);
};

} // namespace cascade

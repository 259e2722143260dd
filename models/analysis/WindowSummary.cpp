#include "analysis/WindowSummary.h"

#include "analysis/LongShortImbalance.h"

#include <algorithm>
#include <cmath>

namespace cascade {

WindowSummary WindowSummary::compute(const std::vector<Candle> &candles, const std::vector<BarLiquidations> &bars,
                                     const OptionsReport &options, qint64 from, qint64 to)
{
    WindowSummary s;
    s.from = from;
    s.to = to;
    s.imbalance.time = from;
    s.imbalance.end = to;
    auto firstBar = std::lower_bound(bars.begin(), bars.end(), from,
                                     [](const BarLiquidations &b, qint64 t) { return b.openTime < t; });
    for (auto it = firstBar; it != bars.end() && it->openTime < to; ++it) {
        s.imbalance.longUsd += it->longUsd;
        s.imbalance.shortUsd += it->shortUsd;
        s.imbalance.longCount += it->longCount;
        s.imbalance.shortCount += it->shortCount;
        if (it->totalUsd() > s.largestBarUsd) {
            s.largestBarUsd = it->totalUsd();
            s.largestBarTime = it->openTime;
        }
    }
    LongShortImbalance::classify(s.imbalance);

    auto firstCandle = std::lower_bound(candles.begin(), candles.end(), from,
                                        [](const Candle &c, qint64 t) { return c.openTime < t; });
    for (auto it = firstCandle; it != candles.end() && it->openTime < to; ++it) {
        if (!s.hasCandles || it->high > s.rangeHigh) {
            s.rangeHigh = it->high;
            s.rangeHighTime = it->openTime;
        }
        if (!s.hasCandles || it->low < s.rangeLow) {
            s.rangeLow = it->low;
            s.rangeLowTime = it->openTime;
        }
        s.hasCandles = true;
    }

    if (!options.isEmpty() && std::isfinite(options.putWall) && options.putOi > 0) {
        s.putWall = options.putWall;
        for (const StrikeOpenInterest &strike : options.byStrike) {
            if (strike.strike == options.putWall)
                s.putWallShare = strike.putOi / options.putOi;
        }
    }
    return s;
}

} // namespace cascade

#include "analysis/CandleAggregator.h"

#include <algorithm>

namespace cascade {

std::vector<Candle> CandleAggregator::aggregate(const std::vector<Candle> &candles, Interval target)
{
    std::vector<Candle> out;
    if (!target.isValid())
        return out;
    for (const Candle &c : candles) {
        const qint64 bucket = target.floor(c.openTime);
        if (out.empty() || out.back().openTime != bucket) {
            Candle bar = c;
            bar.openTime = bucket;
            out.push_back(bar);
            continue;
        }
        Candle &bar = out.back();
        bar.high = std::max(bar.high, c.high);
        bar.low = std::min(bar.low, c.low);
        bar.close = c.close;
        bar.volume += c.volume;
        bar.takerBuyVolume += c.takerBuyVolume;
        bar.quoteVolume += c.quoteVolume;
    }
    return out;
}

std::vector<Candle> CandleAggregator::reduceForDisplay(const std::vector<Candle> &candles, Interval base,
                                                       std::size_t maxBars)
{
    if (maxBars == 0 || candles.size() <= maxBars || !base.isValid())
        return candles;
    const qint64 span = candles.back().openTime - candles.front().openTime + base.ms();
    qint64 factor = (span / base.ms() + qint64(maxBars) - 1) / qint64(maxBars);
    factor = std::max<qint64>(factor, 1);
    return aggregate(candles, Interval(base.ms() * factor));
}

} // namespace cascade

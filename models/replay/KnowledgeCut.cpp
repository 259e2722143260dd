#include "replay/KnowledgeCut.h"

#include <algorithm>
#include <limits>

namespace cascade {

namespace {

// Copies the elements of a time-sorted vector whose time lies in [from, t].
template<typename T, typename TimeOf>
std::vector<T> between(const std::vector<T> &v, qint64 from, qint64 t, TimeOf timeOf)
{
    const auto first = std::partition_point(v.begin(), v.end(), [&](const T &x) { return timeOf(x) < from; });
    const auto last = std::partition_point(first, v.end(), [&](const T &x) { return timeOf(x) <= t; });
    return std::vector<T>(first, last);
}

} // namespace

std::size_t KnowledgeCut::knownCandles(const std::vector<Candle> &candles, Interval interval, qint64 t)
{
    const auto end = std::partition_point(candles.begin(), candles.end(),
                                          [&](const Candle &c) { return knows(c, interval, t); });
    return std::size_t(end - candles.begin());
}

MarketData KnowledgeCut::apply(const MarketData &data, qint64 t)
{
    return slice(data, std::numeric_limits<qint64>::min(), t);
}

MarketData KnowledgeCut::slice(const MarketData &data, qint64 from, qint64 t)
{
    MarketData known;
    known.exchange = data.exchange;
    known.symbol = data.symbol;
    known.underlying = data.underlying;
    known.simulated = data.simulated;
    known.baseInterval = data.baseInterval;
    const qint64 base = data.baseInterval.ms();
    // A bar is known when it has closed: its open time is at most t - base.
    known.candles = between(data.candles, from, t - base, [](const Candle &c) { return c.openTime; });
    known.openInterest = between(data.openInterest, from, t, [](const auto &p) { return p.time; });
    known.longShortAccountRatio =
        between(data.longShortAccountRatio, from, t, [](const auto &p) { return p.time; });
    known.takerBuySellRatio = between(data.takerBuySellRatio, from, t, [](const auto &p) { return p.time; });
    known.liquidations = between(data.liquidations, from, t, [](const auto &e) { return e.time; });
    known.optionChain = between(data.optionChain, from, t, [](const auto &q) { return q.snapshotTime; });
    known.candleCoverage = data.candleCoverage.intersected({from, t});
    return known;
}

} // namespace cascade

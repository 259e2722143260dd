#include "analysis/LongShortImbalance.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

// Index of the first element with time >= t (all vectors are sorted by time).
template<typename V, typename TimeOf> std::size_t lowerBound(const V &v, qint64 t, TimeOf timeOf)
{
    return std::size_t(
        std::partition_point(v.begin(), v.end(), [&](const auto &x) { return timeOf(x) < t; }) - v.begin());
}

// The last sample before `end` (and not before `from`, when given), as a value or unknown.
template<typename V, typename TimeOf, typename ValueOf>
double lastBefore(const V &v, qint64 from, qint64 end, TimeOf timeOf, ValueOf valueOf)
{
    const std::size_t i = lowerBound(v, end, timeOf);
    if (i == 0 || timeOf(v[i - 1]) < from)
        return ImbalanceRow::unknown;
    return valueOf(v[i - 1]);
}

double accountRatioOf(const RatioPoint &p)
{
    if (p.ratio > 0)
        return p.ratio;
    return p.shortValue > 0 ? p.longValue / p.shortValue : ImbalanceRow::unknown;
}

double takerRatio(double buy, double sell)
{
    return sell > 0 ? buy / sell : ImbalanceRow::unknown;
}

} // namespace

void LongShortImbalance::classify(ImbalanceRow &row)
{
    const double total = row.longUsd + row.shortUsd;
    row.longSharePct = total > 0 ? row.longUsd / total * 100.0 : ImbalanceRow::unknown;
    if (row.longUsd > 0 && row.shortUsd > 0) {
        row.state = ImbalanceState::Ratio;
        row.imbalancePct = row.longUsd / row.shortUsd * 100.0;
    } else if (row.longUsd > 0) {
        row.state = ImbalanceState::AllLong;
        row.imbalancePct = ImbalanceRow::unknown;
    } else if (row.shortUsd > 0) {
        row.state = ImbalanceState::AllShort;
        row.imbalancePct = 0.0;
    } else {
        row.state = ImbalanceState::None;
        row.imbalancePct = ImbalanceRow::unknown;
    }
}

QString LongShortImbalance::stateName(ImbalanceState state)
{
    switch (state) {
    case ImbalanceState::None:
        return QStringLiteral("none");
    case ImbalanceState::AllLong:
        return QStringLiteral("all_long");
    case ImbalanceState::AllShort:
        return QStringLiteral("all_short");
    case ImbalanceState::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

std::vector<ImbalanceRow> LongShortImbalance::perBar(const MarketData &data, Interval interval,
                                                     const TimeRange &range)
{
    std::vector<ImbalanceRow> rows;
    if (!interval.isValid() || range.isEmpty())
        return rows;
    const auto candleTime = [](const Candle &c) { return c.openTime; };
    const auto liqTime = [](const Liquidation &l) { return l.time; };
    std::size_t c = lowerBound(data.candles, range.from, candleTime);
    std::size_t l = lowerBound(data.liquidations, range.from, liqTime);
    const std::size_t cEnd = lowerBound(data.candles, range.to, candleTime);
    const std::size_t lEnd = lowerBound(data.liquidations, range.to, liqTime);
    double previousOi = lastBefore(
        data.openInterest, std::numeric_limits<qint64>::min(), range.from,
        [](const OpenInterestPoint &p) { return p.time; },
        [](const OpenInterestPoint &p) { return p.openInterestUsd; });

    while (c < cEnd || l < lEnd) {
        // The next bar holding a candle or a liquidation.
        qint64 next = std::numeric_limits<qint64>::max();
        if (c < cEnd)
            next = interval.floor(data.candles[c].openTime);
        if (l < lEnd)
            next = std::min(next, interval.floor(data.liquidations[l].time));
        ImbalanceRow row;
        row.time = next;
        row.end = next + interval.ms();
        const qint64 from = std::max(row.time, range.from);
        const qint64 to = std::min(row.end, range.to);
        double buy = 0, volume = 0;
        for (; c < cEnd && data.candles[c].openTime < to; ++c) {
            buy += data.candles[c].takerBuyVolume;
            volume += data.candles[c].volume;
        }
        for (; l < lEnd && data.liquidations[l].time < to; ++l) {
            const Liquidation &e = data.liquidations[l];
            if (e.side == LiquidationSide::LongLiquidated) {
                row.longUsd += e.notionalUsd;
                ++row.longCount;
            } else {
                row.shortUsd += e.notionalUsd;
                ++row.shortCount;
            }
        }
        classify(row);
        row.takerRatio =
            volume > 0 ? takerRatio(buy, volume - buy)
                       : lastBefore(
                             data.takerBuySellRatio, from, to, [](const RatioPoint &p) { return p.time; },
                             [](const RatioPoint &p) { return p.ratio; });
        row.accountRatio = lastBefore(
            data.longShortAccountRatio, std::numeric_limits<qint64>::min(), to,
            [](const RatioPoint &p) { return p.time; }, accountRatioOf);
        row.openInterestUsd = lastBefore(
            data.openInterest, std::numeric_limits<qint64>::min(), to,
            [](const OpenInterestPoint &p) { return p.time; },
            [](const OpenInterestPoint &p) { return p.openInterestUsd; });
        row.openInterestChangeUsd = row.openInterestUsd - previousOi;
        previousOi = row.openInterestUsd;
        rows.push_back(row);
    }
    return rows;
}

ImbalanceRow LongShortImbalance::window(const MarketData &data, const TimeRange &range)
{
    ImbalanceRow row;
    row.time = range.from;
    row.end = range.to;
    for (const Liquidation &e : data.liquidations) {
        if (!range.contains(e.time))
            continue;
        if (e.side == LiquidationSide::LongLiquidated) {
            row.longUsd += e.notionalUsd;
            ++row.longCount;
        } else {
            row.shortUsd += e.notionalUsd;
            ++row.shortCount;
        }
    }
    classify(row);
    double buy = 0, volume = 0;
    for (const Candle &c : data.candles)
        if (range.contains(c.openTime))
            buy += c.takerBuyVolume, volume += c.volume;
    row.takerRatio = takerRatio(buy, volume - buy);
    const auto oiTime = [](const OpenInterestPoint &p) { return p.time; };
    const auto oiUsd = [](const OpenInterestPoint &p) { return p.openInterestUsd; };
    const qint64 always = std::numeric_limits<qint64>::min();
    row.accountRatio = lastBefore(
        data.longShortAccountRatio, always, range.to, [](const RatioPoint &p) { return p.time; },
        accountRatioOf);
    row.openInterestUsd = lastBefore(data.openInterest, always, range.to, oiTime, oiUsd);
    // Open interest at the start: the last sample at or before range.from.
    row.openInterestChangeUsd =
        row.openInterestUsd - lastBefore(data.openInterest, always, range.from + 1, oiTime, oiUsd);
    return row;
}

} // namespace cascade

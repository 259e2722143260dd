#include "CandleLevelOfDetail.h"

#include "analysis/CandleAggregator.h"

#include <algorithm>

namespace cascade {

namespace {
std::vector<BarLiquidations> mergeBars(const std::vector<BarLiquidations> &bars, Interval interval)
{
    std::vector<BarLiquidations> out;
    for (const BarLiquidations &bar : bars) {
        const qint64 openTime = interval.floor(bar.openTime);
        if (out.empty() || out.back().openTime != openTime) {
            out.push_back(bar);
            out.back().openTime = openTime;
            continue;
        }
        BarLiquidations &merged = out.back();
        const double longUsd = merged.longUsd + bar.longUsd;
        const double shortUsd = merged.shortUsd + bar.shortUsd;
        merged.longVwap = longUsd > 0 ? (merged.longVwap * merged.longUsd + bar.longVwap * bar.longUsd) / longUsd : 0;
        merged.shortVwap =
            shortUsd > 0 ? (merged.shortVwap * merged.shortUsd + bar.shortVwap * bar.shortUsd) / shortUsd : 0;
        merged.longUsd = longUsd;
        merged.shortUsd = shortUsd;
        merged.longCount += bar.longCount;
        merged.shortCount += bar.shortCount;
        merged.largestUsd = std::max(merged.largestUsd, bar.largestUsd);
    }
    return out;
}
} // namespace

void CandleLevelOfDetail::setSource(const std::vector<Candle> &candles,
                                    const std::vector<BarLiquidations> &liquidations, Interval interval)
{
    m_candles = candles;
    m_liquidations = liquidations;
    m_interval = interval;
    m_levels.clear();
}

qint64 CandleLevelOfDetail::factorFor(std::size_t visibleBars, std::size_t maxBars)
{
    qint64 factor = 1;
    maxBars = std::max<std::size_t>(maxBars, 1);
    while (visibleBars > maxBars * std::size_t(factor))
        factor *= 2;
    return factor;
}

std::size_t CandleLevelOfDetail::countInRange(qint64 fromMs, qint64 toMs) const
{
    auto byTime = [](const Candle &c, qint64 t) { return c.openTime < t; };
    auto first = std::lower_bound(m_candles.begin(), m_candles.end(), fromMs, byTime);
    auto last = std::lower_bound(first, m_candles.end(), toMs, byTime);
    return std::size_t(last - first);
}

const CandleLevelOfDetail::Level &CandleLevelOfDetail::level(qint64 factor)
{
    factor = std::max<qint64>(factor, 1);
    auto it = m_levels.find(factor);
    if (it != m_levels.end())
        return it->second;
    Level level;
    level.interval = Interval(m_interval.ms() * factor);
    if (factor == 1) {
        level.candles = m_candles;
        level.liquidations = m_liquidations;
    } else {
        level.candles = CandleAggregator::aggregate(m_candles, level.interval);
        level.liquidations = mergeBars(m_liquidations, level.interval);
    }
    return m_levels.emplace(factor, std::move(level)).first->second;
}

} // namespace cascade

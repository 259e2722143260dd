#include "analysis/LevelScorer.h"

#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationMap.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace cascade {

std::vector<SweepComparison> LevelScorer::sweeps(const MarketData &data, const std::vector<Candle> &candles,
                                                 Interval interval, const AnalysisParams::Levels &params,
                                                 const PriceGrid &bands, const TimeRange &range)
{
    std::vector<SweepComparison> out;
    if (!bands.isValid() || !interval.isValid())
        return out;
    LevelEstimator estimator(params);
    const auto &events = data.liquidations;
    std::size_t e = 0;
    for (const LevelBar &bar : LevelEstimator::inputs(data, candles)) {
        const qint64 start = bar.candle.openTime;
        if (start >= range.to)
            break;
        estimator.step(bar);
        if (start < range.from || estimator.lastSweptLevels().empty())
            continue;
        // (side, band) -> comparison, ordered so the output is deterministic.
        std::map<std::pair<int, int>, SweepComparison> rows;
        for (const SweptLevel &s : estimator.lastSwept()) {
            const int band = bands.index(s.price);
            if (band < 0)
                continue;
            SweepComparison &row = rows[{int(s.side), band}];
            row.time = start;
            row.side = s.side;
            row.bandLow = bands.from(band);
            row.bandHigh = bands.to(band);
            row.estimatedUsd += s.notionalUsd;
        }
        const qint64 end = std::min(start + interval.ms(), range.to);
        while (e < events.size() && events[e].time < start)
            ++e;
        for (std::size_t i = e; i < events.size() && events[i].time < end; ++i) {
            const auto it = rows.find({int(events[i].side), bands.index(events[i].price)});
            if (it != rows.end()) {
                it->second.realizedUsd += events[i].notionalUsd;
                ++it->second.realizedCount;
            }
        }
        for (const auto &[key, row] : rows)
            out.push_back(row);
    }
    return out;
}

HitRate LevelScorer::hitRate(const MarketData &data, const std::vector<Candle> &candles, qint64 t,
                             const AnalysisParams &params, const PriceGrid &bands)
{
    HitRate result;
    result.to = t;
    result.from = t - qint64(params.scoring.windowHours * 3'600'000.0);
    if (!bands.isValid())
        return result;
    const std::vector<LevelBar> bars = LevelEstimator::inputs(data, candles);
    LevelEstimator estimator(params.levels);
    std::size_t i = 0;
    for (; i < bars.size() && bars[i].candle.openTime <= result.from; ++i)
        estimator.step(bars[i]);
    if (!estimator.hasStepped())
        return result;

    const LiquidationMap map = LiquidationMap::from(estimator, bands);
    for (int r = 0; r < bands.count; ++r) {
        for (const auto side : {LiquidationSide::LongLiquidated, LiquidationSide::ShortLiquidated}) {
            const double usd = side == LiquidationSide::LongLiquidated ? map.longTotal[r] : map.shortTotal[r];
            if (usd > 0)
                result.clusters.push_back({side, bands.from(r), bands.to(r), usd, false, 0, 0.0, false});
        }
    }
    std::stable_sort(
        result.clusters.begin(), result.clusters.end(),
        [](const ClusterOutcome &a, const ClusterOutcome &b) { return a.estimatedUsd > b.estimatedUsd; });
    if (int(result.clusters.size()) > params.scoring.topN)
        result.clusters.resize(params.scoring.topN);

    // A band is swept by the first bar whose range enters it from the price's side.
    for (; i < bars.size() && bars[i].candle.openTime <= t; ++i) {
        const Candle &c = bars[i].candle;
        for (ClusterOutcome &k : result.clusters) {
            const bool reached =
                k.side == LiquidationSide::LongLiquidated ? c.low < k.bandHigh : c.high >= k.bandLow;
            if (reached && !k.swept)
                k.swept = true, k.sweptAt = c.openTime;
        }
    }
    for (const Liquidation &e : data.liquidations) {
        if (e.time <= result.from || e.time > t)
            continue;
        for (ClusterOutcome &k : result.clusters)
            if (k.swept && e.side == k.side && e.time >= k.sweptAt && e.price >= k.bandLow &&
                e.price < k.bandHigh)
                k.realizedUsd += e.notionalUsd;
    }
    for (ClusterOutcome &k : result.clusters) {
        k.hit = k.swept && k.realizedUsd > params.scoring.minRealizedUsd;
        result.swept += k.swept;
        result.hits += k.hit;
    }
    if (result.swept > 0)
        result.rate = double(result.hits) / result.swept;
    return result;
}

} // namespace cascade

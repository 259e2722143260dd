#include "replay/ReplayEvents.h"

#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationBars.h"

#include <algorithm>
#include <map>

namespace cascade {

namespace {

// Keeps the `count` largest candidates (ties: the earlier first).
void keepLargest(std::vector<ReplayEvent> candidates, int count, std::vector<ReplayEvent> &out)
{
    std::erase_if(candidates, [](const ReplayEvent &e) { return !(e.valueUsd > 0); });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ReplayEvent &a, const ReplayEvent &b) { return a.valueUsd > b.valueUsd; });
    candidates.resize(std::min(candidates.size(), std::size_t(std::max(count, 0))));
    out.insert(out.end(), candidates.begin(), candidates.end());
}

std::vector<ReplayEvent> sweeps(const MarketData &data, Interval interval, const AnalysisParams &params)
{
    // Swept notional per chart bar, from one pass of the level model over the session.
    std::map<qint64, double> perBar;
    LevelEstimator estimator(params.levels);
    for (const LevelBar &bar : LevelEstimator::inputs(data, data.candles)) {
        estimator.step(bar);
        double swept = 0;
        for (const SweptLevel &level : estimator.lastSwept())
            swept += level.notionalUsd;
        if (swept > 0)
            perBar[interval.floor(bar.candle.openTime)] += swept;
    }
    std::vector<ReplayEvent> events;
    for (const auto &[open, usd] : perBar)
        events.push_back({open + interval.ms(), ReplayEventKind::LevelSweep, usd, 0.0});
    return events;
}

} // namespace

std::vector<ReplayEvent> ReplayEvents::find(const MarketData &data, Interval interval,
                                            const AnalysisParams &params, int perKind)
{
    std::vector<ReplayEvent> largest, lopsided;
    for (const BarLiquidations &bar : LiquidationBars::perBar(data.liquidations, interval)) {
        const qint64 close = bar.openTime + interval.ms();
        largest.push_back(
            {close, ReplayEventKind::LiquidationBar, bar.totalUsd(), 100.0 * bar.longUsd / bar.totalUsd()});
        lopsided.push_back({close, ReplayEventKind::Imbalance, std::abs(bar.longUsd - bar.shortUsd),
                            100.0 * bar.longUsd / bar.totalUsd()});
    }
    std::vector<ReplayEvent> events;
    keepLargest(std::move(largest), perKind, events);
    keepLargest(sweeps(data, interval, params), perKind, events);
    keepLargest(std::move(lopsided), perKind, events);
    std::stable_sort(events.begin(), events.end(),
                     [](const ReplayEvent &a, const ReplayEvent &b) { return a.time < b.time; });
    return events;
}

const ReplayEvent *ReplayEvents::after(const std::vector<ReplayEvent> &events, qint64 t)
{
    const auto it = std::upper_bound(events.begin(), events.end(), t,
                                     [](qint64 time, const ReplayEvent &e) { return time < e.time; });
    return it == events.end() ? nullptr : &*it;
}

const ReplayEvent *ReplayEvents::before(const std::vector<ReplayEvent> &events, qint64 t)
{
    const auto it = std::lower_bound(events.begin(), events.end(), t,
                                     [](const ReplayEvent &e, qint64 time) { return e.time < time; });
    return it == events.begin() ? nullptr : &*std::prev(it);
}

} // namespace cascade

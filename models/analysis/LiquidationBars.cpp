#include "analysis/LiquidationBars.h"

#include <algorithm>

namespace cascade {

std::vector<BarLiquidations> LiquidationBars::perBar(const std::vector<Liquidation> &events, Interval interval)
{
    std::vector<BarLiquidations> bars;
    if (!interval.isValid())
        return bars;
    for (const Liquidation &event : events) {
        const qint64 openTime = interval.floor(event.time);
        if (bars.empty() || bars.back().openTime != openTime) {
            bars.push_back({});
            bars.back().openTime = openTime;
        }
        BarLiquidations &bar = bars.back();
        // vwap fields accumulate price * notional here and are divided once the bar is complete.
        if (event.side == LiquidationSide::LongLiquidated) {
            bar.longUsd += event.notionalUsd;
            bar.longVwap += event.price * event.notionalUsd;
            ++bar.longCount;
        } else {
            bar.shortUsd += event.notionalUsd;
            bar.shortVwap += event.price * event.notionalUsd;
            ++bar.shortCount;
        }
        bar.largestUsd = std::max(bar.largestUsd, event.notionalUsd);
    }
    for (BarLiquidations &bar : bars) {
        bar.longVwap = bar.longUsd > 0 ? bar.longVwap / bar.longUsd : 0.0;
        bar.shortVwap = bar.shortUsd > 0 ? bar.shortVwap / bar.shortUsd : 0.0;
    }
    return bars;
}

} // namespace cascade

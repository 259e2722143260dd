#include "replay/ReplayFrame.h"

#include "analysis/CandleAggregator.h"
#include "analysis/LongShortImbalance.h"

namespace cascade {

TimeRange ReplayFrame::imbalanceRange(const MarketData &data, qint64 t)
{
    if (data.candles.empty())
        return {};
    return {data.candles.front().openTime, t + 1};
}

ReplayFrame ReplayFrame::compute(const MarketData &known, Interval interval, const AnalysisParams &params,
                                 qint64 t)
{
    ReplayFrame frame;
    frame.time = t;
    frame.candles =
        interval == known.baseInterval ? known.candles : CandleAggregator::aggregate(known.candles, interval);
    frame.liquidationBars = LiquidationBars::perBar(known.liquidations, interval);
    frame.imbalance = LongShortImbalance::perBar(known, interval, imbalanceRange(known, t));
    frame.structure = MarketStructure::compute(known, params, t);
    return frame;
}

} // namespace cascade

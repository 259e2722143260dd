#include "analysis/MarketStructure.h"

#include "analysis/OptionsAnalysis.h"

#include <algorithm>

namespace cascade {

MarketStructure MarketStructure::compute(const MarketData &data, const AnalysisParams &params, qint64 at)
{
    const auto end = std::upper_bound(data.candles.begin(), data.candles.end(), at - data.baseInterval.ms(),
                                      [](qint64 t, const Candle &c) { return t < c.openTime; });
    const std::span<const Candle> closed(data.candles.begin(), end);
    LevelEstimator levels(params.levels);
    for (const LevelBar &bar : LevelEstimator::inputs(data, {closed.begin(), closed.end()}))
        levels.step(bar);
    return assemble(data, closed, params, at, levels);
}

MarketStructure MarketStructure::assemble(const MarketData &data, std::span<const Candle> closed,
                                          const AnalysisParams &params, qint64 at,
                                          const LevelEstimator &levels)
{
    MarketStructure result;
    result.at = at;
    result.barsUsed = int(closed.size());
    if (!closed.empty()) {
        result.price = closed.back().close;
        result.map = LiquidationMap::from(levels, LiquidationMap::gridFor(closed, params));
        // The zones read the same level model, as of the last candle it stepped through.
        result.zones = SupportZones::compute(data, closed.back().openTime, params, levels);
    }
    result.options =
        OptionsAnalysis::analyse(data.optionChain, at, closed.empty() ? OptionsReport::none : result.price);
    return result;
}

} // namespace cascade

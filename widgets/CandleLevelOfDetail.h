#pragma once

#include "analysis/LiquidationBars.h"
#include "market/Candle.h"
#include "market/Interval.h"

#include <map>
#include <vector>

namespace cascade {

// Candles and per-bar liquidations reduced to about one bar per few pixels, so QCustomPlot never
// draws more bars than the screen can show (it draws every visible candle, ~0.6 us each).
// Levels are powers of two of the source interval and are built once, on first use.
class CandleLevelOfDetail
{
public:
    struct Level
    {
        Interval interval;
        std::vector<Candle> candles;
        std::vector<BarLiquidations> liquidations;
    };

    void setSource(const std::vector<Candle> &candles, const std::vector<BarLiquidations> &liquidations,
                   Interval interval);
    bool isEmpty() const { return m_candles.empty(); }
    Interval sourceInterval() const { return m_interval; }

    // The power-of-two factor that shows `visibleBars` source bars in at most `maxBars` bars.
    static qint64 factorFor(std::size_t visibleBars, std::size_t maxBars);
    // Number of source bars whose open time falls in [fromMs, toMs).
    std::size_t countInRange(qint64 fromMs, qint64 toMs) const;
    const Level &level(qint64 factor);

private:
    std::vector<Candle> m_candles;
    std::vector<BarLiquidations> m_liquidations;
    Interval m_interval;
    std::map<qint64, Level> m_levels;
};

} // namespace cascade

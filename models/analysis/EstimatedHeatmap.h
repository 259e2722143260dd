#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/LevelBar.h"
#include "analysis/PriceGrid.h"
#include "market/Interval.h"
#include "market/TimeRange.h"

#include <vector>

namespace cascade {

// Estimated liquidation levels open over time: column c holds the open long and short notional
// per price row as of the last bar that opened inside [columnTime(c), columnTime(c + 1)).
// Columns without bars repeat the previous column (the levels stay open through a gap in candles).
class EstimatedHeatmap
{
public:
    // Runs a LevelEstimator over every bar before range.to (bars before range.from warm it up) and
    // records the columns incrementally: only the levels each bar opens or sweeps are touched.
    static EstimatedHeatmap build(const std::vector<LevelBar> &bars, const AnalysisParams::Levels &params,
                                  const TimeRange &range, Interval interval, const PriceGrid &prices);

    qint64 timeOrigin() const { return m_timeOrigin; }
    qint64 intervalMs() const { return m_intervalMs; }
    int columns() const { return m_columns; }
    const PriceGrid &prices() const { return m_prices; }
    qint64 columnTime(int column) const { return m_timeOrigin + column * m_intervalMs; }
    double longUsd(int column, int row) const { return m_long[std::size_t(column) * m_prices.count + row]; }
    double shortUsd(int column, int row) const { return m_short[std::size_t(column) * m_prices.count + row]; }
    // False for columns before the first bar of the range (nothing known there yet).
    bool hasData(int column) const { return m_hasData[column]; }

private:
    qint64 m_timeOrigin = 0;
    qint64 m_intervalMs = 0;
    int m_columns = 0;
    PriceGrid m_prices;
    std::vector<double> m_long;
    std::vector<double> m_short;
    std::vector<bool> m_hasData;
};

} // namespace cascade

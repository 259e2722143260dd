#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/PriceGrid.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/TimeRange.h"

#include <QtGlobal>

#include <vector>

namespace cascade {

// Realized liquidations of one time x price cell, by the side forced out (index = LiquidationSide).
struct HeatCell
{
    double usd[2] = {0.0, 0.0};
    quint32 count[2] = {0, 0};

    double longUsd() const { return usd[0]; }
    double shortUsd() const { return usd[1]; }
    quint32 longCount() const { return count[0]; }
    quint32 shortCount() const { return count[1]; }
};

// A time x price grid of realized liquidations. Column c covers [timeOrigin + c*interval, +interval);
// row r is prices.from(r)..prices.to(r). Cells are stored column after column.
class RealizedHeatmap
{
public:
    RealizedHeatmap() = default;

    // Bins the events whose time lies in `range` into bars of `interval` (aligned as the chart aligns
    // them) and the price grid. Events need not be sorted, but sorted input is the fast path.
    static RealizedHeatmap build(const std::vector<Liquidation> &events, const TimeRange &range,
                                 Interval interval, const PriceGrid &prices);
    // The price grid the parameters choose for events in `range`: fixed width, or a fraction of the
    // price range of those events (empty grid when there are none).
    static PriceGrid gridFor(const std::vector<Liquidation> &events, const TimeRange &range,
                             const AnalysisParams::Heatmap &params);

    qint64 timeOrigin() const { return m_timeOrigin; }
    qint64 intervalMs() const { return m_intervalMs; }
    int columns() const { return m_columns; }
    const PriceGrid &prices() const { return m_prices; }
    qint64 columnTime(int column) const { return m_timeOrigin + column * m_intervalMs; }
    const HeatCell &cell(int column, int row) const
    {
        return m_cells[std::size_t(column) * m_prices.count + row];
    }
    const std::vector<HeatCell> &cells() const { return m_cells; }
    // Events inside the time range whose price fell outside the grid (reported, not silently lost).
    qint64 outsideGrid() const { return m_outsideGrid; }

private:
    qint64 m_timeOrigin = 0;
    qint64 m_intervalMs = 0;
    int m_columns = 0;
    PriceGrid m_prices;
    std::vector<HeatCell> m_cells;
    qint64 m_outsideGrid = 0;
};

} // namespace cascade

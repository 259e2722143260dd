#include "analysis/RealizedHeatmap.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cascade {

RealizedHeatmap RealizedHeatmap::build(const std::vector<Liquidation> &events, const TimeRange &range,
                                       Interval interval, const PriceGrid &prices)
{
    RealizedHeatmap map;
    if (!interval.isValid() || range.isEmpty() || !prices.isValid())
        return map;
    const qint64 step = interval.ms();
    map.m_intervalMs = step;
    map.m_timeOrigin = interval.floor(range.from);
    map.m_columns = int((range.to - 1 - map.m_timeOrigin) / step + 1);
    map.m_prices = prices;
    map.m_cells.resize(std::size_t(map.m_columns) * prices.count);

    HeatCell *cells = map.m_cells.data();
    const int rows = prices.count;
    const double origin = prices.origin;
    const double inverseWidth = 1.0 / prices.width;
    // The bar of the previous event: sorted input almost always hits it, which avoids a 64-bit
    // division per event (the division is the slow part of the loop, not the memory).
    qint64 barStart = std::numeric_limits<qint64>::max();
    qint64 barEnd = std::numeric_limits<qint64>::min();
    HeatCell *column = nullptr;
    qint64 outside = 0;
    for (const Liquidation &e : events) {
        if (e.time < barStart || e.time >= barEnd) {
            if (e.time < range.from || e.time >= range.to)
                continue;
            const qint64 c = (e.time - map.m_timeOrigin) / step;
            barStart = map.m_timeOrigin + c * step;
            barEnd = std::min(barStart + step, range.to);
            barStart = std::max(barStart, range.from);
            column = cells + c * rows;
        }
        const double x = (e.price - origin) * inverseWidth;
        // Comparing the double before converting avoids undefined behaviour on huge or NaN prices.
        if (!(x >= 0.0 && x < double(rows))) {
            ++outside;
            continue;
        }
        HeatCell &cell = column[int(x)];
        const int side = int(e.side) & 1;
        cell.usd[side] += e.notionalUsd;
        cell.count[side] += 1;
    }
    map.m_outsideGrid = outside;
    return map;
}

PriceGrid RealizedHeatmap::gridFor(const std::vector<Liquidation> &events, const TimeRange &range,
                                   const AnalysisParams::Heatmap &params)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const Liquidation &e : events) {
        if (!range.contains(e.time) || !std::isfinite(e.price))
            continue;
        low = std::min(low, e.price);
        high = std::max(high, e.price);
    }
    if (!(high >= low))
        return {};
    double width = params.bucketWidth;
    if (params.bucketMode == BucketMode::FractionOfRange)
        width = high > low ? (high - low) * params.rangeFraction : std::max(std::abs(high) * 1e-3, 1e-9);
    return PriceGrid::covering(low, high, width);
}

} // namespace cascade

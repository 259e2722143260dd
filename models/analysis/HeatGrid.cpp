#include "analysis/HeatGrid.h"

#include "analysis/EstimatedHeatmap.h"
#include "analysis/LevelEstimator.h"
#include "analysis/RealizedHeatmap.h"

#include <algorithm>

namespace cascade {

namespace {
constexpr double kMargin = 0.03;

PriceGrid gridOver(const std::vector<Candle> &candles, int rows)
{
    double low = candles.front().low;
    double high = candles.front().high;
    for (const Candle &c : candles) {
        low = std::min(low, c.low);
        high = std::max(high, c.high);
    }
    const double span = std::max(high - low, high * 0.01);
    low -= span * kMargin;
    high += span * kMargin;
    PriceGrid grid;
    grid.origin = low;
    grid.width = (high - low) / rows;
    grid.count = rows;
    return grid;
}

// The bar length that keeps the grid under maxColumns columns: the chart's interval or a
// multiple of it (so columns still line up with the candles).
Interval columnInterval(const std::vector<Candle> &candles, Interval interval, int maxColumns)
{
    const qint64 span = candles.back().openTime + interval.ms() - candles.front().openTime;
    qint64 factor = 1;
    while (span / (interval.ms() * factor) > maxColumns)
        factor *= 2;
    return Interval(interval.ms() * factor);
}
} // namespace

HeatGrid HeatGrid::build(Source source, const MarketData &data, const std::vector<Candle> &candles,
                         Interval interval, const AnalysisParams &params, int maxColumns, int rows)
{
    HeatGrid grid;
    grid.source = source;
    if (candles.empty() || !interval.isValid() || rows <= 0)
        return grid;
    grid.interval = columnInterval(candles, interval, maxColumns);
    grid.prices = gridOver(candles, rows);
    const TimeRange range{grid.interval.floor(candles.front().openTime), candles.back().openTime + interval.ms()};
    grid.timeOrigin = range.from;
    grid.columns = int((range.to - range.from + grid.interval.ms() - 1) / grid.interval.ms());
    const std::size_t cells = std::size_t(grid.columns) * std::size_t(rows);
    grid.longUsd.assign(cells, 0.0f);
    grid.shortUsd.assign(cells, 0.0f);

    if (source == Source::Realized) {
        const RealizedHeatmap map = RealizedHeatmap::build(data.liquidations, range, grid.interval, grid.prices);
        const int columns = std::min(grid.columns, map.columns());
        for (int column = 0; column < columns; ++column) {
            for (int row = 0; row < rows; ++row) {
                const HeatCell &cell = map.cell(column, row);
                grid.longUsd[grid.at(column, row)] = float(cell.longUsd());
                grid.shortUsd[grid.at(column, row)] = float(cell.shortUsd());
            }
        }
        return grid;
    }
    const auto bars = LevelEstimator::inputs(data, candles);
    const EstimatedHeatmap map = EstimatedHeatmap::build(bars, params.levels, range, grid.interval, grid.prices);
    const int columns = std::min(grid.columns, map.columns());
    for (int column = 0; column < columns; ++column) {
        for (int row = 0; row < rows; ++row) {
            grid.longUsd[grid.at(column, row)] = float(map.longUsd(column, row));
            grid.shortUsd[grid.at(column, row)] = float(map.shortUsd(column, row));
        }
    }
    return grid;
}

} // namespace cascade

#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/PriceGrid.h"
#include "market/Interval.h"
#include "market/MarketData.h"

#include <QtGlobal>

#include <vector>

namespace cascade {

// A time x price grid of long and short notional, the one shape the heatmap panel draws, whether
// it holds realized liquidations or estimated open levels. Cell (column, row) is at
// [column * count + row]; columns are bars of `interval` from `timeOrigin`.
struct HeatGrid
{
    enum class Source { Realized, Estimated };

    Source source = Source::Realized;
    qint64 timeOrigin = 0;
    Interval interval;
    int columns = 0;
    PriceGrid prices;
    std::vector<float> longUsd;
    std::vector<float> shortUsd;

    bool isEmpty() const { return columns == 0 || !prices.isValid(); }
    std::size_t at(int column, int row) const { return std::size_t(column) * std::size_t(prices.count) + std::size_t(row); }
    double totalUsd(int column, int row) const { return double(longUsd[at(column, row)]) + shortUsd[at(column, row)]; }

    // At most `maxColumns` columns and `rows` price buckets over the candles' range (+-3%).
    static HeatGrid build(Source source, const MarketData &data, const std::vector<Candle> &candles,
                          Interval interval, const AnalysisParams &params, int maxColumns = 1500, int rows = 240);
};

} // namespace cascade

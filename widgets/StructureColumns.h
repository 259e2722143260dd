#pragma once

#include "ChartTheme.h"

#include <memory>

class QCustomPlot;
class QCPAxisRect;

namespace cascade {

class LiquidationMapColumn;
class LiquidationMapModel;
class OptionsColumn;
class OptionsStrikeModel;

// The market-structure columns beside the candles: the estimated liquidation map and the options
// open interest, on the candles' price axis (one price axis for options walls and liquidation
// clusters). Owned by PriceChartWidget; kept apart so the chart stays about candles.
class StructureColumns
{
public:
    StructureColumns(QCustomPlot *plot, QCPAxisRect *priceRect);
    ~StructureColumns();
    StructureColumns(const StructureColumns &) = delete;
    StructureColumns &operator=(const StructureColumns &) = delete;

    void setModels(LiquidationMapModel *map, OptionsStrikeModel *options);
    void reload();
    void setVisible(bool map, bool options);
    bool isVisible() const { return m_visible; }
    void setTheme(const ChartTheme &theme);

    LiquidationMapColumn *mapColumn() const { return m_mapColumn.get(); }
    OptionsColumn *optionsColumn() const { return m_optionsColumn.get(); }

private:
    QCustomPlot *m_plot = nullptr;
    std::unique_ptr<LiquidationMapColumn> m_mapColumn;
    std::unique_ptr<OptionsColumn> m_optionsColumn;
    bool m_visible = true;
};

} // namespace cascade

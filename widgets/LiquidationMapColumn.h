#pragma once

#include "ChartTheme.h"

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemText;

namespace cascade {

class LiquidationMapModel;

// The estimated liquidation map as a column beside the candles, on the same price axis: open
// long levels (below price) and short levels (above) as horizontal bars per price bucket, and
// the cumulative curves ("how much would be liquidated between here and that price").
class LiquidationMapColumn
{
public:
    LiquidationMapColumn(QCustomPlot *plot, QCPAxisRect *rect);

    void setModel(const LiquidationMapModel *model);
    void reload();
    void setTheme(const ChartTheme &theme);
    QCPAxisRect *rect() const { return m_rect; }
    QCPBars *longBars() const { return m_long; }
    QCPBars *shortBars() const { return m_short; }
    QCPGraph *cumulativeLong() const { return m_cumulativeLong; }
    QCPGraph *cumulativeShort() const { return m_cumulativeShort; }

private:
    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_rect = nullptr;
    QCPBars *m_long = nullptr;
    QCPBars *m_short = nullptr;
    QCPGraph *m_cumulativeLong = nullptr;
    QCPGraph *m_cumulativeShort = nullptr;
    QCPItemText *m_title = nullptr;
    const LiquidationMapModel *m_model = nullptr;
};

} // namespace cascade

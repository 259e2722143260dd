#pragma once

#include "analysis/HeatGrid.h"
#include "CandleLevelOfDetail.h"
#include "ChartTheme.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemText;

namespace cascade {

class CandleTableModel;
class HeatmapModel;

// Liquidations on a time x price grid: realized events or estimated open levels (toggle), with a
// colour scale in USD relative to the visible window, absolute, or logarithmic. The close price
// runs through it for orientation.
class HeatmapPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Scale { RelativeToWindow, Absolute, Logarithmic };

    explicit HeatmapPanel(QWidget *parent = nullptr);

    void setModels(HeatmapModel *heatmap, CandleTableModel *candles);
    void setTheme(const ChartTheme &theme);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    QCustomPlot *plot() const { return m_plot; }
    QCPColorMap *colorMap() const { return m_map; }
    QComboBox *sourcePicker() const { return m_sourcePicker; }
    QCPGraph *closeLine() const { return m_close; }

signals:
    void sourceRequested(cascade::HeatGrid::Source source);

private:
    void reload();
    void rescale();
    void drawCloseLineFor(qint64 fromMs, qint64 toMs);

    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_colorScale = nullptr;
    QCPGraph *m_close = nullptr;
    QCPItemText *m_label = nullptr;
    QComboBox *m_sourcePicker = nullptr;
    QComboBox *m_scalePicker = nullptr;
    QPointer<HeatmapModel> m_heatmap;
    QPointer<CandleTableModel> m_candles;
    Scale m_scale = Scale::RelativeToWindow;
    qint64 m_from = 0;
    qint64 m_to = 0;
    // The close line at about one point per pixel: a year of 1-minute closes would cost QCustomPlot
    // a pass over 525,600 points on every replot.
    CandleLevelOfDetail m_closeLevels;
    qint64 m_closeFactor = 0;
};

} // namespace cascade

#pragma once

#include "ChartTheme.h"

#include <QObject>

class QMainWindow;

namespace cascade {

class CrosshairLink;
class HeatmapPanel;
class ImbalancePanel;
class ParametersPanel;
class PriceChartWidget;
class RangeToolBar;
class SessionModel;
class ZonesPanel;

// The panels around the price chart, each in a dock that can be moved, hidden and restored:
// liquidation heatmap, long/short imbalance, zones and headline figures, model parameters. Keeps their time axes on
// the price chart's and routes their "show me" clicks back to it.
class WorkspaceDocks : public QObject
{
    Q_OBJECT

public:
    WorkspaceDocks(QMainWindow *window, SessionModel *session, PriceChartWidget *priceChart);

    void setTheme(const ChartTheme &theme);
    HeatmapPanel *heatmap() const { return m_heatmap; }
    ImbalancePanel *imbalance() const { return m_imbalance; }
    ZonesPanel *zones() const { return m_zones; }
    ParametersPanel *parameters() const { return m_parameters; }
    RangeToolBar *rangeBar() const { return m_range; }
    CrosshairLink *crosshair() const { return m_crosshair; }

private:
    void followTime(qint64 fromMs, qint64 toMs);
    void showTime(qint64 timeMs);

    SessionModel *m_session = nullptr;
    PriceChartWidget *m_priceChart = nullptr;
    HeatmapPanel *m_heatmap = nullptr;
    ImbalancePanel *m_imbalance = nullptr;
    ZonesPanel *m_zones = nullptr;
    ParametersPanel *m_parameters = nullptr;
    RangeToolBar *m_range = nullptr;
    CrosshairLink *m_crosshair = nullptr;
};

} // namespace cascade

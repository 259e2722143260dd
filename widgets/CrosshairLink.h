#pragma once

#include "ChartTheme.h"
#include "TimeCursor.h"

#include <QObject>

#include <memory>

class QCustomPlot;
class QCPAxisRect;

namespace cascade {

class HeatmapPanel;
class ImbalancePanel;
class PriceChartWidget;
class SessionModel;

// One crosshair across the time panels: hovering the price chart, the heatmap or the imbalance
// panel puts the same time under a line in all three, each with a readout of what it holds there
// (the bar's OHLC and liquidations; the heatmap column's long and short notional; the bar's
// long/short imbalance). Leaving a panel clears them all.
class CrosshairLink : public QObject
{
    Q_OBJECT

public:
    CrosshairLink(SessionModel *session, PriceChartWidget *chart, HeatmapPanel *heatmap,
                  ImbalancePanel *imbalance, QObject *parent = nullptr);
    ~CrosshairLink() override;

    void setTheme(const ChartTheme &theme);
    // Shows time t in every panel; `fromChart` when the price chart's own crosshair is already there.
    void moveTo(qint64 timeMs, bool fromChart = false);
    void clear();
    QString heatmapReadout() const { return m_heatmapCursor->readout(); }
    QString imbalanceReadout() const { return m_imbalanceCursor->readout(); }
    // What each panel shows at t (empty when it holds nothing there).
    QString heatmapText(qint64 timeMs) const;
    QString imbalanceText(qint64 timeMs) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QCustomPlot *plot);

    SessionModel *m_session = nullptr;
    PriceChartWidget *m_chart = nullptr;
    HeatmapPanel *m_heatmap = nullptr;
    ImbalancePanel *m_imbalance = nullptr;
    std::unique_ptr<TimeCursor> m_heatmapCursor;
    std::unique_ptr<TimeCursor> m_imbalanceCursor;
    std::unique_ptr<TimeCursor> m_ratioCursor;
};

} // namespace cascade

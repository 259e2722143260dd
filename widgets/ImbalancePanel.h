#pragma once

#include "ChartTheme.h"
#include "ImbalanceLevelOfDetail.h"

#include <QPointer>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemText;

namespace cascade {

class ImbalanceModel;

// Long versus short liquidated notional per bar as mirrored bars (longs down, shorts up), with
// the long/short account ratio, taker buy/sell ratio and open interest beneath, on the time axis
// of the price chart. The headline gives the visible window's long share and imbalance.
class ImbalancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImbalancePanel(QWidget *parent = nullptr);

    void setModel(ImbalanceModel *model);
    void setTheme(const ChartTheme &theme);
    // Follows the price chart's time axis (UTC ms).
    void setTimeRange(qint64 fromMs, qint64 toMs);

    QCustomPlot *plot() const { return m_plot; }
    QString headline() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void applyLevelOfDetail();
    void draw(const std::vector<ImbalanceRow> &rows);
    void updateHeadline();

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_barsRect = nullptr;
    QCPAxisRect *m_ratioRect = nullptr;
    QCPBars *m_longs = nullptr;
    QCPBars *m_shorts = nullptr;
    QCPGraph *m_accountRatio = nullptr;
    QCPGraph *m_takerRatio = nullptr;
    QCPGraph *m_openInterest = nullptr;
    QCPItemText *m_headline = nullptr;
    QPointer<ImbalanceModel> m_model;
    qint64 m_from = 0;
    qint64 m_to = 0;
    ImbalanceLevelOfDetail m_levels;
    qint64 m_drawnFactor = 0;
};

} // namespace cascade

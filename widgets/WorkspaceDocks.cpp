#include "WorkspaceDocks.h"

#include "CrosshairLink.h"

#include "HeatmapPanel.h"
#include "ImbalancePanel.h"
#include "ParametersPanel.h"
#include "PriceChartWidget.h"
#include "RangeToolBar.h"
#include "SessionModel.h"
#include "ZonesPanel.h"

#include <QDockWidget>
#include <QMainWindow>

namespace cascade {

namespace {
QDockWidget *dock(QMainWindow *window, const QString &title, const QString &name, QWidget *panel,
                  Qt::DockWidgetArea area)
{
    auto *widget = new QDockWidget(title, window);
    widget->setObjectName(name); // saveState() restores docks by object name
    widget->setWidget(panel);
    window->addDockWidget(area, widget);
    return widget;
}
} // namespace

WorkspaceDocks::WorkspaceDocks(QMainWindow *window, SessionModel *session, PriceChartWidget *priceChart)
    : QObject(window), m_session(session), m_priceChart(priceChart)
{
    m_heatmap = new HeatmapPanel(window);
    m_heatmap->setModels(session->heatmap(), session->candles());
    m_imbalance = new ImbalancePanel(window);
    m_imbalance->setModel(session->imbalance());
    m_zones = new ZonesPanel(session, window);

    QDockWidget *heatmapDock = dock(window, tr("Liquidation heatmap"), QStringLiteral("heatmapDock"), m_heatmap,
                                    Qt::BottomDockWidgetArea);
    QDockWidget *imbalanceDock = dock(window, tr("Long/short imbalance"), QStringLiteral("imbalanceDock"),
                                      m_imbalance, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(heatmapDock, imbalanceDock);
    imbalanceDock->raise();
    QDockWidget *zonesDock =
        dock(window, tr("Zones and headline figures"), QStringLiteral("zonesDock"), m_zones, Qt::RightDockWidgetArea);
    m_parameters = new ParametersPanel(window);
    m_parameters->setParams(session->analysisParams());
    QDockWidget *parametersDock = dock(window, tr("Model parameters"), QStringLiteral("parametersDock"),
                                       m_parameters, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(zonesDock, parametersDock);
    zonesDock->raise();
    window->resizeDocks({heatmapDock, imbalanceDock}, {250, 250}, Qt::Vertical);

    m_range = new RangeToolBar(window);
    window->addToolBar(m_range);
    connect(m_range, &RangeToolBar::rangeRequested, priceChart, &PriceChartWidget::setVisibleRange);
    connect(session, &SessionModel::marketDataChanged, this, [this] {
        m_range->setDataSpan(m_session->span());
        m_priceChart->setCoverageGaps(m_session->gaps());
    });

    connect(priceChart, &PriceChartWidget::timeRangeChanged, this, &WorkspaceDocks::followTime);
    connect(m_heatmap, &HeatmapPanel::sourceRequested, session, &SessionModel::setHeatmapSource);
    connect(m_parameters, &ParametersPanel::paramsChanged, session, &SessionModel::setAnalysisParams);
    connect(session, &SessionModel::analysisParamsChanged, m_parameters, [this](const AnalysisParams &params) {
        if (params != m_parameters->params())
            m_parameters->setParams(params);
    });
    connect(m_zones, &ZonesPanel::timeRequested, this, &WorkspaceDocks::showTime);
    m_crosshair = new CrosshairLink(session, priceChart, m_heatmap, m_imbalance, this);
    connect(m_zones, &ZonesPanel::priceBandRequested, priceChart, &PriceChartWidget::showPriceBand);
}

void WorkspaceDocks::setTheme(const ChartTheme &theme)
{
    m_heatmap->setTheme(theme);
    m_imbalance->setTheme(theme);
    m_crosshair->setTheme(theme);
}

void WorkspaceDocks::followTime(qint64 fromMs, qint64 toMs)
{
    m_heatmap->setTimeRange(fromMs, toMs);
    m_imbalance->setTimeRange(fromMs, toMs);
    m_zones->setTimeRange(fromMs, toMs);
    m_range->showRange(fromMs, toMs);
}

void WorkspaceDocks::showTime(qint64 timeMs)
{
    const qint64 bar = m_session->interval().ms();
    m_priceChart->setVisibleRange(timeMs - 100 * bar, timeMs + 100 * bar);
}

} // namespace cascade

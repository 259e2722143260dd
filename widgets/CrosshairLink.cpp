#include "CrosshairLink.h"

#include "HeatmapModel.h"
#include "HeatmapPanel.h"
#include "ImbalanceModel.h"
#include "ImbalancePanel.h"
#include "market/NumberFormat.h"
#include "market/TimeFormat.h"
#include "PriceChartWidget.h"
#include "QCustomPlotInclude.h"
#include "SessionModel.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cascade {

CrosshairLink::CrosshairLink(SessionModel *session, PriceChartWidget *chart, HeatmapPanel *heatmap,
                             ImbalancePanel *imbalance, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_chart(chart)
    , m_heatmap(heatmap)
    , m_imbalance(imbalance)
{
    m_heatmapCursor = std::make_unique<TimeCursor>(heatmap->plot(), heatmap->plot()->axisRect());
    const QList<QCPAxisRect *> rects = imbalance->plot()->axisRects();
    m_imbalanceCursor = std::make_unique<TimeCursor>(imbalance->plot(), rects.value(0));
    if (rects.size() > 1)
        m_ratioCursor = std::make_unique<TimeCursor>(imbalance->plot(), rects.value(1));
    connect(chart, &PriceChartWidget::crosshairMoved, this, [this](qint64 t, double) { moveTo(t, true); });
    connect(chart, &PriceChartWidget::crosshairHidden, this, &CrosshairLink::clear);
    follow(heatmap->plot());
    follow(imbalance->plot());
}

CrosshairLink::~CrosshairLink() = default;

void CrosshairLink::follow(QCustomPlot *plot)
{
    plot->installEventFilter(this);
    plot->setMouseTracking(true); // hover, not only drags
    connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent *event) {
        QCPAxisRect *rect = plot->axisRectAt(event->position());
        if (!rect) {
            clear();
            return;
        }
        moveTo(qint64(
            std::llround(rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x()) * 1000.0)));
    });
}

bool CrosshairLink::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Leave)
        clear();
    return QObject::eventFilter(watched, event);
}

void CrosshairLink::setTheme(const ChartTheme &theme)
{
    for (TimeCursor *cursor : {m_heatmapCursor.get(), m_imbalanceCursor.get(), m_ratioCursor.get()})
        if (cursor)
            cursor->setTheme(theme);
}

void CrosshairLink::moveTo(qint64 timeMs, bool fromChart)
{
    m_heatmapCursor->show(timeMs, heatmapText(timeMs));
    m_imbalanceCursor->show(timeMs, imbalanceText(timeMs));
    if (m_ratioCursor)
        m_ratioCursor->show(timeMs, QString());
    if (fromChart)
        return;
    // The price chart's crosshair at the bar's close, so its readout names that bar.
    const CandleTableModel *candles = m_session->candles();
    const int row = candles->rowAt(timeMs);
    if (row >= 0)
        m_chart->showCrosshairAt(timeMs, candles->candles()[std::size_t(row)].close);
}

void CrosshairLink::clear()
{
    for (TimeCursor *cursor : {m_heatmapCursor.get(), m_imbalanceCursor.get(), m_ratioCursor.get()})
        if (cursor && cursor->isVisible())
            cursor->hide();
}

QString CrosshairLink::heatmapText(qint64 timeMs) const
{
    const HeatGrid &grid = m_session->heatmap()->grid();
    if (grid.isEmpty() || timeMs < grid.timeOrigin)
        return {};
    const auto column = (timeMs - grid.timeOrigin) / grid.interval.ms();
    if (column >= grid.columns)
        return {};
    double longs = 0, shorts = 0;
    for (int row = 0; row < grid.prices.count; ++row) {
        longs += grid.longUsd[grid.at(int(column), row)];
        shorts += grid.shortUsd[grid.at(int(column), row)];
    }
    const qint64 start = grid.timeOrigin + column * grid.interval.ms();
    return tr("%1 UTC · longs %2 · shorts %3")
        .arg(TimeFormat::shortUtc(start), NumberFormat::compactUsd(longs), NumberFormat::compactUsd(shorts));
}

QString CrosshairLink::imbalanceText(qint64 timeMs) const
{
    const auto &rows = m_session->imbalance()->rows();
    const auto it = std::upper_bound(rows.begin(), rows.end(), timeMs,
                                     [](qint64 t, const ImbalanceRow &r) { return t < r.time; });
    if (it == rows.begin() || timeMs >= std::prev(it)->end)
        return {};
    const ImbalanceRow &row = *std::prev(it);
    if (row.longUsd + row.shortUsd <= 0)
        return tr("%1 UTC · no liquidations").arg(TimeFormat::shortUtc(row.time));
    return tr("%1 UTC · longs %2 · shorts %3 · %4% long")
        .arg(TimeFormat::shortUtc(row.time), NumberFormat::compactUsd(row.longUsd),
             NumberFormat::compactUsd(row.shortUsd), QLocale().toString(row.longSharePct, 'f', 1));
}

} // namespace cascade

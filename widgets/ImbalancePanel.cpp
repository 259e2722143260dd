#include "ImbalancePanel.h"

#include "CandleLevelOfDetail.h"
#include "ImbalanceModel.h"
#include "market/NumberFormat.h"
#include "PlotTuning.h"
#include "QCustomPlotInclude.h"
#include "UsdAxisTicker.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
constexpr double kPixelsPerBar = 3.0; // fewer pixels per bar than this and bars are merged

double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}
} // namespace

ImbalancePanel::ImbalancePanel(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    PlotTuning::tunePlot(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_barsRect = m_plot->axisRect();
    m_ratioRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_ratioRect);
    m_plot->plotLayout()->setRowSpacing(0);
    auto *margins = new QCPMarginGroup(m_plot);
    m_barsRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_ratioRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    //: QLocale format of a time-axis label (month day, line break, time); reorder for your language
    ticker->setDateTimeFormat(tr("MMM d\nHH:mm"));
    for (QCPAxisRect *rect : {m_barsRect, m_ratioRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(true);
    }
    m_barsRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_barsRect->axis(QCPAxis::atRight)->setTicker(QSharedPointer<UsdAxisTicker>::create(true));
    m_barsRect->axis(QCPAxis::atRight)->setLabel(tr("longs ▼  ▲ shorts"));
    m_ratioRect->axis(QCPAxis::atLeft)->setVisible(true);
    m_ratioRect->axis(QCPAxis::atLeft)->setLabel(tr("OI (USD)"));
    m_ratioRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<UsdAxisTicker>::create());
    m_ratioRect->axis(QCPAxis::atRight)->setLabel(tr("ratio"));
    // The bottom dock is short: few value labels, or they run into each other.
    m_barsRect->axis(QCPAxis::atRight)->ticker()->setTickCount(3);
    m_ratioRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    m_ratioRect->axis(QCPAxis::atRight)->ticker()->setTickCount(3);

    QCPAxis *time = m_barsRect->axis(QCPAxis::atBottom);
    QCPAxis *usd = m_barsRect->axis(QCPAxis::atRight);
    m_longs = new QCPBars(time, usd);
    m_shorts = new QCPBars(time, usd);
    for (QCPBars *bars : {m_longs, m_shorts}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setPen(Qt::NoPen);
        PlotTuning::tuneBars(bars);
    }
    QCPAxis *ratioTime = m_ratioRect->axis(QCPAxis::atBottom);
    m_accountRatio = new QCPGraph(ratioTime, m_ratioRect->axis(QCPAxis::atRight));
    m_takerRatio = new QCPGraph(ratioTime, m_ratioRect->axis(QCPAxis::atRight));
    m_openInterest = new QCPGraph(ratioTime, m_ratioRect->axis(QCPAxis::atLeft));
    m_accountRatio->setName(tr("Long/short accounts"));
    m_takerRatio->setName(tr("Taker buy/sell"));
    m_openInterest->setName(tr("Open interest"));
    m_ratioRect->insetLayout()->addElement(new QCPLegend, Qt::AlignTop | Qt::AlignLeft);
    auto *legend = qobject_cast<QCPLegend *>(m_ratioRect->insetLayout()->elementAt(0));
    legend->setLayer(QStringLiteral("legend"));
    for (QCPGraph *graph : {m_accountRatio, m_takerRatio, m_openInterest})
        graph->addToLegend(legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);

    m_headline = new QCPItemText(m_plot);
    m_headline->setClipAxisRect(m_barsRect);
    m_headline->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_headline->position->setAxisRect(m_barsRect);
    m_headline->position->setCoords(0.0, 0.0);
    m_headline->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_headline->setPadding(QMargins(8, 4, 8, 4));
    setTheme(ChartTheme::dark());
}

void ImbalancePanel::setModel(ImbalanceModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &ImbalancePanel::reload);
    reload();
}

void ImbalancePanel::setTheme(const ChartTheme &theme)
{
    theme.applyTo(m_plot);
    m_longs->setBrush(theme.longLiquidated);
    m_shorts->setBrush(theme.shortLiquidated);
    // Width 1: Qt's fast line path (wider pens are stroked as filled outlines, several times slower).
    m_accountRatio->setPen(QPen(QColor(0xe0, 0xc0, 0x60), 1.0));
    m_takerRatio->setPen(QPen(QColor(0x9a, 0x7c, 0xe8), 1.0));
    m_openInterest->setPen(QPen(theme.mutedText, 1.0, Qt::DotLine));
    auto *legend = qobject_cast<QCPLegend *>(m_ratioRect->insetLayout()->elementAt(0));
    legend->setBrush(QColor(theme.panel.red(), theme.panel.green(), theme.panel.blue(), 200));
    legend->setBorderPen(Qt::NoPen);
    legend->setTextColor(theme.text);
    m_headline->setColor(theme.text);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ImbalancePanel::reload()
{
    m_levels.setSource(m_model ? m_model->rows() : std::vector<ImbalanceRow>());
    m_drawnFactor = 0;
    if (m_levels.isEmpty())
        draw({}); // no level to pick: clear what the last session drew
    if (m_to > m_from)
        setTimeRange(m_from, m_to);
    else if (!m_levels.isEmpty())
        setTimeRange(m_model->rows().front().time, m_model->rows().back().end);
    else
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ImbalancePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // More or fewer pixels: the level of detail that fits changes, and the value axes with it.
    m_drawnFactor = 0;
    if (m_to > m_from)
        setTimeRange(m_from, m_to);
}

void ImbalancePanel::applyLevelOfDetail()
{
    if (m_levels.isEmpty())
        return;
    // Before the first layout the axis rect has no width yet: estimate it from the widget.
    const int widthPx = std::max({m_barsRect->width(), m_plot->width() - 90, 200});
    const qint64 factor = CandleLevelOfDetail::factorFor(m_levels.countInRange(m_from, m_to),
                                                         std::size_t(widthPx / kPixelsPerBar));
    if (factor == m_drawnFactor)
        return;
    m_drawnFactor = factor;
    draw(m_levels.level(factor));
}

void ImbalancePanel::draw(const std::vector<ImbalanceRow> &rows)
{
    QVector<double> keys, longs, shorts, ratioKeys, accounts, takers, oiKeys, oi;
    const double width = rows.empty() ? 60.0 : double(rows.front().end - rows.front().time) / 1000.0;
    for (const ImbalanceRow &row : rows) {
        const double key = toKey(row.time) + width / 2;
        keys << key;
        longs << -row.longUsd; // longs forced out: drawn downwards, the selling side
        shorts << row.shortUsd;
        if (std::isfinite(row.accountRatio) || std::isfinite(row.takerRatio)) {
            ratioKeys << key;
            accounts << (std::isfinite(row.accountRatio) ? row.accountRatio : qQNaN());
            takers << (std::isfinite(row.takerRatio) ? row.takerRatio : qQNaN());
        }
        if (std::isfinite(row.openInterestUsd)) {
            oiKeys << key;
            oi << row.openInterestUsd;
        }
    }
    m_longs->setData(keys, longs, true);
    m_shorts->setData(keys, shorts, true);
    m_longs->setWidth(width * 0.8);
    m_shorts->setWidth(width * 0.8);
    m_accountRatio->setData(ratioKeys, accounts, true);
    m_takerRatio->setData(ratioKeys, takers, true);
    m_openInterest->setData(oiKeys, oi, true);
}

void ImbalancePanel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    const QCPRange range(toKey(fromMs), toKey(toMs));
    m_barsRect->axis(QCPAxis::atBottom)->setRange(range);
    m_ratioRect->axis(QCPAxis::atBottom)->setRange(range);
    applyLevelOfDetail();
    // Scale each axis to what is visible, symmetric for the mirrored bars.
    bool found = false;
    double extent = 0;
    for (QCPBars *bars : {m_longs, m_shorts}) {
        const QCPRange values = bars->getValueRange(found, QCP::sdBoth, range);
        if (found)
            extent = std::max({extent, std::abs(values.lower), std::abs(values.upper)});
    }
    m_barsRect->axis(QCPAxis::atRight)->setRange(-extent * 1.1 - 1, extent * 1.1 + 1);
    QCPRange ratio(0, 1);
    bool haveRatio = false;
    for (QCPGraph *graph : {m_accountRatio, m_takerRatio}) {
        const QCPRange values = graph->getValueRange(found, QCP::sdBoth, range);
        if (!found)
            continue;
        ratio = haveRatio ? QCPRange(std::min(ratio.lower, values.lower), std::max(ratio.upper, values.upper))
                          : values;
        haveRatio = true;
    }
    m_ratioRect->axis(QCPAxis::atRight)->setRange(ratio.lower * 0.95, ratio.upper * 1.05 + 1e-9);
    const QCPRange oi = m_openInterest->getValueRange(found, QCP::sdBoth, range);
    if (found)
        m_ratioRect->axis(QCPAxis::atLeft)->setRange(oi.lower * 0.98, oi.upper * 1.02 + 1);
    updateHeadline();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ImbalancePanel::updateHeadline()
{
    if (!m_model) {
        m_headline->setText({});
        return;
    }
    const ImbalanceRow window = m_model->combined(m_from, m_to);
    m_headline->setText(tr("Visible window: longs %1 · shorts %2 · %3")
                            .arg(NumberFormat::compactUsd(window.longUsd),
                                 NumberFormat::compactUsd(window.shortUsd),
                                 ImbalanceModel::describe(window)));
}

QString ImbalancePanel::headline() const
{
    return m_headline->text();
}

} // namespace cascade

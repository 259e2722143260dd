#include "OptionsColumn.h"

#include "OptionsStrikeModel.h"
#include "PlotTuning.h"
#include "QCustomPlotInclude.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
const QColor kPutColor(0xd0, 0x5c, 0xe3);
const QColor kCallColor(0x5c, 0xc2, 0x6e);
const QColor kMaxPainColor(0xf2, 0xc1, 0x4e);

// The first expiry after the snapshot with a max pain: what the next settlement gravitates to.
const ExpirySummary *frontExpiry(const OptionsReport &report)
{
    for (const ExpirySummary &expiry : report.expiries) {
        if (expiry.expiry > report.snapshotTime && std::isfinite(expiry.maxPain))
            return &expiry;
    }
    return nullptr;
}
} // namespace

OptionsColumn::OptionsColumn(QCustomPlot *plot, QCPAxisRect *rect, QCPAxis *chartTime, QCPAxis *chartPrice)
    : m_plot(plot)
    , m_rect(rect)
{
    QCPAxis *price = rect->axis(QCPAxis::atLeft);
    QCPAxis *contracts = rect->axis(QCPAxis::atBottom);
    price->setTickLabels(false);
    contracts->setTickLabels(false);
    contracts->setTicks(false);
    contracts->grid()->setVisible(false);
    m_puts = new QCPBars(price, contracts);
    m_calls = new QCPBars(price, contracts);
    for (QCPBars *bars : {m_puts, m_calls}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setPen(Qt::NoPen);
        PlotTuning::tuneBars(bars);
    }
    rect->setRangeDrag(Qt::Orientations());
    rect->setRangeZoom(Qt::Orientations());

    m_title = new QCPItemText(plot);
    m_title->setClipAxisRect(rect);
    m_title->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_title->position->setAxisRect(rect);
    m_title->position->setCoords(0.5, 0.0);
    m_title->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_title->setPadding(QMargins(4, 4, 4, 4));

    m_putWall = makeLine(chartTime, chartPrice);
    m_callWall = makeLine(chartTime, chartPrice);
    m_maxPain = makeLine(chartTime, chartPrice);
}

OptionsColumn::Line OptionsColumn::makeLine(QCPAxis *time, QCPAxis *price)
{
    Line line;
    line.line = new QCPItemStraightLine(m_plot);
    line.line->setClipAxisRect(time->axisRect());
    line.line->point1->setAxes(time, price);
    line.line->point2->setAxes(time, price);
    line.label = new QCPItemText(m_plot);
    line.label->setClipAxisRect(time->axisRect());
    line.label->position->setAxes(time, price);
    line.label->position->setAxisRect(time->axisRect());
    line.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    line.label->setPadding(QMargins(6, 0, 6, 1));
    line.line->setVisible(false);
    line.label->setVisible(false);
    return line;
}

void OptionsColumn::setModel(const OptionsStrikeModel *model)
{
    m_model = model;
    reload();
}

void OptionsColumn::setTheme(const ChartTheme &theme)
{
    theme.applyTo(m_rect);
    m_rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    m_puts->setBrush(kPutColor);
    m_calls->setBrush(kCallColor);
    m_title->setColor(theme.mutedText);
    QColor plate = theme.background;
    plate.setAlpha(210);
    m_title->setBrush(plate); // readable over the bars
    const std::pair<Line *, QColor> lines[] = {
        {&m_putWall, kPutColor}, {&m_callWall, kCallColor}, {&m_maxPain, kMaxPainColor}};
    for (const auto &[line, color] : lines) {
        line->line->setPen(QPen(color, 1, Qt::DashDotLine));
        line->label->setColor(color);
    }
}

void OptionsColumn::placeLine(Line &line, double price, const QString &text)
{
    const bool visible = std::isfinite(price) && price > 0;
    line.line->setVisible(visible);
    line.label->setVisible(visible);
    if (!visible)
        return;
    line.line->point1->setCoords(0, price);
    line.line->point2->setCoords(1, price);
    line.label->position->setCoords(0.0, price);
    line.label->setText(text);
}

void OptionsColumn::reload()
{
    QVector<double> strikes, puts, callStrikes, calls;
    double largest = 0;
    double spacing = 0;
    const std::vector<StrikeOpenInterest> none;
    const auto &rows = m_model ? m_model->rows() : none;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        strikes << rows[i].strike;
        puts << -rows[i].putOi;
        calls << rows[i].callOi;
        largest = std::max({largest, rows[i].putOi, rows[i].callOi});
        if (i > 0) {
            const double gap = rows[i].strike - rows[i - 1].strike;
            spacing = spacing == 0 ? gap : std::min(spacing, gap);
        }
    }
    m_puts->setData(strikes, puts, true);
    m_calls->setData(strikes, calls, true);
    const double width = spacing > 0 ? spacing * 0.8 : 500;
    m_puts->setWidth(width);
    m_calls->setWidth(width);
    const double extent = largest > 0 ? largest * 1.1 : 1;
    m_rect->axis(QCPAxis::atBottom)->setRange(-extent, extent);

    const OptionsReport empty;
    const OptionsReport &report = m_model ? m_model->report() : empty;
    const QLocale locale;
    //: QLocale date format of a day and abbreviated month, e.g. "10 Oct"; reorder for your language
    const QString dayMonth = tr("d MMM");
    if (report.isEmpty()) {
        m_title->setText(tr("Options OI\nno snapshot yet"));
    } else {
        m_title->setText(
            QStringLiteral("%1\n%2 %3 · %4")
                .arg(
                    tr("Options OI"), tr("P/C"), locale.toString(report.putCallRatio, 'f', 2),
                    locale.toString(QDateTime::fromMSecsSinceEpoch(report.snapshotTime, Qt::UTC), dayMonth)));
    }
    m_putWallPrice = report.isEmpty() ? OptionsReport::none : report.putWall;
    m_callWallPrice = report.isEmpty() ? OptionsReport::none : report.callWall;
    const ExpirySummary *front = report.isEmpty() ? nullptr : frontExpiry(report);
    m_maxPainPrice = front ? front->maxPain : OptionsReport::none;
    placeLine(m_putWall, m_putWallPrice, tr("Put wall %1").arg(locale.toString(m_putWallPrice, 'f', 0)));
    placeLine(m_callWall, m_callWallPrice, tr("Call wall %1").arg(locale.toString(m_callWallPrice, 'f', 0)));
    const QString expiry =
        front ? locale.toString(QDateTime::fromMSecsSinceEpoch(front->expiry, Qt::UTC), dayMonth) : QString();
    placeLine(m_maxPain, m_maxPainPrice,
              tr("Max pain %1 (%2 expiry)").arg(locale.toString(m_maxPainPrice, 'f', 0), expiry));
}

} // namespace cascade

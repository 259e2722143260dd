#include "TimeCursor.h"

#include "QCustomPlotInclude.h"

namespace cascade {

namespace {
const QString kLayer = QStringLiteral("timeCursor");
} // namespace

TimeCursor::TimeCursor(QCustomPlot *plot, QCPAxisRect *rect)
    : m_plot(plot)
    , m_rect(rect)
{
    if (!m_plot->layer(kLayer)) {
        m_plot->addLayer(kLayer, nullptr, QCustomPlot::limAbove);
        m_plot->layer(kLayer)->setMode(QCPLayer::lmBuffered);
    }
    m_line = new QCPItemStraightLine(m_plot);
    m_line->setLayer(kLayer);
    m_line->setClipAxisRect(m_rect);
    for (QCPItemPosition *p : {m_line->point1, m_line->point2})
        p->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
    m_text = new QCPItemText(m_plot);
    m_text->setLayer(kLayer);
    m_text->setClipToAxisRect(false);
    m_text->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setAxisRect(m_rect);
    m_text->position->setCoords(1.0, 0.0);
    m_text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_text->setPadding(QMargins(6, 2, 6, 2));
    hide();
}

void TimeCursor::setTheme(const ChartTheme &theme)
{
    m_line->setPen(QPen(theme.mutedText, 1, Qt::DashLine));
    m_text->setColor(theme.text);
    QColor background = theme.panel;
    background.setAlpha(220);
    m_text->setBrush(background);
    m_text->setPen(QPen(theme.grid));
}

void TimeCursor::show(qint64 timeMs, const QString &readout)
{
    m_time = timeMs;
    const double key = double(timeMs) / 1000.0;
    m_line->point1->setCoords(key, 0);
    m_line->point2->setCoords(key, 1);
    m_text->setText(readout);
    m_line->setVisible(true);
    m_text->setVisible(!readout.isEmpty());
    m_plot->layer(kLayer)->replot();
}

void TimeCursor::hide()
{
    m_line->setVisible(false);
    m_text->setVisible(false);
    m_plot->layer(kLayer)->replot();
}

bool TimeCursor::isVisible() const
{
    return m_line->visible();
}

QString TimeCursor::readout() const
{
    return m_text->visible() ? m_text->text() : QString();
}

} // namespace cascade

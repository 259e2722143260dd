#include "CoverageGaps.h"

#include "QCustomPlotInclude.h"

#include <QCoreApplication>

namespace cascade {

CoverageGaps::CoverageGaps(QCustomPlot *plot, QCPAxis *time, QCPAxis *value) : m_plot(plot), m_time(time), m_value(value)
{
}

void CoverageGaps::setGaps(const std::vector<TimeRange> &gaps)
{
    for (const Item &item : m_items) {
        m_plot->removeItem(item.rect);
        m_plot->removeItem(item.label);
    }
    m_items.clear();
    for (const TimeRange &gap : gaps) {
        Item item;
        item.rect = new QCPItemRect(m_plot);
        item.rect->setClipAxisRect(m_time->axisRect());
        item.rect->setLayer(QStringLiteral("grid"));
        for (QCPItemPosition *corner : {item.rect->topLeft, item.rect->bottomRight}) {
            corner->setAxes(m_time, m_value);
            corner->setAxisRect(m_time->axisRect());
            corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        item.rect->topLeft->setCoords(double(gap.from) / 1000.0, 0.0);
        item.rect->bottomRight->setCoords(double(gap.to) / 1000.0, 1.0);
        item.label = new QCPItemText(m_plot);
        item.label->setClipAxisRect(m_time->axisRect());
        item.label->position->setAxes(m_time, m_value);
        item.label->position->setAxisRect(m_time->axisRect());
        item.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        item.label->position->setCoords(double(gap.from + gap.to) / 2000.0, 0.5);
        item.label->setText(QCoreApplication::translate("cascade::CoverageGaps", "no data"));
        m_items.push_back(item);
    }
    setTheme(m_theme);
}

void CoverageGaps::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    for (const Item &item : m_items) {
        item.rect->setBrush(QBrush(theme.grid, Qt::BDiagPattern));
        item.rect->setPen(QPen(theme.grid));
        item.label->setColor(theme.mutedText);
    }
}

} // namespace cascade

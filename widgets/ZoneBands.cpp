#include "ZoneBands.h"

#include "QCustomPlotInclude.h"
#include "ZonesModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace cascade {

namespace {
const QColor kSupport(0x26, 0xa6, 0x9a);
const QColor kResistance(0xef, 0x53, 0x50);
} // namespace

ZoneBands::ZoneBands(QCustomPlot *plot, QCPAxis *time, QCPAxis *price) : m_plot(plot), m_time(time), m_price(price) {}

void ZoneBands::setModel(const ZonesModel *model)
{
    m_model = model;
    reload();
}

void ZoneBands::clear()
{
    for (const Band &band : m_bands) {
        m_plot->removeItem(band.rect);
        m_plot->removeItem(band.label);
    }
    m_bands.clear();
}

void ZoneBands::reload()
{
    clear();
    if (!m_model)
        return;
    const QLocale locale;
    const ZoneReport &report = m_model->report();
    auto add = [&](const PriceZone &zone, int rank) {
        Band band;
        band.support = zone.support;
        band.rect = new QCPItemRect(m_plot);
        band.rect->setClipAxisRect(m_time->axisRect());
        band.rect->setLayer(QStringLiteral("grid"));
        for (QCPItemPosition *corner : {band.rect->topLeft, band.rect->bottomRight}) {
            corner->setAxes(m_time, m_price);
            corner->setAxisRect(m_time->axisRect());
            corner->setTypeX(QCPItemPosition::ptAxisRectRatio);
        }
        band.rect->topLeft->setCoords(0.0, zone.high);
        band.rect->bottomRight->setCoords(1.0, zone.low);
        band.label = new QCPItemText(m_plot);
        band.label->setClipAxisRect(m_time->axisRect());
        band.label->position->setAxes(m_time, m_price);
        band.label->position->setAxisRect(m_time->axisRect());
        band.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band.label->position->setCoords(1.0, zone.middle());
        band.label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        band.label->setPadding(QMargins(4, 0, 6, 0));
        band.label->setText(QCoreApplication::translate("cascade::ZoneBands", "%1 %2 · %3")
                                .arg(zone.support ? QCoreApplication::translate("cascade::ZoneBands", "S")
                                                  : QCoreApplication::translate("cascade::ZoneBands", "R"))
                                .arg(rank)
                                .arg(locale.toString(zone.score, 'f', 2)));
        m_bands.push_back(band);
    };
    // The strongest three of each side: more bands than that hide the candles.
    for (std::size_t i = 0; i < report.support.size() && i < 3; ++i)
        add(report.support[i], int(i) + 1);
    for (std::size_t i = 0; i < report.resistance.size() && i < 3; ++i)
        add(report.resistance[i], int(i) + 1);
    setTheme(m_theme);
    setVisible(m_visible);
}

void ZoneBands::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    for (const Band &band : m_bands) {
        QColor fill = band.support ? kSupport : kResistance;
        fill.setAlpha(38);
        QColor edge = fill;
        edge.setAlpha(90);
        band.rect->setBrush(fill);
        band.rect->setPen(QPen(edge));
        QColor text = band.support ? kSupport : kResistance;
        band.label->setColor(text.lighter(120));
    }
}

void ZoneBands::setVisible(bool visible)
{
    m_visible = visible;
    for (const Band &band : m_bands) {
        band.rect->setVisible(visible);
        band.label->setVisible(visible);
    }
}

} // namespace cascade

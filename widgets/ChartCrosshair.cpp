#include "ChartCrosshair.h"

#include "QCustomPlotInclude.h"
#include "market/NumberFormat.h"
#include "market/TimeFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
QString price(double value)
{
    return QLocale().toString(value, 'f', value >= 1000 ? 1 : 4);
}
} // namespace

ChartCrosshair::ChartCrosshair(QCustomPlot *plot, QCPAxisRect *priceRect, QCPAxisRect *volumeRect,
                               const QString &layer)
    : m_plot(plot), m_priceRect(priceRect), m_volumeRect(volumeRect), m_layer(layer)
{
    m_readout = new QCPItemText(plot);
    m_readout->setLayer(layer);
    m_readout->setClipAxisRect(priceRect);
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setAxisRect(priceRect);
    m_readout->position->setCoords(0.0, 0.0);
    m_readout->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(8, 6, 8, 6));
    m_readout->setVisible(false);

    m_vertical = makeLine(priceRect);
    m_horizontal = makeLine(priceRect);
    m_volumeVertical = makeLine(volumeRect);

    m_priceTag = new QCPItemText(plot);
    m_priceTag->setLayer(layer);
    m_priceTag->setClipToAxisRect(false);
    m_priceTag->position->setAxes(priceRect->axis(QCPAxis::atBottom), priceRect->axis(QCPAxis::atRight));
    m_priceTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_priceTag->position->setAxisRect(priceRect);
    m_priceTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_priceTag->setPadding(QMargins(4, 2, 4, 2));
    m_priceTag->setVisible(false);
}

QCPItemStraightLine *ChartCrosshair::makeLine(QCPAxisRect *rect)
{
    auto *line = new QCPItemStraightLine(m_plot);
    line->setLayer(m_layer);
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    line->setVisible(false);
    return line;
}

void ChartCrosshair::setTheme(const ChartTheme &theme)
{
    m_readout->setColor(theme.text);
    QColor readoutBackground = theme.panel;
    readoutBackground.setAlpha(220);
    m_readout->setBrush(readoutBackground);
    m_readout->setPen(Qt::NoPen);
    const QPen crossPen(theme.crosshair, 1, Qt::DashLine);
    for (QCPItemStraightLine *line : {m_vertical, m_horizontal, m_volumeVertical})
        line->setPen(crossPen);
    m_priceTag->setColor(theme.background);
    m_priceTag->setBrush(theme.crosshair);
}

bool ChartCrosshair::moveTo(const QPointF &pixel, const CandleLevelOfDetail::Level *level)
{
    const bool inPrice = m_priceRect->rect().contains(pixel.toPoint());
    const bool inVolume = m_volumeRect->rect().contains(pixel.toPoint());
    if ((!inPrice && !inVolume) || !level) {
        hide();
        return false;
    }
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    const double value = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(pixel.y());
    for (QCPItemStraightLine *line : {m_vertical, m_volumeVertical}) {
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
        line->setVisible(true);
    }
    m_horizontal->point1->setCoords(0, value);
    m_horizontal->point2->setCoords(1, value);
    m_horizontal->setVisible(inPrice);
    m_priceTag->setVisible(inPrice);
    m_priceTag->position->setCoords(1.0, value);
    m_priceTag->setText(cascade::price(value));
    m_time = qint64(std::llround(key * 1000.0));
    m_price = value;
    m_readout->setText(describe(*level, m_time));
    m_readout->setVisible(true);
    replot();
    return true;
}

QString ChartCrosshair::describe(const CandleLevelOfDetail::Level &level, qint64 t)
{
    auto it = std::upper_bound(level.candles.begin(), level.candles.end(), t,
                               [](qint64 time, const Candle &c) { return time < c.openTime; });
    if (it == level.candles.begin() || t >= std::prev(it)->openTime + level.interval.ms())
        return tr("%1 UTC  ·  no data").arg(TimeFormat::shortUtc(t));
    const Candle &c = *std::prev(it);
    const double change = c.open != 0 ? (c.close - c.open) / c.open * 100.0 : 0.0;
    QString text = tr("%1 UTC  ·  %2\nO %3   H %4   L %5   C %6   %7%8%\nVolume %9")
                       .arg(TimeFormat::shortUtc(c.openTime), level.interval.name(), cascade::price(c.open),
                            cascade::price(c.high), cascade::price(c.low), cascade::price(c.close),
                            change >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(change, 'f', 2),
                            QLocale().toString(c.volume, 'f', 2));
    auto liq = std::lower_bound(level.liquidations.begin(), level.liquidations.end(), c.openTime,
                                [](const BarLiquidations &b, qint64 time) { return b.openTime < time; });
    if (liq == level.liquidations.end() || liq->openTime != c.openTime)
        return text + tr("\nNo liquidations in this bar");
    return text + tr("\nLongs liquidated %1 (%2)   Shorts liquidated %3 (%4)")
                      .arg(NumberFormat::compactUsd(liq->longUsd))
                      .arg(liq->longCount)
                      .arg(NumberFormat::compactUsd(liq->shortUsd))
                      .arg(liq->shortCount);
}

QString ChartCrosshair::readoutText() const
{
    return m_readout->visible() ? m_readout->text() : QString();
}

void ChartCrosshair::hide()
{
    for (QCPAbstractItem *item :
         std::initializer_list<QCPAbstractItem *>{m_vertical, m_horizontal, m_volumeVertical, m_priceTag, m_readout})
        item->setVisible(false);
    replot();
}

void ChartCrosshair::replot()
{
    m_plot->layer(m_layer)->replot();
}

} // namespace cascade

#include "LiquidationMapColumn.h"

#include "LiquidationMapModel.h"
#include "market/NumberFormat.h"
#include "PlotTuning.h"
#include "QCustomPlotInclude.h"

#include <QCoreApplication>

#include <algorithm>

namespace cascade {

LiquidationMapColumn::LiquidationMapColumn(QCustomPlot *plot, QCPAxisRect *rect)
    : m_plot(plot)
    , m_rect(rect)
{
    QCPAxis *price = rect->axis(QCPAxis::atLeft);
    QCPAxis *usd = rect->axis(QCPAxis::atBottom);
    QCPAxis *cumulative = rect->axis(QCPAxis::atTop);
    price->setTickLabels(false);
    cumulative->setVisible(true);
    cumulative->setTickLabels(false);
    cumulative->setTicks(false);
    usd->setTickLabels(false);
    usd->setTicks(false);
    usd->grid()->setVisible(false);
    m_long = new QCPBars(price, usd);
    m_short = new QCPBars(price, usd);
    for (QCPBars *bars : {m_long, m_short}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setPen(Qt::NoPen);
        PlotTuning::tuneBars(bars);
    }
    m_cumulativeLong = new QCPGraph(price, cumulative);
    m_cumulativeShort = new QCPGraph(price, cumulative);
    rect->setRangeDrag(Qt::Orientations());
    rect->setRangeZoom(Qt::Orientations());

    m_title = new QCPItemText(plot);
    m_title->setClipAxisRect(rect);
    m_title->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_title->position->setAxisRect(rect);
    m_title->position->setCoords(0.5, 0.0);
    m_title->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_title->setPadding(QMargins(4, 4, 4, 4));
}

void LiquidationMapColumn::setModel(const LiquidationMapModel *model)
{
    m_model = model;
    reload();
}

void LiquidationMapColumn::setTheme(const ChartTheme &theme)
{
    theme.applyTo(m_rect);
    QColor longFill = theme.longLiquidated;
    longFill.setAlpha(170);
    QColor shortFill = theme.shortLiquidated;
    shortFill.setAlpha(170);
    m_long->setBrush(longFill);
    m_short->setBrush(shortFill);
    // Pens of width 1 take Qt's fast line path; a 1.5 pen is stroked as a filled outline, which
    // cost half of a price-panel replot (bench_workspace).
    m_cumulativeLong->setPen(QPen(theme.longLiquidated, 1.0));
    m_cumulativeShort->setPen(QPen(theme.shortLiquidated, 1.0));
    m_title->setColor(theme.mutedText);
    QColor plate = theme.background;
    plate.setAlpha(210);
    m_title->setBrush(plate); // readable over the bars
}

void LiquidationMapColumn::reload()
{
    QVector<double> prices, cumulativeLong, cumulativeShort;
    QVector<double> longKeys, longs, shortKeys, shorts;
    const LiquidationMap *map = m_model ? &m_model->map() : nullptr;
    const bool valid = map && map->grid.isValid();
    double largest = 0;
    double largestCumulative = 0;
    if (valid) {
        for (int row = 0; row < map->grid.count; ++row) {
            const auto i = std::size_t(row);
            const double price = map->grid.from(row) + map->grid.width / 2;
            prices << price;
            // Empty buckets get no bar: a zero-height bar draws nothing but still costs a polygon.
            if (map->longTotal[i] > 0) {
                longKeys << price;
                longs << map->longTotal[i];
            }
            if (map->shortTotal[i] > 0) {
                shortKeys << price;
                shorts << map->shortTotal[i];
            }
            cumulativeLong << map->cumulativeLong[i];
            cumulativeShort << map->cumulativeShort[i];
            largest = std::max({largest, map->longTotal[i], map->shortTotal[i]});
            largestCumulative =
                std::max({largestCumulative, map->cumulativeLong[i], map->cumulativeShort[i]});
        }
        m_long->setWidth(map->grid.width * 0.9);
        m_short->setWidth(map->grid.width * 0.9);
    }
    m_long->setData(longKeys, longs, true);
    m_short->setData(shortKeys, shorts, true);
    // A curve is drawn only where it is non-zero: below price for longs, above for shorts.
    QVector<double> curveLongKeys, curveLongValues, curveShortKeys, curveShortValues;
    for (int i = 0; i < prices.size(); ++i) {
        if (cumulativeLong[i] > 0) {
            curveLongKeys << prices[i];
            curveLongValues << cumulativeLong[i];
        }
        if (cumulativeShort[i] > 0) {
            curveShortKeys << prices[i];
            curveShortValues << cumulativeShort[i];
        }
    }
    m_cumulativeLong->setData(curveLongKeys, curveLongValues, true);
    m_cumulativeShort->setData(curveShortKeys, curveShortValues, true);
    m_rect->axis(QCPAxis::atBottom)->setRange(0, largest > 0 ? largest * 1.05 : 1);
    m_rect->axis(QCPAxis::atTop)->setRange(0, largestCumulative > 0 ? largestCumulative * 1.05 : 1);
    // Narrow column: two short lines. The time is the chart's last bar, shown in the status bar.
    const QString title = QCoreApplication::translate("cascade::LiquidationMapColumn", "Est. levels");
    m_title->setText(
        valid ? QStringLiteral("%1\n%2 %3")
                    .arg(title, QCoreApplication::translate("cascade::LiquidationMapColumn", "peak"),
                         NumberFormat::compactUsd(largest))
              : title + u'\n' + QCoreApplication::translate("cascade::LiquidationMapColumn", "no bars yet"));
}

} // namespace cascade

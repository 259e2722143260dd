#include "StructureColumns.h"

#include "LiquidationMapColumn.h"
#include "LiquidationMapModel.h"
#include "OptionsColumn.h"
#include "OptionsStrikeModel.h"
#include "QCustomPlotInclude.h"

namespace cascade {

namespace {
constexpr double kColumnStretch = 1.1; // each column beside the candles' 6
} // namespace

StructureColumns::StructureColumns(QCustomPlot *plot, QCPAxisRect *priceRect)
    : m_plot(plot)
{
    auto *mapRect = new QCPAxisRect(plot);
    auto *optionsRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 1, mapRect);
    plot->plotLayout()->addElement(0, 2, optionsRect);
    plot->plotLayout()->setColumnStretchFactor(0, 6);
    plot->plotLayout()->setColumnStretchFactor(1, kColumnStretch);
    plot->plotLayout()->setColumnStretchFactor(2, kColumnStretch);
    // One price axis: the columns share the candles' rows exactly and follow their price range.
    auto *rows = new QCPMarginGroup(plot);
    for (QCPAxisRect *rect : {priceRect, mapRect, optionsRect})
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, rows);
    for (QCPAxisRect *rect : {mapRect, optionsRect}) {
        rect->setAutoMargins(QCP::msTop | QCP::msBottom);
        rect->setMargins(QMargins(6, 0, 6, 0));
    }
    QCPAxis *chartTime = priceRect->axis(QCPAxis::atBottom);
    QCPAxis *chartPrice = priceRect->axis(QCPAxis::atRight);
    m_mapColumn = std::make_unique<LiquidationMapColumn>(plot, mapRect);
    m_optionsColumn = std::make_unique<OptionsColumn>(plot, optionsRect, chartTime, chartPrice);
    QObject::connect(chartPrice, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), mapRect,
                     [mapRect, optionsRect](const QCPRange &range) {
                         mapRect->axis(QCPAxis::atLeft)->setRange(range);
                         optionsRect->axis(QCPAxis::atLeft)->setRange(range);
                     });
}

StructureColumns::~StructureColumns() = default;

void StructureColumns::setModels(LiquidationMapModel *map, OptionsStrikeModel *options)
{
    m_mapColumn->setModel(map);
    m_optionsColumn->setModel(options);
    // The plot is the context: the connections end with the chart.
    if (map)
        QObject::connect(map, &QAbstractItemModel::modelReset, m_plot, [this] { reload(); });
    if (options)
        QObject::connect(options, &QAbstractItemModel::modelReset, m_plot, [this] { reload(); });
    reload();
}

void StructureColumns::reload()
{
    m_mapColumn->reload();
    m_optionsColumn->reload();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StructureColumns::setVisible(bool map, bool options)
{
    m_visible = map || options;
    const std::pair<QCPAxisRect *, bool> columns[] = {{m_mapColumn->rect(), map},
                                                      {m_optionsColumn->rect(), options}};
    int column = 1;
    for (const auto &[rect, visible] : columns) {
        rect->setVisible(visible);
        // An invisible element still takes its column's share: give the column none.
        m_plot->plotLayout()->setColumnStretchFactor(column++, visible ? kColumnStretch : 0.0001);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StructureColumns::setTheme(const ChartTheme &theme)
{
    m_mapColumn->setTheme(theme);
    m_optionsColumn->setTheme(theme);
}

} // namespace cascade

#include "HeatmapPanel.h"

#include "CandleTableModel.h"
#include "HeatmapModel.h"
#include "PlotTuning.h"
#include "QCustomPlotInclude.h"
#include "UsdAxisTicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

// Dark to hot: empty cells stay transparent, small notional is a dim violet, the largest yellow.
QCPColorGradient heatGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x2a, 0x1b, 0x4a));
    gradient.setColorStopAt(0.35, QColor(0x7b, 0x2c, 0x8f));
    gradient.setColorStopAt(0.65, QColor(0xe8, 0x5d, 0x3a));
    gradient.setColorStopAt(1.0, QColor(0xff, 0xe8, 0x6b));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}
} // namespace

HeatmapPanel::HeatmapPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 2, 6, 0);
    m_sourcePicker = new QComboBox(this);
    m_sourcePicker->addItem(tr("Realized liquidations"), int(HeatGrid::Source::Realized));
    m_sourcePicker->addItem(tr("Estimated levels (open)"), int(HeatGrid::Source::Estimated));
    m_scalePicker = new QComboBox(this);
    m_scalePicker->addItem(tr("Colour: relative to window"), int(Scale::RelativeToWindow));
    m_scalePicker->addItem(tr("Colour: absolute USD"), int(Scale::Absolute));
    m_scalePicker->addItem(tr("Colour: logarithmic"), int(Scale::Logarithmic));
    controls->addWidget(new QLabel(tr("Show"), this));
    controls->addWidget(m_sourcePicker);
    controls->addSpacing(12);
    controls->addWidget(m_scalePicker);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_plot = new QCustomPlot(this);
    PlotTuning::tunePlot(m_plot);
    layout->addWidget(m_plot, 1);
    QCPAxisRect *rect = m_plot->axisRect();
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    //: QLocale format of a time-axis label (month day, line break, time); reorder for your language
    ticker->setDateTimeFormat(tr("MMM d\nHH:mm"));
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atLeft)->setVisible(false);
    rect->axis(QCPAxis::atRight)->setVisible(true);
    rect->axis(QCPAxis::atRight)->setNumberFormat(QStringLiteral("f"));
    rect->axis(QCPAxis::atRight)->setNumberPrecision(0);

    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    m_map->setInterpolate(false);
    m_map->setGradient(heatGradient());
    m_colorScale = new QCPColorScale(m_plot);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setLabel(tr("USD"));
    m_colorScale->axis()->setTicker(QSharedPointer<UsdAxisTicker>::create());
    m_colorScale->setLabel(QString());
    m_colorScale->setBarWidth(10);
    m_plot->plotLayout()->addElement(0, 1, m_colorScale);
    m_map->setColorScale(m_colorScale);
    m_colorScale->setGradient(heatGradient()); // the scale's gradient is the one the map uses
    auto *margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_colorScale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    m_close = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    m_label = new QCPItemText(m_plot);
    m_label->setClipAxisRect(rect);
    m_label->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setCoords(0.0, 0.0);
    m_label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setPadding(QMargins(8, 4, 8, 4));

    connect(m_sourcePicker, &QComboBox::activated, this, [this](int index) {
        emit sourceRequested(HeatGrid::Source(m_sourcePicker->itemData(index).toInt()));
    });
    connect(m_scalePicker, &QComboBox::activated, this,
            [this](int index) { setScale(Scale(m_scalePicker->itemData(index).toInt())); });
    setTheme(ChartTheme::dark());
}

void HeatmapPanel::setModels(HeatmapModel *heatmap, CandleTableModel *candles)
{
    for (QAbstractItemModel *old : {static_cast<QAbstractItemModel *>(m_heatmap.data()),
                                    static_cast<QAbstractItemModel *>(m_candles.data())}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_heatmap = heatmap;
    m_candles = candles;
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(heatmap), static_cast<QAbstractItemModel *>(candles)}) {
        if (model)
            connect(model, &QAbstractItemModel::modelReset, this, &HeatmapPanel::reload);
    }
    reload();
}

void HeatmapPanel::setTheme(const ChartTheme &theme)
{
    theme.applyTo(m_plot);
    m_colorScale->axis()->setBasePen(QPen(theme.axis));
    m_colorScale->axis()->setTickLabelColor(theme.mutedText);
    m_colorScale->axis()->setLabelColor(theme.mutedText);
    m_close->setPen(QPen(theme.text, 1.0));
    m_label->setColor(theme.text);
    QColor plate = theme.background;
    plate.setAlpha(200);
    m_label->setBrush(plate);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPanel::reload()
{
    const HeatGrid empty;
    const HeatGrid &grid = m_heatmap ? m_heatmap->grid() : empty;
    if (grid.isEmpty()) {
        m_map->data()->clear();
    } else {
        const double half = double(grid.interval.ms()) / 2000.0;
        const double firstKey = toKey(grid.timeOrigin) + half;
        const double lastKey = firstKey + double(grid.columns - 1) * grid.interval.ms() / 1000.0;
        const double firstPrice = grid.prices.from(0) + grid.prices.width / 2;
        const double lastPrice = grid.prices.from(grid.prices.count - 1) + grid.prices.width / 2;
        m_map->data()->setSize(grid.columns, grid.prices.count);
        m_map->data()->setRange(QCPRange(firstKey, lastKey), QCPRange(firstPrice, lastPrice));
        for (int column = 0; column < grid.columns; ++column) {
            for (int row = 0; row < grid.prices.count; ++row) {
                const double usd = grid.totalUsd(column, row);
                m_map->data()->setCell(column, row, usd > 0 ? usd : qQNaN());
            }
        }
    }
    if (m_candles)
        m_closeLevels.setSource(m_candles->candles(), {}, m_candles->interval());
    else
        m_closeLevels.setSource({}, {}, Interval());
    m_closeFactor = 0;
    m_close->data()->clear();
    const bool estimated = grid.source == HeatGrid::Source::Estimated;
    m_sourcePicker->setCurrentIndex(estimated ? 1 : 0);
    m_label->setText(estimated ? tr("Estimated open liquidation levels (model, not observed)")
                               : tr("Realized liquidations"));
    if (m_to <= m_from && m_candles && !m_candles->candles().empty())
        setTimeRange(m_candles->candles().front().openTime,
                     m_candles->candles().back().openTime + m_candles->interval().ms());
    else
        setTimeRange(m_from, m_to);
}

void HeatmapPanel::setScale(Scale scale)
{
    m_scale = scale;
    m_scalePicker->setCurrentIndex(int(scale));
    m_colorScale->setDataScaleType(scale == Scale::Logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    // Decade ticks on the log scale would read "1e+05"; money labels read the same on both.
    m_colorScale->axis()->setTicker(QSharedPointer<UsdAxisTicker>::create());
    rescale();
}

void HeatmapPanel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    if (toMs <= fromMs)
        return;
    QCPAxisRect *rect = m_plot->axisRect();
    const QCPRange time(toKey(fromMs), toKey(toMs));
    rect->axis(QCPAxis::atBottom)->setRange(time);
    drawCloseLineFor(fromMs, toMs);
    bool found = false;
    const QCPRange prices = m_close->getValueRange(found, QCP::sdBoth, time);
    if (found) {
        const double pad = std::max(prices.size() * 0.25, prices.upper * 0.01);
        rect->axis(QCPAxis::atRight)->setRange(prices.lower - pad, prices.upper + pad);
    }
    rescale();
}

void HeatmapPanel::drawCloseLineFor(qint64 fromMs, qint64 toMs)
{
    if (m_closeLevels.isEmpty())
        return;
    // About one point per pixel on screens up to 2K wide, whatever the panel's width is now.
    constexpr std::size_t kMaxPoints = 2048;
    const qint64 factor =
        CandleLevelOfDetail::factorFor(m_closeLevels.countInRange(fromMs, toMs), kMaxPoints);
    if (factor == m_closeFactor)
        return;
    m_closeFactor = factor;
    const auto &level = m_closeLevels.level(factor);
    const double half = double(level.interval.ms()) / 2000.0;
    QVector<double> keys, closes;
    keys.reserve(qsizetype(level.candles.size()));
    closes.reserve(qsizetype(level.candles.size()));
    for (const Candle &c : level.candles) {
        keys << toKey(c.openTime) + half;
        closes << c.close;
    }
    m_close->setData(keys, closes, true);
}

void HeatmapPanel::rescale()
{
    const HeatGrid empty;
    const HeatGrid &grid = m_heatmap ? m_heatmap->grid() : empty;
    double largest = 0;
    if (!grid.isEmpty()) {
        int first = 0;
        int last = grid.columns - 1;
        if (m_scale == Scale::RelativeToWindow && m_to > m_from) {
            first = std::clamp(int((m_from - grid.timeOrigin) / grid.interval.ms()), 0, grid.columns - 1);
            last = std::clamp(int((m_to - grid.timeOrigin) / grid.interval.ms()), 0, grid.columns - 1);
        }
        for (int column = first; column <= last; ++column) {
            for (int row = 0; row < grid.prices.count; ++row)
                largest = std::max(largest, grid.totalUsd(column, row));
        }
    }
    if (largest <= 0)
        largest = 1;
    // Log scale: four decades below the largest cell, so single small events still show.
    const double lower = m_scale == Scale::Logarithmic ? largest / 1e4 : 0.0;
    m_colorScale->setDataRange(QCPRange(lower, largest));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cascade

#include "PriceChartWidget.h"

#include "CandleTableModel.h"
#include "ChartCrosshair.h"
#include "CoverageGaps.h"
#include "LiquidationBarModel.h"
#include "LiquidationBubbles.h"
#include "market/NumberFormat.h"
#include "market/TimeFormat.h"
#include "PlotTuning.h"
#include "QCustomPlotInclude.h"
#include "StructureColumns.h"
#include "UsdAxisTicker.h"
#include "ZoneBands.h"
#include "ZonesModel.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
constexpr double kPixelsPerBar = 3.0; // fewer pixels per candle than this and bars are merged
constexpr double kCandleWidthRatio = 0.72;
const QString kOverlayLayer = QStringLiteral("crosshair");
const QString kWatermarkLayer = QStringLiteral("watermark");

double toKey(qint64 ms)
{
    return double(ms) / 1000.0; // QCustomPlot's date-time axes count seconds
}
qint64 toMs(double key)
{
    return qint64(std::llround(key * 1000.0));
}

} // namespace

PriceChartWidget::PriceChartWidget(QWidget *parent, bool withStructure)
    : QWidget(parent)
{
    buildPlot();
    if (withStructure)
        m_structure = std::make_unique<StructureColumns>(m_plot, m_priceRect);
    setTheme(m_theme);
}

PriceChartWidget::~PriceChartWidget() = default;

void PriceChartWidget::setStructureModels(LiquidationMapModel *map, OptionsStrikeModel *options)
{
    if (m_structure)
        m_structure->setModels(map, options);
}

void PriceChartWidget::setZonesModel(ZonesModel *zones)
{
    if (!m_zoneBands) {
        m_zoneBands = std::make_unique<ZoneBands>(m_plot, m_priceRect->axis(QCPAxis::atBottom),
                                                  m_priceRect->axis(QCPAxis::atRight));
        m_zoneBands->setTheme(m_theme);
    }
    m_zoneBands->setModel(zones);
    if (zones) {
        connect(zones, &QAbstractItemModel::modelReset, this, [this] {
            m_zoneBands->reload();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        });
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChartWidget::setZonesVisible(bool visible)
{
    if (m_zoneBands)
        m_zoneBands->setVisible(visible);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChartWidget::setCoverageGaps(const std::vector<TimeRange> &gaps)
{
    m_gaps->setGaps(gaps);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int PriceChartWidget::coverageGapCount() const
{
    return m_gaps->count();
}

void PriceChartWidget::showPriceBand(double low, double high)
{
    const double pad = std::max((high - low) * 2.0, high * 0.01);
    m_priceRect->axis(QCPAxis::atRight)->setRange(low - pad, high + pad);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChartWidget::setStructureVisible(bool visible)
{
    setStructureColumnsVisible(visible, visible);
}

void PriceChartWidget::setStructureColumnsVisible(bool map, bool options)
{
    if (m_structure)
        m_structure->setVisible(map, options);
}

bool PriceChartWidget::isStructureVisible() const
{
    return m_structure && m_structure->isVisible();
}

LiquidationMapColumn *PriceChartWidget::mapColumn() const
{
    return m_structure ? m_structure->mapColumn() : nullptr;
}

OptionsColumn *PriceChartWidget::optionsColumn() const
{
    return m_structure ? m_structure->optionsColumn() : nullptr;
}

void PriceChartWidget::buildPlot()
{
    m_plot = new QCustomPlot(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    PlotTuning::tunePlot(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    m_priceRect = m_plot->axisRect();
    m_volumeRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_volumeRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 4);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    m_plot->plotLayout()->setRowSpacing(0);
    auto *margins = new QCPMarginGroup(m_plot);
    m_priceRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_volumeRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_priceRect->setMargins(QMargins(0, 6, 0, 0));
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);

    QCPAxis *priceTime = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis *priceValue = m_priceRect->axis(QCPAxis::atRight);
    QCPAxis *volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    QCPAxis *volumeValue = m_volumeRect->axis(QCPAxis::atRight);
    m_priceRect->axis(QCPAxis::atLeft)->setVisible(false);
    m_volumeRect->axis(QCPAxis::atLeft)->setVisible(false);
    priceValue->setVisible(true);
    volumeValue->setVisible(true);
    priceTime->setTickLabels(false);
    priceValue->setNumberFormat(QStringLiteral("f"));
    priceValue->setNumberPrecision(0);
    priceValue->setPadding(6);
    volumeValue->setTicker(QSharedPointer<UsdAxisTicker>::create(false, false)); // base units: "25K"
    volumeValue->ticker()->setTickCount(2);
    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setDateTimeSpec(Qt::UTC);
    timeTicker->setTickCount(8);
    volumeTime->setTicker(timeTicker);
    priceTime->setTicker(timeTicker);
    for (QCPAxisRect *rect : {m_priceRect, m_volumeRect}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
    m_priceRect->setRangeDragAxes(priceTime, priceValue);
    m_priceRect->setRangeZoomAxes(priceTime, priceValue);
    m_volumeRect->setRangeDragAxes(volumeTime, volumeValue);
    m_volumeRect->setRangeZoomAxes(volumeTime, volumeValue);

    m_plot->addLayer(kWatermarkLayer, m_plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    m_plot->addLayer(kOverlayLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // The crosshair moves with the mouse: a buffered layer of its own is replotted alone.
    m_plot->layer(kOverlayLayer)->setMode(QCPLayer::lmBuffered);

    m_candlePlot = new QCPFinancial(priceTime, priceValue);
    m_candlePlot->setChartStyle(QCPFinancial::csCandlestick);
    m_candlePlot->setTwoColored(true);
    m_candlePlot->setWidthType(QCPFinancial::wtPlotCoords);
    PlotTuning::tuneCandles(m_candlePlot);
    m_volumeUp = new QCPBars(volumeTime, volumeValue);
    m_volumeDown = new QCPBars(volumeTime, volumeValue);
    for (QCPBars *bars : {m_volumeUp, m_volumeDown}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setPen(Qt::NoPen);
        PlotTuning::tuneBars(bars);
    }
    m_bubbles = new LiquidationBubbles(priceTime, priceValue);

    m_watermark = new QCPItemText(m_plot);
    m_watermark->setLayer(kWatermarkLayer);
    m_watermark->setClipAxisRect(m_priceRect);
    m_watermark->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_watermark->position->setAxisRect(m_priceRect);
    m_watermark->position->setCoords(0.5, 0.5);
    m_watermark->setPositionAlignment(Qt::AlignCenter);
    m_watermark->setTextAlignment(Qt::AlignCenter);
    QFont watermarkFont = font();
    watermarkFont.setPointSizeF(30);
    watermarkFont.setBold(true);
    m_watermark->setFont(watermarkFont);

    m_legendLong = makeLegendEntry(tr("●  longs liquidated"), 0.0);
    m_legendShort = makeLegendEntry(tr("●  shorts liquidated"), 1.0);

    m_crosshair = std::make_unique<ChartCrosshair>(m_plot, m_priceRect, m_volumeRect, kOverlayLayer);
    m_gaps = std::make_unique<CoverageGaps>(m_plot, priceTime, priceValue);

    connect(priceTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &PriceChartWidget::onTimeRangeChanged);
    connect(volumeTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &PriceChartWidget::onTimeRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { updateCrosshair(event->position()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
}

QCPItemText *PriceChartWidget::makeLegendEntry(const QString &text, double row)
{
    auto *entry = new QCPItemText(m_plot);
    entry->setLayer(kWatermarkLayer);
    entry->setClipAxisRect(m_priceRect);
    entry->position->setType(QCPItemPosition::ptAxisRectRatio);
    entry->position->setAxisRect(m_priceRect);
    entry->position->setCoords(1.0, 0.0);
    entry->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    entry->setTextAlignment(Qt::AlignLeft);
    entry->setPadding(QMargins(8, 6 + int(row) * 18, 10, 0));
    entry->setText(text);
    return entry;
}

void PriceChartWidget::setModels(CandleTableModel *candles, LiquidationBarModel *liquidations)
{
    for (QAbstractItemModel *old : {static_cast<QAbstractItemModel *>(m_candles.data()),
                                    static_cast<QAbstractItemModel *>(m_liquidations.data())}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_candles = candles;
    m_liquidations = liquidations;
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(candles), static_cast<QAbstractItemModel *>(liquidations)}) {
        if (model)
            connect(model, &QAbstractItemModel::modelReset, this, &PriceChartWidget::reloadFromModels);
    }
    reloadFromModels();
}

void PriceChartWidget::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    theme.applyTo(m_plot);
    m_candlePlot->setBrushPositive(theme.up);
    m_candlePlot->setBrushNegative(theme.down);
    m_candlePlot->setPenPositive(QPen(theme.up));
    m_candlePlot->setPenNegative(QPen(theme.down));
    QColor upVolume = theme.up;
    upVolume.setAlpha(140);
    QColor downVolume = theme.down;
    downVolume.setAlpha(140);
    m_volumeUp->setBrush(upVolume);
    m_volumeDown->setBrush(downVolume);
    m_bubbles->setColors(theme.longLiquidated, theme.shortLiquidated);
    m_watermark->setColor(theme.watermark);
    m_legendLong->setColor(theme.longLiquidated);
    m_legendShort->setColor(theme.shortLiquidated);
    m_crosshair->setTheme(theme);
    m_gaps->setTheme(theme);
    if (m_zoneBands)
        m_zoneBands->setTheme(theme);
    if (m_structure)
        m_structure->setTheme(theme);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChartWidget::setWatermark(const QString &text, const QString &badge)
{
    m_watermark->setText(badge.isEmpty() ? text : text + u'\n' + badge);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PriceChartWidget::reloadFromModels()
{
    static const std::vector<BarLiquidations> none;
    const auto &bars = m_liquidations ? m_liquidations->bars() : none;
    if (m_candles)
        m_lod.setSource(m_candles->candles(), bars, m_candles->interval());
    else
        m_lod.setSource({}, {}, Interval());
    m_drawnFactor = 0;
    hideCrosshair();
    if (m_keepRangeOnReload && m_candles && !m_candles->candles().empty())
        setVisibleRange(visibleFrom(), visibleTo());
    else
        resetView();
}

void PriceChartWidget::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(toKey(fromMs), toKey(toMs));
    // setRange emits nothing when the range is unchanged; data may still be new.
    onTimeRangeChanged(m_priceRect->axis(QCPAxis::atBottom)->range());
}

qint64 PriceChartWidget::visibleFrom() const
{
    return toMs(m_priceRect->axis(QCPAxis::atBottom)->range().lower);
}

qint64 PriceChartWidget::visibleTo() const
{
    return toMs(m_priceRect->axis(QCPAxis::atBottom)->range().upper);
}

void PriceChartWidget::resetView()
{
    if (!m_candles || m_candles->candles().empty()) {
        m_candlePlot->data()->clear();
        m_volumeUp->data()->clear();
        m_volumeDown->data()->clear();
        m_bubbles->setBars({}, 1);
        m_drawnFactor = 0;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto &candles = m_candles->candles();
    const qint64 from = candles.front().openTime;
    const qint64 to = candles.back().openTime + m_candles->interval().ms();
    // A little room on the right, as charting tools leave, so the last bar is not on the edge.
    setVisibleRange(from, to + (to - from) / 40);
}

void PriceChartWidget::zoomBy(double factor)
{
    QCPAxis *time = m_priceRect->axis(QCPAxis::atBottom);
    time->scaleRange(factor, time->range().center());
}

void PriceChartWidget::panBars(int bars)
{
    const double step = double(m_drawnInterval.ms()) / 1000.0 * bars;
    m_priceRect->axis(QCPAxis::atBottom)->moveRange(step);
}

void PriceChartWidget::onTimeRangeChanged(const QCPRange &range)
{
    if (m_adjustingRange)
        return;
    m_adjustingRange = true;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(range);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(range);
    applyLevelOfDetail();
    fitValueAxis();
    updateTimeTickerFormat();
    m_adjustingRange = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit timeRangeChanged(visibleFrom(), visibleTo());
}

void PriceChartWidget::applyLevelOfDetail()
{
    if (m_lod.isEmpty())
        return;
    // Before the first replot the axis rect has no geometry yet: estimate it from the widget.
    const int widthPx = std::max({m_priceRect->width(), m_plot->width() - 90, 200});
    const std::size_t maxBars = std::size_t(widthPx / kPixelsPerBar);
    const std::size_t visible = m_lod.countInRange(visibleFrom(), visibleTo());
    const qint64 factor = CandleLevelOfDetail::factorFor(visible, maxBars);
    if (factor == m_drawnFactor)
        return;
    m_drawnFactor = factor;
    const auto &level = m_lod.level(factor);
    m_drawnInterval = level.interval;
    const double width = double(level.interval.ms()) / 1000.0;
    const double half = width / 2.0;

    QVector<QCPFinancialData> candles;
    QVector<double> upKeys, upValues, downKeys, downValues;
    candles.reserve(qsizetype(level.candles.size()));
    for (const Candle &c : level.candles) {
        const double key = toKey(c.openTime) + half;
        candles.append(QCPFinancialData(key, c.open, c.high, c.low, c.close));
        (c.close >= c.open ? upKeys : downKeys).append(key);
        (c.close >= c.open ? upValues : downValues).append(c.volume);
    }
    m_candlePlot->data()->set(candles, true);
    m_candlePlot->setWidth(width * kCandleWidthRatio);
    m_volumeUp->setData(upKeys, upValues, true);
    m_volumeDown->setData(downKeys, downValues, true);
    m_volumeUp->setWidth(width * kCandleWidthRatio);
    m_volumeDown->setWidth(width * kCandleWidthRatio);

    std::vector<LiquidationBubbles::Bar> bubbles;
    bubbles.reserve(level.liquidations.size());
    double largest = 0;
    std::size_t candleIndex = 0;
    for (const BarLiquidations &bar : level.liquidations) {
        while (candleIndex < level.candles.size() && level.candles[candleIndex].openTime < bar.openTime)
            ++candleIndex;
        if (candleIndex == level.candles.size() || level.candles[candleIndex].openTime != bar.openTime)
            continue; // liquidations in a bar without a candle have no wick to sit on
        const Candle &c = level.candles[candleIndex];
        bubbles.push_back({toKey(bar.openTime) + half, c.low, c.high, bar.longUsd, bar.shortUsd});
        largest = std::max({largest, bar.longUsd, bar.shortUsd});
    }
    m_bubbles->setBars(std::move(bubbles), largest);
}

void PriceChartWidget::fitValueAxis()
{
    if (m_lod.isEmpty() || m_drawnFactor == 0)
        return;
    const auto &level = m_lod.level(m_drawnFactor);
    const qint64 from = visibleFrom() - level.interval.ms();
    const qint64 to = visibleTo();
    auto first = std::lower_bound(level.candles.begin(), level.candles.end(), from,
                                  [](const Candle &c, qint64 t) { return c.openTime < t; });
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    double maxVolume = 0;
    for (auto it = first; it != level.candles.end() && it->openTime < to; ++it) {
        low = std::min(low, it->low);
        high = std::max(high, it->high);
        maxVolume = std::max(maxVolume, it->volume);
    }
    if (low > high)
        return;
    // Room above and below for the liquidation circles and the readout.
    const double pad = std::max((high - low) * 0.08, high * 0.0005);
    m_priceRect->axis(QCPAxis::atRight)->setRange(low - pad, high + pad * 1.6);
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0, maxVolume > 0 ? maxVolume * 1.1 : 1);
}

void PriceChartWidget::updateTimeTickerFormat()
{
    auto ticker =
        qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_volumeRect->axis(QCPAxis::atBottom)->ticker());
    if (!ticker)
        return;
    const double span = m_volumeRect->axis(QCPAxis::atBottom)->range().size();
    //: QLocale format of a time-axis label over a short span (time, line break, month day)
    const QString shortSpan = tr("HH:mm\nMMM d");
    //: QLocale format of a time-axis label over a long span (month day, line break, year)
    const QString longSpan = tr("MMM d\nyyyy");
    ticker->setDateTimeFormat(span <= 2.5 * 86400 ? shortSpan : longSpan);
}

int PriceChartWidget::drawnBarCount() const
{
    return m_candlePlot->data()->size();
}

bool PriceChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideCrosshair();
    if (watched == m_plot && event->type() == QEvent::Resize) {
        // More or fewer pixels: the level of detail that fits changes too.
        m_drawnFactor = 0;
        onTimeRangeChanged(m_priceRect->axis(QCPAxis::atBottom)->range());
    }
    return QWidget::eventFilter(watched, event);
}

void PriceChartWidget::showCrosshairAt(qint64 timeMs, double price)
{
    const double x = m_priceRect->axis(QCPAxis::atBottom)->coordToPixel(toKey(timeMs));
    const double y = m_priceRect->axis(QCPAxis::atRight)->coordToPixel(price);
    updateCrosshair(QPointF(x, y));
}

void PriceChartWidget::updateCrosshair(const QPointF &pixel)
{
    const auto *level = m_drawnFactor > 0 ? &m_lod.level(m_drawnFactor) : nullptr;
    if (m_crosshair->moveTo(pixel, level))
        emit crosshairMoved(m_crosshair->time(), m_crosshair->price());
}

QString PriceChartWidget::readoutText() const
{
    return m_crosshair->readoutText();
}

void PriceChartWidget::hideCrosshair()
{
    m_crosshair->hide();
    emit crosshairHidden();
}

} // namespace cascade

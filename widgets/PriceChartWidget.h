#pragma once

#include "CandleLevelOfDetail.h"
#include "ChartTheme.h"
#include "market/TimeRange.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPFinancial;
class QCPBars;
class QCPItemText;
class QCPItemStraightLine;
class QCPRange;

namespace cascade {

class CandleTableModel;
class ChartCrosshair;
class CoverageGaps;
class LiquidationBarModel;
class LiquidationBubbles;
class LiquidationMapColumn;
class LiquidationMapModel;
class OptionsColumn;
class OptionsStrikeModel;
class StructureColumns;
class ZoneBands;
class ZonesModel;

// The central price view: candles, a volume sub-panel and realized liquidation markers, with
// wheel zoom, drag pan, double-click reset and a crosshair whose readout names the bar under it.
class PriceChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PriceChartWidget(QWidget *parent = nullptr, bool withStructure = false);
    ~PriceChartWidget() override;

    void setModels(CandleTableModel *candles, LiquidationBarModel *liquidations);
    // The estimated liquidation map and options columns on the candles' price axis.
    void setStructureModels(LiquidationMapModel *map, OptionsStrikeModel *options);
    void setStructureVisible(bool visible);
    void setStructureColumnsVisible(bool map, bool options);
    // Support and resistance zones as bands across the candles.
    void setZonesModel(ZonesModel *zones);
    void setZonesVisible(bool visible);
    ZoneBands *zoneBands() const { return m_zoneBands.get(); }
    // Time the data does not cover, hatched and labelled "no data".
    void setCoverageGaps(const std::vector<TimeRange> &gaps);
    int coverageGapCount() const;
    // Shows a price band (e.g. a zone picked in the table) until the time range next changes.
    void showPriceBand(double low, double high);
    bool isStructureVisible() const;
    LiquidationMapColumn *mapColumn() const;
    OptionsColumn *optionsColumn() const;
    void setTheme(const ChartTheme &theme);
    // Large faded text behind the candles, e.g. "BTCUSDT · 15m"; `badge` adds a line such as "SIMULATED".
    void setWatermark(const QString &text, const QString &badge = {});

    // Visible time range in UTC ms.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    qint64 visibleFrom() const;
    qint64 visibleTo() const;
    void resetView();
    // While on, new model data keeps the visible time range instead of fitting it (replay: the
    // session's axis stays put and bars appear at its right as the replay clock moves).
    void setKeepRangeOnReload(bool keep) { m_keepRangeOnReload = keep; }
    void zoomBy(double factor); // > 1 zooms out, < 1 zooms in, around the centre
    void panBars(int bars);     // positive moves later in time

    QCustomPlot *plot() const { return m_plot; }
    // Bars currently handed to QCustomPlot (after level-of-detail reduction).
    int drawnBarCount() const;
    Interval drawnInterval() const { return m_drawnInterval; }
    QString readoutText() const;
    // Moves the crosshair to a time and price (what a mouse move does), for tests and replay.
    void showCrosshairAt(qint64 timeMs, double price);

signals:
    void crosshairMoved(qint64 timeMs, double price);
    void crosshairHidden();
    // The visible time range changed (zoom, pan, reset): other time panels follow it.
    void timeRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPlot();
    void reloadFromModels();
    void onTimeRangeChanged(const QCPRange &range);
    void applyLevelOfDetail();
    void fitValueAxis();
    void updateTimeTickerFormat();
    void updateCrosshair(const QPointF &pixel);
    void hideCrosshair();
    QCPItemText *makeLegendEntry(const QString &text, double row);

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_priceRect = nullptr;
    QCPAxisRect *m_volumeRect = nullptr;
    QCPFinancial *m_candlePlot = nullptr;
    QCPBars *m_volumeUp = nullptr;
    QCPBars *m_volumeDown = nullptr;
    LiquidationBubbles *m_bubbles = nullptr;
    QCPItemText *m_watermark = nullptr;
    QCPItemText *m_legendLong = nullptr;
    QCPItemText *m_legendShort = nullptr;
    std::unique_ptr<ChartCrosshair> m_crosshair;
    std::unique_ptr<CoverageGaps> m_gaps;

    std::unique_ptr<StructureColumns> m_structure;
    std::unique_ptr<ZoneBands> m_zoneBands;
    bool m_keepRangeOnReload = false;
    QPointer<CandleTableModel> m_candles;
    QPointer<LiquidationBarModel> m_liquidations;
    CandleLevelOfDetail m_lod;
    qint64 m_drawnFactor = 0;
    Interval m_drawnInterval;
    ChartTheme m_theme = ChartTheme::dark();
    bool m_adjustingRange = false;
};

} // namespace cascade

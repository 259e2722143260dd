#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/WindowSummary.h"
#include "AnalysisService.h"
#include "CandleTableModel.h"
#include "HeatmapModel.h"
#include "ImbalanceModel.h"
#include "LiquidationBarModel.h"
#include "LiquidationMapModel.h"
#include "market/MarketData.h"
#include "OptionsStrikeModel.h"
#include "replay/ReplayEngine.h"
#include "ZonesModel.h"

#include <QObject>

#include <memory>

namespace cascade {

// The market data of the session on screen, at the interval the user picked. Holds the base
// resolution once and re-derives the interval views from it (aggregated on the fly), so charts
// and tables only ever adapt models.
class SessionModel : public QObject
{
    Q_OBJECT

public:
    explicit SessionModel(QObject *parent = nullptr);

    void setMarketData(MarketData data);
    const MarketData &marketData() const { return *m_data; }
    bool hasData() const { return !m_data->candles.empty(); }

    // Intervals shorter than the base resolution are raised to it.
    void setInterval(Interval interval);
    Interval interval() const { return m_interval; }

    CandleTableModel *candles() { return &m_candles; }
    LiquidationBarModel *liquidationBars() { return &m_liquidationBars; }
    LiquidationMapModel *liquidationMap() { return &m_liquidationMap; }
    ImbalanceModel *imbalance() { return &m_imbalance; }
    HeatmapModel *heatmap() { return &m_heatmap; }
    ZonesModel *zones() { return &m_zones; }
    OptionsStrikeModel *optionStrikes() { return &m_optionStrikes; }
    const CandleTableModel *candles() const { return &m_candles; }
    const LiquidationBarModel *liquidationBars() const { return &m_liquidationBars; }

    // The models' parameters; a change recomputes the structure off the GUI thread.
    void setAnalysisParams(const AnalysisParams &params);
    const AnalysisParams &analysisParams() const { return m_params; }
    // Realized liquidations or estimated open levels in the heatmap.
    void setHeatmapSource(HeatGrid::Source source);
    HeatGrid::Source heatmapSource() const { return m_heatmapSource; }
    // Blocks until the structure of the latest request is in the models (headless rendering).
    void waitForAnalysis();

    // Replay: while it runs, every model shows only what was known at the replay time; the rule
    // lives in one place (KnowledgeCut, applied by the ReplayEngine), not in the panels.
    void startReplay(qint64 t);
    void stopReplay();
    bool isReplaying() const { return m_replay != nullptr; }
    void setReplayTime(qint64 t);
    qint64 replayTime() const { return m_replay ? m_replay->time() : 0; }
    const ReplayEngine *replayEngine() const { return m_replay.get(); }

    // Headline figures of the bars opening in [from, to) at the current interval.
    WindowSummary summary(qint64 from, qint64 to) const;

    // "simulated · BTCUSDT" style description for titles and watermarks.
    QString title() const;
    // Parts of the session's span the store does not cover (coverage gaps), in time order.
    std::vector<TimeRange> gaps() const;
    // Time range of the whole session's candles (empty when none).
    TimeRange span() const;

signals:
    void marketDataChanged();
    void intervalChanged(cascade::Interval interval);
    void structureChanged();
    void heatmapChanged();
    void analysisParamsChanged(const cascade::AnalysisParams &params);
    void replayStateChanged(bool replaying);
    void replayTimeChanged(qint64 t);

private:
    void rebuild();
    void requestStructure();
    void requestHeatmap();
    void applyStructure(quint64 requestId, const MarketStructure &structure);
    void restartReplay();
    void applyReplayFrame();

    std::shared_ptr<const MarketData> m_data = std::make_shared<const MarketData>();
    Interval m_interval = Interval::minutes(15);
    CandleTableModel m_candles;
    LiquidationBarModel m_liquidationBars;
    LiquidationMapModel m_liquidationMap;
    ImbalanceModel m_imbalance;
    HeatmapModel m_heatmap;
    ZonesModel m_zones;
    HeatGrid::Source m_heatmapSource = HeatGrid::Source::Realized;
    OptionsStrikeModel m_optionStrikes;
    AnalysisParams m_params;
    AnalysisService m_analysis;
    std::unique_ptr<ReplayEngine> m_replay;
};

} // namespace cascade

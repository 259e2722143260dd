#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/HeatGrid.h"
#include "analysis/MarketStructure.h"
#include "market/MarketData.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace cascade {

// Runs analyses off the GUI thread. Each request gets an id; only the result of the latest
// request is delivered (on the thread that owns the service), so a burst of parameter or cursor
// changes never paints a stale answer.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisService(QObject *parent = nullptr);
    ~AnalysisService() override;

    quint64 computeStructure(std::shared_ptr<const MarketData> data, AnalysisParams params, qint64 at);
    // With `knownAt`, the grid is built from the data known at that time only (replay).
    quint64 computeHeatmap(std::shared_ptr<const MarketData> data, std::vector<Candle> candles,
                           Interval interval, AnalysisParams params, HeatGrid::Source source,
                           std::optional<qint64> knownAt = {});
    quint64 latestRequest() const { return m_latest; }
    quint64 latestHeatmapRequest() const { return m_latestHeatmap; }
    // Blocks until queued work is done (tests, shutdown); results still arrive as queued signals.
    void waitForIdle();

signals:
    void structureReady(quint64 requestId, const cascade::MarketStructure &structure);
    void heatmapReady(quint64 requestId, const cascade::HeatGrid &grid);

private:
    QThreadPool m_pool;
    // Read by workers to skip superseded requests; structure and heatmap requests supersede
    // only their own kind. Ids come from one counter so they never collide.
    std::atomic<quint64> m_nextId = 0;
    std::atomic<quint64> m_latest = 0;
    std::atomic<quint64> m_latestHeatmap = 0;
};

} // namespace cascade

Q_DECLARE_METATYPE(cascade::MarketStructure)
Q_DECLARE_METATYPE(cascade::HeatGrid)

#include "AnalysisService.h"

#include "market/PoolTask.h"
#include "market/QueuedCall.h"
#include "replay/KnowledgeCut.h"

namespace cascade {

AnalysisService::AnalysisService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cascade::MarketStructure>();
    qRegisterMetaType<cascade::HeatGrid>();
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("cascade-analysis"));
}

AnalysisService::~AnalysisService()
{
    // Work in flight posts back to this object: it must finish before the object goes.
    m_pool.clear();
    m_pool.waitForDone();
}

void AnalysisService::waitForIdle()
{
    m_pool.waitForDone();
}

quint64 AnalysisService::computeStructure(std::shared_ptr<const MarketData> data, AnalysisParams params,
                                          qint64 at)
{
    const quint64 id = ++m_nextId;
    m_latest = id;
    startInPool(m_pool, [this, id, data = std::move(data), params = std::move(params), at]() {
        if (id != m_latest)
            return;
        MarketStructure structure = MarketStructure::compute(*data, params, at);
        postQueuedCall(this, [this, id, structure = std::move(structure)]() {
            if (id == m_latest)
                emit structureReady(id, structure);
        });
    });
    return id;
}

quint64 AnalysisService::computeHeatmap(std::shared_ptr<const MarketData> data, std::vector<Candle> candles,
                                        Interval interval, AnalysisParams params, HeatGrid::Source source,
                                        std::optional<qint64> knownAt)
{
    const quint64 id = ++m_nextId;
    m_latestHeatmap = id;
    startInPool(m_pool, [this, id, data = std::move(data), candles = std::move(candles), interval,
                         params = std::move(params), source, knownAt]() {
        if (id != m_latestHeatmap)
            return;
        HeatGrid grid =
            knownAt ? HeatGrid::build(source, KnowledgeCut::apply(*data, *knownAt), candles, interval, params)
                    : HeatGrid::build(source, *data, candles, interval, params);
        postQueuedCall(this, [this, id, grid = std::move(grid)]() {
            if (id == m_latestHeatmap)
                emit heatmapReady(id, grid);
        });
    });
    return id;
}

} // namespace cascade

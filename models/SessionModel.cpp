#include "SessionModel.h"

#include "analysis/CandleAggregator.h"
#include "analysis/LiquidationBars.h"
#include "analysis/LongShortImbalance.h"

#include <QCoreApplication>

#include <algorithm>

namespace cascade {

SessionModel::SessionModel(QObject *parent)
    : QObject(parent)
{
    connect(&m_analysis, &AnalysisService::structureReady, this, &SessionModel::applyStructure);
    connect(&m_analysis, &AnalysisService::heatmapReady, this, [this](quint64 id, const HeatGrid &grid) {
        if (id != m_analysis.latestHeatmapRequest())
            return;
        m_heatmap.setGrid(grid);
        emit heatmapChanged();
    });
}

void SessionModel::setMarketData(MarketData data)
{
    m_data = std::make_shared<const MarketData>(std::move(data));
    rebuild();
    emit marketDataChanged();
}

void SessionModel::setInterval(Interval interval)
{
    interval = std::max(interval, m_data->baseInterval);
    if (interval == m_interval)
        return;
    m_interval = interval;
    rebuild();
    emit intervalChanged(m_interval);
}

QString SessionModel::title() const
{
    if (m_data->symbol.isEmpty())
        return tr("No data");
    const QString exchange = m_data->simulated ? tr("Simulated") : m_data->exchange;
    return QStringLiteral("%1 · %2 · %3").arg(exchange, m_data->symbol, m_interval.name());
}

std::vector<TimeRange> SessionModel::gaps() const
{
    // A session without recorded coverage (e.g. built in memory) claims none and shows none.
    if (m_data->candleCoverage.isEmpty())
        return {};
    if (m_replay)
        return m_data->candleCoverage.gaps(span().intersected({span().from, m_replay->time()}));
    return m_data->candleCoverage.gaps(span());
}

TimeRange SessionModel::span() const
{
    if (m_data->candles.empty())
        return {};
    return {m_data->candles.front().openTime, m_data->candles.back().openTime + m_data->baseInterval.ms()};
}

void SessionModel::rebuild()
{
    m_interval = std::max(m_interval, m_data->baseInterval);
    if (m_replay) {
        restartReplay();
        return;
    }
    auto bars = m_interval == m_data->baseInterval ? m_data->candles
                                                   : CandleAggregator::aggregate(m_data->candles, m_interval);
    m_candles.setCandles(std::move(bars), m_interval);
    m_liquidationBars.setBars(LiquidationBars::perBar(m_data->liquidations, m_interval));
    m_imbalance.setRows(LongShortImbalance::perBar(*m_data, m_interval, span()));
    requestStructure();
    requestHeatmap();
}

WindowSummary SessionModel::summary(qint64 from, qint64 to) const
{
    return WindowSummary::compute(m_candles.candles(), m_liquidationBars.bars(), m_optionStrikes.report(),
                                  from, to);
}

void SessionModel::setHeatmapSource(HeatGrid::Source source)
{
    if (source == m_heatmapSource)
        return;
    m_heatmapSource = source;
    requestHeatmap();
}

void SessionModel::requestHeatmap()
{
    std::optional<qint64> knownAt;
    if (m_replay)
        knownAt = m_replay->time();
    m_analysis.computeHeatmap(m_data, m_candles.candles(), m_interval, m_params, m_heatmapSource, knownAt);
}

void SessionModel::setAnalysisParams(const AnalysisParams &params)
{
    if (params == m_params)
        return;
    m_params = params;
    if (m_replay) {
        restartReplay();
    } else {
        requestStructure();
        requestHeatmap();
    }
    emit analysisParamsChanged(m_params);
}

void SessionModel::requestStructure()
{
    const TimeRange whole = span();
    if (whole.isEmpty()) {
        applyStructure(m_analysis.latestRequest(), MarketStructure{});
        return;
    }
    m_analysis.computeStructure(m_data, m_params, whole.to);
}

void SessionModel::applyStructure(quint64 requestId, const MarketStructure &structure)
{
    // While replaying, the structure comes from the replay frame, never from a whole-session run.
    if (requestId != m_analysis.latestRequest() || m_replay)
        return;
    m_liquidationMap.setMap(structure.map);
    m_optionStrikes.setReport(structure.options);
    m_zones.setReport(structure.zones);
    emit structureChanged();
}

void SessionModel::startReplay(qint64 t)
{
    const bool started = !m_replay;
    m_replay = std::make_unique<ReplayEngine>(m_data, m_interval, m_params);
    m_replay->seek(t);
    applyReplayFrame();
    if (started)
        emit replayStateChanged(true);
}

void SessionModel::stopReplay()
{
    if (!m_replay)
        return;
    m_replay.reset();
    rebuild();
    emit replayStateChanged(false);
}

void SessionModel::setReplayTime(qint64 t)
{
    if (!m_replay || t == m_replay->time())
        return;
    m_replay->seek(t);
    applyReplayFrame();
}

void SessionModel::restartReplay()
{
    const qint64 t = m_replay->time();
    m_replay = std::make_unique<ReplayEngine>(m_data, m_interval, m_params);
    m_replay->seek(t);
    applyReplayFrame();
}

void SessionModel::applyReplayFrame()
{
    ReplayFrame frame = m_replay->frame();
    m_candles.setCandles(std::move(frame.candles), m_interval);
    m_liquidationBars.setBars(std::move(frame.liquidationBars));
    m_imbalance.setRows(std::move(frame.imbalance));
    m_liquidationMap.setMap(frame.structure.map);
    m_optionStrikes.setReport(frame.structure.options);
    m_zones.setReport(frame.structure.zones);
    requestHeatmap();
    emit structureChanged();
    emit replayTimeChanged(frame.time);
}

void SessionModel::waitForAnalysis()
{
    m_analysis.waitForIdle();
    QCoreApplication::sendPostedEvents(&m_analysis);
}

} // namespace cascade

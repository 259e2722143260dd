#include "SessionModel.h"

#include "analysis/CandleAggregator.h"
#include "analysis/LiquidationBars.h"
#include "analysis/LongShortImbalance.h"

#include <QCoreApplication>

#include <algorithm>

namespace cascade {

SessionModel::SessionModel(QObject *parent) : QObject(parent)
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
    return WindowSummary::compute(m_candles.candles(), m_liquidationBars.bars(), m_optionStrikes.report(), from, to);
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
    m_analysis.computeHeatmap(m_data, m_candles.candles(), m_interval, m_params, m_heatmapSource);
}

void SessionModel::setAnalysisParams(const AnalysisParams &params)
{
    if (params == m_params)
        return;
    m_params = params;
    requestStructure();
    requestHeatmap();
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
    if (requestId != m_analysis.latestRequest())
        return;
    m_liquidationMap.setMap(structure.map);
    m_optionStrikes.setReport(structure.options);
    m_zones.setReport(structure.zones);
    emit structureChanged();
}

void SessionModel::waitForAnalysis()
{
    m_analysis.waitForIdle();
    QCoreApplication::sendPostedEvents(&m_analysis);
}

} // namespace cascade

#include "SessionModel.h"

#include "analysis/CandleAggregator.h"
#include "analysis/LiquidationBars.h"

#include <algorithm>

namespace cascade {

SessionModel::SessionModel(QObject *parent) : QObject(parent) {}

void SessionModel::setMarketData(MarketData data)
{
    m_data = std::move(data);
    rebuild();
    emit marketDataChanged();
}

void SessionModel::setInterval(Interval interval)
{
    interval = std::max(interval, m_data.baseInterval);
    if (interval == m_interval)
        return;
    m_interval = interval;
    rebuild();
    emit intervalChanged(m_interval);
}

QString SessionModel::title() const
{
    if (m_data.symbol.isEmpty())
        return tr("No data");
    const QString exchange = m_data.simulated ? tr("Simulated") : m_data.exchange;
    return QStringLiteral("%1 · %2 · %3").arg(exchange, m_data.symbol, m_interval.name());
}

TimeRange SessionModel::span() const
{
    if (m_data.candles.empty())
        return {};
    return {m_data.candles.front().openTime, m_data.candles.back().openTime + m_data.baseInterval.ms()};
}

void SessionModel::rebuild()
{
    m_interval = std::max(m_interval, m_data.baseInterval);
    auto bars = m_interval == m_data.baseInterval ? m_data.candles
                                                  : CandleAggregator::aggregate(m_data.candles, m_interval);
    m_candles.setCandles(std::move(bars), m_interval);
    m_liquidationBars.setBars(LiquidationBars::perBar(m_data.liquidations, m_interval));
}

} // namespace cascade

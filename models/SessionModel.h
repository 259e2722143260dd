#pragma once

#include "CandleTableModel.h"
#include "LiquidationBarModel.h"
#include "market/MarketData.h"

#include <QObject>

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
    const MarketData &marketData() const { return m_data; }
    bool hasData() const { return !m_data.candles.empty(); }

    // Intervals shorter than the base resolution are raised to it.
    void setInterval(Interval interval);
    Interval interval() const { return m_interval; }

    CandleTableModel *candles() { return &m_candles; }
    LiquidationBarModel *liquidationBars() { return &m_liquidationBars; }
    const CandleTableModel *candles() const { return &m_candles; }
    const LiquidationBarModel *liquidationBars() const { return &m_liquidationBars; }

    // "simulated · BTCUSDT" style description for titles and watermarks.
    QString title() const;
    // Time range of the whole session's candles (empty when none).
    TimeRange span() const;

signals:
    void marketDataChanged();
    void intervalChanged(cascade::Interval interval);

private:
    void rebuild();

    MarketData m_data;
    Interval m_interval = Interval::minutes(15);
    CandleTableModel m_candles;
    LiquidationBarModel m_liquidationBars;
};

} // namespace cascade

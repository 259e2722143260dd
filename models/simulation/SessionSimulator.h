#pragma once

#include "market/MarketData.h"

#include <QtGlobal>

namespace cascade {

// What the simulator was told to produce.
struct SimulationConfig
{
    quint64 seed = 42;
    int days = 60; // at least 1 (smaller values are treated as 1)
    QString symbol = QStringLiteral("BTCUSDT");
    qint64 start = 1757980800000; // 2025-09-16T00:00:00Z; a UTC midnight
};

// The simulator's known truth, so analyses can be checked against what really happened.
struct SimulationTruth
{
    qint64 start = 0;             // first candle open time (UTC ms)
    qint64 end = 0;               // end of the last candle
    qint64 crashDayStart = 0;     // 00:00 UTC of the flash-crash day
    qint64 longHeavyDayStart = 0; // start of the 24 h window in which ~93% of liquidated notional is long
    double longHeavyShare = 0.0;  // realized long share of liquidated notional in that window (0..1)
    double rangeLow = 0.0;        // lowest traded price outside the crash day
    double rangeHigh = 0.0;       // highest traded price
    double putWallStrike = 0.0;   // strike with the most put OI (all expiries, last snapshot)
};

struct SimulatedSession
{
    MarketData data; // exchange "simulated", simulated = true
    SimulationTruth truth;
};

// Generates a coherent simulated BTCUSDT perpetual session from a seed: 1-minute candles with
// taker buy volume, 5-minute open interest, long/short account ratio, realized liquidations that
// arise from simulated leveraged positions whose liquidation prices the price path crosses, and
// daily option-chain snapshots. Same config, same output, bit for bit.
class SessionSimulator
{
public:
    explicit SessionSimulator(SimulationConfig config = {});
    SimulatedSession run() const;

private:
    SimulationConfig m_config;
};

} // namespace cascade

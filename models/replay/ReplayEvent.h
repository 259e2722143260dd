#pragma once

#include <QtGlobal>

namespace cascade {

enum class ReplayEventKind {
    LiquidationBar, // one of the session's largest liquidated-notional bars
    LevelSweep,     // one of the largest sweeps of estimated liquidation levels
    Imbalance,      // one of the most one-sided bars (by the lopsided notional)
};

// A notable moment the replay can jump to: `time` is when it became known (the bar's close).
struct ReplayEvent
{
    qint64 time = 0;
    ReplayEventKind kind = ReplayEventKind::LiquidationBar;
    double valueUsd = 0.0;     // liquidated, swept or lopsided notional
    double longSharePct = 0.0; // imbalance events: long share of the bar's liquidations

    friend bool operator==(const ReplayEvent &, const ReplayEvent &) = default;
};

} // namespace cascade

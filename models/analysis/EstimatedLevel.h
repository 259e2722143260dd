#pragma once

#include "market/Liquidation.h"

#include <QtGlobal>

namespace cascade {

// One estimated cluster of leveraged positions that would be liquidated at `price`.
// `weight` is the notional in the estimator's decay frame: notional now = weight / gain(tier, now),
// so decay never touches the level itself (see LevelEstimator).
struct EstimatedLevel
{
    double price = 0.0;
    double weight = 0.0;
    // Open time of the bar that opened the exposure, in seconds after the estimator's first bar:
    // 24 bytes per level instead of 32 (open levels are the model's memory traffic).
    qint32 createdSeconds = 0;
    quint8 tier = 0;
    LiquidationSide side = LiquidationSide::LongLiquidated; // which positions: longs or shorts
};

// A level consumed by a bar whose range reached it, with its notional at that moment.
struct SweptLevel
{
    qint64 time = 0; // open time of the sweeping bar
    qint64 created = 0;
    LiquidationSide side = LiquidationSide::LongLiquidated;
    int tier = 0;
    double price = 0.0;
    double notionalUsd = 0.0; // decayed (and calibrated, when on) notional when swept
};

} // namespace cascade

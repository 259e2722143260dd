#pragma once

#include <QtGlobal>

namespace cascade {

// Which side of the book was forced out. A long liquidation is a forced *sell*.
enum class LiquidationSide : quint8 { LongLiquidated = 0, ShortLiquidated = 1 };

// One realized liquidation event, normalised at the edge: UTC ms, quote price, base and USD size.
struct Liquidation
{
    qint64 time = 0;
    LiquidationSide side = LiquidationSide::LongLiquidated;
    double price = 0.0;
    double quantity = 0.0;    // base units
    double notionalUsd = 0.0; // price * quantity in quote currency

    friend bool operator==(const Liquidation &, const Liquidation &) = default;
};

} // namespace cascade

#pragma once

#include "market/Liquidation.h"

#include <QString>

namespace cascade {

// A liquidation from a multi-symbol source (stream frames, OKX liquidation-orders), tagged with
// the exchange's own symbol ("BTCUSDT", "BTC-USDT-SWAP") so the caller can route it.
struct SymbolLiquidation
{
    QString symbol;
    Liquidation event;

    friend bool operator==(const SymbolLiquidation &, const SymbolLiquidation &) = default;
};

} // namespace cascade

#pragma once

#include "market/Liquidation.h"
#include "market/Result.h"

#include <string_view>
#include <vector>

namespace cascade {

// CoinGlass v4 responses ({"code":"0","msg":"success","data":[...]}) -> market types.
class CoinGlassParser
{
public:
    // GET /api/futures/liquidation/aggregated-history (aggregated_long/short_liquidation_usd) and
    // /api/futures/liquidation/history (long/short_liquidation_usd). CoinGlass gives USD totals
    // per bar, not events: each non-zero side becomes one Liquidation at the bar time with
    // notionalUsd set and price and quantity 0 (unknown), ordered long before short.
    static Result<std::vector<Liquidation>> liquidationHistory(std::string_view body);
};

} // namespace cascade

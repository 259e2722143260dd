#pragma once

#include "market/Candle.h"

#include <optional>
#include <vector>

namespace cascade {

// Candles of one response, ascending by open time. The bar still forming when the exchange
// answered is never mixed into `candles` (storing it would claim a final bar that is not):
// it is kept apart in `unclosed` so a caller can show it but not store it.
struct CandlePage
{
    std::vector<Candle> candles;
    std::optional<Candle> unclosed;
};

} // namespace cascade

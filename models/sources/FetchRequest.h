#pragma once

#include "market/Interval.h"
#include "market/SeriesKey.h"
#include "market/TimeRange.h"

#include <QString>

#include <vector>

namespace cascade {

// What the analyst asked for: one exchange, one symbol, a time range and the series kinds.
struct FetchRequest
{
    QString exchange;
    QString symbol; // exchange-neutral ("BTCUSDT") or the exchange's own ("BTC-USDT-SWAP")
    TimeRange range;
    Interval interval = Interval::minutes(1); // candles; OI and ratios use the nearest period offered
    std::vector<SeriesKind> kinds{SeriesKind::Candles};
    QString apiKey; // CoinGlass only; never logged
};

} // namespace cascade

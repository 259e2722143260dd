#pragma once

#include <QtGlobal>

namespace cascade {

// One OHLCV bar. openTime is the bar's start in UTC epoch milliseconds.
struct Candle
{
    qint64 openTime = 0;
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;         // base units (BTC for BTCUSDT)
    double takerBuyVolume = 0.0; // base units bought by takers
    double quoteVolume = 0.0;    // quote notional (USD)

    friend bool operator==(const Candle &, const Candle &) = default;
};

} // namespace cascade

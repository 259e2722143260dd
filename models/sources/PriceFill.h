#pragma once

#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/Result.h"
#include "market/SeriesKey.h"
#include "store/MarketStore.h"

#include <vector>

namespace cascade {

// Completes rows that an exchange sends without a price, from candles already in the store
// (the same exchange's first, else any exchange's candles of the same symbol):
// - Bybit open interest comes in base units only: USD = OI * open of the candle starting then.
// - CoinGlass liquidation history comes as USD totals per bar: price = the bar's volume-weighted
//   price from the candles inside it, base size = USD / price.
class PriceFill
{
public:
    explicit PriceFill(MarketStore &store)
        : m_store(store)
    {}

    // Fills openInterestUsd where it is 0; returns how many points stayed without a price.
    Result<int> openInterestUsd(const SeriesKey &key, std::vector<OpenInterestPoint> &points);
    // Fills price and quantity where the price is 0; fails naming the first bar without candles.
    Status liquidationPrices(const SeriesKey &key, Interval step, std::vector<Liquidation> &events);

private:
    Result<std::vector<Candle>> candles(const SeriesKey &key, const TimeRange &range);

    MarketStore &m_store;
};

} // namespace cascade

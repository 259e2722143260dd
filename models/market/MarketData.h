#pragma once

#include "market/Candle.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RangeSet.h"
#include "market/RatioPoint.h"

#include <QString>

#include <vector>

namespace cascade {

// Everything Cascade knows about one instrument over a span of time, as plain values.
// Vectors are sorted by time; optionChain is sorted by (snapshotTime, expiry, strike, type).
struct MarketData
{
    QString exchange;
    QString symbol;     // e.g. BTCUSDT
    QString underlying; // e.g. BTC (options)
    bool simulated = false;

    Interval baseInterval = Interval::minutes(1);
    std::vector<Candle> candles;
    std::vector<OpenInterestPoint> openInterest;
    std::vector<RatioPoint> longShortAccountRatio;
    std::vector<RatioPoint> takerBuySellRatio;
    std::vector<Liquidation> liquidations;
    std::vector<OptionQuote> optionChain;

    RangeSet candleCoverage;
};

} // namespace cascade

#pragma once

#include "market/Candle.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/SeriesKey.h"
#include "market/TimeRange.h"

#include <QString>

#include <utility>
#include <vector>

namespace cascade {

// Everything one imported file holds, normalised (UTC ms, quote prices, base sizes and USD),
// before it is written. One file may feed several series (a Binance metrics file gives open
// interest and four ratios); Importer writes them all in one transaction.
struct ImportBatch
{
    QString format; // "Binance klines", "Cascade liquidations", ...
    QString exchange;
    QString symbol; // the underlying for options

    Interval interval;
    std::vector<Candle> candles;
    std::vector<OpenInterestPoint> openInterest;
    std::vector<std::pair<SeriesKind, std::vector<RatioPoint>>> ratios;
    std::vector<Liquidation> liquidations;
    std::vector<OptionQuote> options; // sorted by snapshot time
    // The span the file proves complete (candles: each run of consecutive bars instead).
    TimeRange covered;
};

} // namespace cascade

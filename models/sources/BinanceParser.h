#pragma once

#include "market/OpenInterestPoint.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "sources/CandlePage.h"
#include "sources/SymbolLiquidation.h"

#include <string_view>
#include <vector>

namespace cascade {

// Binance USD-M futures responses and stream frames -> market types. Pure functions.
class BinanceParser
{
public:
    // GET /fapi/v1/klines. A row whose close time is not before `now` is the bar still forming:
    // it goes to CandlePage::unclosed, never into candles.
    static Result<CandlePage> klines(std::string_view body, qint64 now);
    // GET /futures/data/openInterestHist (base units and USD value as sent).
    static Result<std::vector<OpenInterestPoint>> openInterestHistory(std::string_view body);
    // GET /futures/data/globalLongShortAccountRatio, topLongShortPositionRatio and
    // topLongShortAccountRatio share one shape: long/short shares and their ratio.
    static Result<std::vector<RatioPoint>> longShortRatio(std::string_view body, const char *endpoint);
    // GET /futures/data/takerlongshortRatio: long = taker buy volume, short = taker sell volume.
    static Result<std::vector<RatioPoint>> takerRatio(std::string_view body);
    // A forceOrder stream frame: combined ({"stream":..,"data":..}) or raw; `data` may be an array.
    // Side SELL is a long being liquidated. Binance pushes at most one event per symbol per second.
    static Result<std::vector<SymbolLiquidation>> forceOrderFrame(std::string_view body);
};

} // namespace cascade

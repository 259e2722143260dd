#pragma once

#include "market/Interval.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "sources/CandlePage.h"
#include "sources/CursorPage.h"
#include "sources/SymbolLiquidation.h"

#include <string_view>
#include <vector>

namespace cascade {

// Bybit v5 responses and stream frames -> market types. Lists come newest first and every
// value as a string; results are ascending. Errors are retCode != 0.
class BybitParser
{
public:
    // GET /v5/market/kline. A bar whose end (start + interval) is after `now` is unclosed.
    static Result<CandlePage> klines(std::string_view body, Interval interval, qint64 now);
    // GET /v5/market/open-interest (linear: base units). Bybit gives no USD value: 0 there.
    static Result<CursorPage<OpenInterestPoint>> openInterest(std::string_view body);
    // GET /v5/market/account-ratio: long = buyRatio, short = sellRatio (account shares).
    static Result<CursorPage<RatioPoint>> accountRatio(std::string_view body);
    // GET /v5/market/tickers?category=option: one chain snapshot taken at the response's `time`.
    static Result<std::vector<OptionQuote>> optionTickers(std::string_view body);
    // Stream allLiquidation.{symbol}: side "Buy" means a long position was liquidated.
    static Result<std::vector<SymbolLiquidation>> allLiquidationFrame(std::string_view body);
};

} // namespace cascade

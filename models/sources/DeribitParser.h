#pragma once

#include "market/Interval.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/Result.h"
#include "sources/CandlePage.h"
#include "sources/DeribitInstrument.h"

#include <QStringView>

#include <string_view>
#include <vector>

namespace cascade {

// Deribit JSON-RPC responses -> market types. Errors come as {"error":{"code","message"}}.
class DeribitParser
{
public:
    // "BTC-27DEC25-100000-P" -> underlying, expiry (08:00 UTC), strike, type.
    static Result<DeribitInstrument> instrumentName(QStringView name);
    // public/get_instruments (options and futures).
    static Result<std::vector<DeribitInstrument>> instruments(std::string_view body);
    // public/get_book_summary_by_currency?kind=option (or by_instrument for one option):
    // one chain snapshot. OI is in coin; USD = OI * underlying_price. Non-option rows are skipped.
    static Result<std::vector<OptionQuote>> optionBookSummary(std::string_view body);
    // public/get_book_summary_by_instrument for a perpetual or inverse future: OI is in USD
    // there; base units = USD / mark price.
    static Result<OpenInterestPoint> futureOpenInterest(std::string_view body);
    // public/get_tradingview_chart_data: volume is base coin, cost is quote (USD). A bar whose
    // end is after `now` is unclosed.
    static Result<CandlePage> chartData(std::string_view body, Interval interval, qint64 now);
    // Stream ticker.{option}.raw: one quote with greeks and mark IV.
    static Result<OptionQuote> optionTicker(std::string_view body);
};

} // namespace cascade

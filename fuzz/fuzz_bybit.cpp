// Every Bybit REST parser and the allLiquidation stream frame on the same bytes.
#include "FuzzCheck.h"

#include "sources/BybitParser.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto body = fuzz::view(data, size);
    fuzz::requireMessage(BybitParser::klines(body, Interval::hours(1), 4'000'000'000'000), "klines");
    fuzz::requireMessage(BybitParser::openInterest(body), "openInterest");
    fuzz::requireMessage(BybitParser::accountRatio(body), "accountRatio");
    fuzz::requireMessage(BybitParser::optionTickers(body), "optionTickers");
    fuzz::requireMessage(BybitParser::allLiquidationFrame(body), "allLiquidationFrame");
    return 0;
}

// Every Bybit REST parser and the allLiquidation stream frame (the first byte picks one).
#include "FuzzCheck.h"

#include "sources/BybitParser.h"

using namespace cascade;

namespace {
constexpr unsigned kParsers = 5; // scripts/fuzz.sh seeds with the same count
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [parser, body] = fuzz::pick(data, size, kParsers);
    switch (parser) {
    case 0:
        fuzz::requireMessage(BybitParser::klines(body, Interval::hours(1), 4'000'000'000'000), "klines");
        break;
    case 1:
        fuzz::requireMessage(BybitParser::openInterest(body), "openInterest");
        break;
    case 2:
        fuzz::requireMessage(BybitParser::accountRatio(body), "accountRatio");
        break;
    case 3:
        fuzz::requireMessage(BybitParser::optionTickers(body), "optionTickers");
        break;
    case 4:
        fuzz::requireMessage(BybitParser::allLiquidationFrame(body), "allLiquidationFrame");
        break;
    default:
        break;
    }
    return 0;
}

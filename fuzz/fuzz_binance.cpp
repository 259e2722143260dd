// Every Binance REST parser and the forceOrder stream frame (the first byte picks one).
#include "FuzzCheck.h"

#include "sources/BinanceParser.h"

using namespace cascade;

namespace {
constexpr unsigned kParsers = 5; // scripts/fuzz.sh seeds with the same count
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [parser, body] = fuzz::pick(data, size, kParsers);
    switch (parser) {
    case 0:
        fuzz::requireMessage(BinanceParser::klines(body, 4'000'000'000'000), "klines");
        break;
    case 1:
        fuzz::requireMessage(BinanceParser::openInterestHistory(body), "openInterestHistory");
        break;
    case 2:
        fuzz::requireMessage(BinanceParser::longShortRatio(body, "/futures/data/globalLongShortAccountRatio"),
                             "longShortRatio");
        break;
    case 3:
        fuzz::requireMessage(BinanceParser::takerRatio(body), "takerRatio");
        break;
    case 4:
        fuzz::requireMessage(BinanceParser::forceOrderFrame(body), "forceOrderFrame");
        break;
    default:
        break;
    }
    return 0;
}

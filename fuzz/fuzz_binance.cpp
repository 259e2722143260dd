// Every Binance REST parser and the forceOrder stream frame on the same bytes.
#include "FuzzCheck.h"

#include "sources/BinanceParser.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto body = fuzz::view(data, size);
    fuzz::requireMessage(BinanceParser::klines(body, 4'000'000'000'000), "klines");
    fuzz::requireMessage(BinanceParser::openInterestHistory(body), "openInterestHistory");
    fuzz::requireMessage(BinanceParser::longShortRatio(body, "/futures/data/globalLongShortAccountRatio"),
                         "longShortRatio");
    fuzz::requireMessage(BinanceParser::takerRatio(body), "takerRatio");
    fuzz::requireMessage(BinanceParser::forceOrderFrame(body), "forceOrderFrame");
    return 0;
}

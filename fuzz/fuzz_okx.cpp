// Every OKX REST parser and the liquidation-orders stream frame (the first byte picks one).
#include "FuzzCheck.h"

#include "sources/OkxParser.h"

using namespace cascade;

namespace {
constexpr unsigned kParsers = 8; // scripts/fuzz.sh seeds with the same count
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [parser, body] = fuzz::pick(data, size, kParsers);
    OkxContracts learnt;
    switch (parser) {
    case 0:
        fuzz::requireMessage(OkxParser::candles(body), "candles");
        break;
    case 1:
        fuzz::requireMessage(OkxParser::openInterestHistory(body), "openInterestHistory");
        break;
    case 2:
        fuzz::requireMessage(OkxParser::openInterest(body, OkxContracts()), "openInterest");
        break;
    case 3:
        fuzz::requireMessage(
            OkxParser::longShortRatio(body, "/api/v5/rubik/stat/contracts/long-short-account-ratio"),
            "longShortRatio");
        break;
    case 4:
        fuzz::requireMessage(
            OkxParser::liquidationOrders(body, OkxContracts(), "/api/v5/public/liquidation-orders"),
            "liquidationOrders");
        break;
    case 5:
        fuzz::requireMessage(OkxParser::liquidationOrders(body, OkxContracts(), "liquidation-orders stream",
                                                          QStringLiteral("BTC-USDT-SWAP")),
                             "liquidationOrders stream");
        break;
    case 6:
        fuzz::requireMessage(OkxParser::optionOpenInterest(body), "optionOpenInterest");
        break;
    case 7:
        fuzz::requireMessage(OkxParser::instruments(body, learnt), "instruments");
        break;
    default:
        break;
    }
    return 0;
}

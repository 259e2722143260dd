// Every OKX REST parser and the liquidation-orders stream frame on the same bytes.
#include "FuzzCheck.h"

#include "sources/OkxParser.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto body = fuzz::view(data, size);
    const OkxContracts known;
    fuzz::requireMessage(OkxParser::candles(body), "candles");
    fuzz::requireMessage(OkxParser::openInterestHistory(body), "openInterestHistory");
    fuzz::requireMessage(OkxParser::openInterest(body, known), "openInterest");
    fuzz::requireMessage(
        OkxParser::longShortRatio(body, "/api/v5/rubik/stat/contracts/long-short-account-ratio"),
        "longShortRatio");
    fuzz::requireMessage(OkxParser::liquidationOrders(body, known, "/api/v5/public/liquidation-orders"),
                         "liquidationOrders");
    fuzz::requireMessage(OkxParser::liquidationOrders(body, known, "liquidation-orders stream",
                                                      QStringLiteral("BTC-USDT-SWAP")),
                         "liquidationOrders stream");
    fuzz::requireMessage(OkxParser::optionOpenInterest(body), "optionOpenInterest");
    OkxContracts learnt;
    fuzz::requireMessage(OkxParser::instruments(body, learnt), "instruments");
    return 0;
}

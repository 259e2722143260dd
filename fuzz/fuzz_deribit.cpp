// Every Deribit parser (REST and the ticker stream message) and the instrument-name reader (the
// first byte picks one).
#include "FuzzCheck.h"

#include "sources/DeribitParser.h"

using namespace cascade;

namespace {
constexpr unsigned kParsers = 6; // scripts/fuzz.sh seeds with the same count
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [parser, body] = fuzz::pick(data, size, kParsers);
    switch (parser) {
    case 0:
        fuzz::requireMessage(DeribitParser::instruments(body), "instruments");
        break;
    case 1:
        fuzz::requireMessage(DeribitParser::optionBookSummary(body), "optionBookSummary");
        break;
    case 2:
        fuzz::requireMessage(DeribitParser::futureOpenInterest(body), "futureOpenInterest");
        break;
    case 3:
        fuzz::requireMessage(DeribitParser::chartData(body, Interval::minutes(1), 4'000'000'000'000),
                             "chartData");
        break;
    case 4:
        fuzz::requireMessage(DeribitParser::optionTicker(body), "optionTicker");
        break;
    case 5:
        fuzz::requireMessage(
            DeribitParser::instrumentName(QString::fromUtf8(body.data(), qsizetype(body.size()))),
            "instrumentName");
        break;
    default:
        break;
    }
    return 0;
}

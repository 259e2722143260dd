// Every Deribit parser (REST and the ticker stream message) and the instrument-name reader.
#include "FuzzCheck.h"

#include "sources/DeribitParser.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto body = fuzz::view(data, size);
    fuzz::requireMessage(DeribitParser::instruments(body), "instruments");
    fuzz::requireMessage(DeribitParser::optionBookSummary(body), "optionBookSummary");
    fuzz::requireMessage(DeribitParser::futureOpenInterest(body), "futureOpenInterest");
    fuzz::requireMessage(DeribitParser::chartData(body, Interval::minutes(1), 4'000'000'000'000),
                         "chartData");
    fuzz::requireMessage(DeribitParser::optionTicker(body), "optionTicker");
    if (size < 256) {
        const QString name = QString::fromUtf8(body.data(), qsizetype(body.size()));
        fuzz::requireMessage(DeribitParser::instrumentName(name), "instrumentName");
    }
    return 0;
}

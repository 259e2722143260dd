// Stream messages as `cascade record` sees them: through each exchange's StreamEndpoint, with
// its symbol filter. The first byte picks the exchange, the rest is the frame.
#include "FuzzCheck.h"

#include "sources/DeribitParser.h"
#include "sources/StreamEndpoint.h"

#include <array>

using namespace cascade;

namespace {
const std::array<StreamEndpoint, 3> &endpoints()
{
    static const std::array<StreamEndpoint, 3> all{
        StreamEndpoint::forExchange(QStringLiteral("binance"), QStringLiteral("BTCUSDT"), {}).value(),
        StreamEndpoint::forExchange(QStringLiteral("bybit"), QStringLiteral("BTCUSDT"), {}).value(),
        StreamEndpoint::forExchange(QStringLiteral("okx"), QStringLiteral("BTC-USDT-SWAP"), {}).value(),
    };
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto frame = fuzz::view(data + 1, size - 1);
    const unsigned pick = data[0] % 4;
    if (pick == 3)
        fuzz::requireMessage(DeribitParser::optionTicker(frame), "deribit ticker");
    else
        fuzz::requireMessage(endpoints()[pick].parse(frame), "stream frame");
    return 0;
}

// The CoinGlass liquidation history parser.
#include "FuzzCheck.h"

#include "sources/CoinGlassParser.h"

using namespace cascade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::requireMessage(CoinGlassParser::liquidationHistory(fuzz::view(data, size)), "liquidationHistory");
    return 0;
}

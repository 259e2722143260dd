#pragma once

#include "CliOptions.h"
#include "market/MarketData.h"
#include "market/Result.h"

namespace cascade {

// What the headless commands share: open the store, choose the series, load it for the range.
class SessionLoader
{
public:
    // `createDemoIfEmpty`: on the default store, an empty store first receives the demo session
    // (the same first-run behaviour as the GUI).
    static Result<MarketData> load(const CliOptions &options, bool createDemoIfEmpty);
};

} // namespace cascade

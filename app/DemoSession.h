#pragma once

#include "market/Result.h"
#include "simulation/SessionSimulator.h"

namespace cascade {

class MarketStore;

// The embedded default: the simulated session, written into a store.
class DemoSession
{
public:
    // Generates the session for `config` and stores it in one transaction.
    static Result<SimulationTruth> write(MarketStore &store, const SimulationConfig &config);
    // Writes the default session when the store holds nothing yet (first run).
    static Status ensure(MarketStore &store);
};

} // namespace cascade

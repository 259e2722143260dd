// The demo session is generated on first launch: the default 60-day session must take well
// under 1.5 s. Run: build/bin/bench_simulation
#include "simulation/SessionSimulator.h"

#include <benchmark/benchmark.h>

using namespace cascade;

namespace {

void defaultSession(benchmark::State &state)
{
    SimulationConfig config;
    config.seed = quint64(state.range(0));
    for (auto _ : state) {
        SimulatedSession session = SessionSimulator(config).run();
        benchmark::DoNotOptimize(session.data.candles.data());
    }
    state.SetItemsProcessed(state.iterations() * config.days * 1440);
}

} // namespace

// Seed 42 is the default (2 range-calibration passes); seed 21 needs 4, the most of seeds 1-40.
BENCHMARK(defaultSession)->Arg(42)->Arg(21)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

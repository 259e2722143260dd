#include "DemoSession.h"

#include "SessionRepository.h"
#include "store/MarketStore.h"

namespace cascade {

Result<SimulationTruth> DemoSession::write(MarketStore &store, const SimulationConfig &config)
{
    SimulatedSession session = SessionSimulator(config).run();
    const QString source = QStringLiteral("simulation seed %1, %2 days").arg(config.seed).arg(config.days);
    const Status saved = SessionRepository(store).save(session.data, source);
    if (!saved)
        return Result<SimulationTruth>::failure(saved.error());
    return session.truth;
}

Status DemoSession::ensure(MarketStore &store)
{
    auto series = store.listSeries();
    if (!series)
        return Status::failure(series.error());
    if (!series->empty())
        return {};
    auto written = write(store, SimulationConfig{});
    return written ? Status() : Status::failure(written.error());
}

} // namespace cascade

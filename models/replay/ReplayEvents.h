#pragma once

#include "analysis/AnalysisParams.h"
#include "market/Interval.h"
#include "market/MarketData.h"
#include "replay/ReplayEvent.h"

#include <vector>

namespace cascade {

// The notable moments of a session for the replay's "next/previous event" jumps: the largest
// liquidation bars, the largest sweeps of estimated levels, and the most one-sided bars, `perKind`
// of each, sorted by time. Navigation aids over the whole session: they choose where the cursor
// goes, never what the panels show there.
class ReplayEvents
{
public:
    static std::vector<ReplayEvent> find(const MarketData &data, Interval interval,
                                         const AnalysisParams &params, int perKind = 10);
    // The first event after t, and the last before t (nullptr when none).
    static const ReplayEvent *after(const std::vector<ReplayEvent> &events, qint64 t);
    static const ReplayEvent *before(const std::vector<ReplayEvent> &events, qint64 t);
};

} // namespace cascade

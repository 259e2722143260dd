#pragma once

#include "market/Result.h"
#include "sources/ExchangeProvider.h"
#include "sources/FetchPlan.h"
#include "sources/FetchRequest.h"
#include "store/MarketStore.h"

namespace cascade {

// Plans pages only for the gaps in the store's coverage: the range is aligned to the series'
// step, ends at the last closed bar before `now`, starts no earlier than the exchange keeps
// data, and whatever the store already covers is left out. A second fetch of the same range
// therefore plans no request; an extended range plans only the new part.
class FetchPlanner
{
public:
    static Result<FetchPlan> plan(const ExchangeProvider &provider, MarketStore &store,
                                  const FetchRequest &request, qint64 now);

    // The range of `request` that can be fetched for a series with this step, or empty.
    static TimeRange fetchableRange(const TimeRange &requested, Interval step, qint64 historyLimitMs,
                                    qint64 now);
};

} // namespace cascade

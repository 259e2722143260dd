#pragma once

#include "market/Result.h"
#include "store/MarketStore.h"

#include <limits>
#include <vector>

namespace cascade {

// `cascade store copy`: the series of one store into another (e.g. a laptop's file store into
// the team store, or back), with their coverage and the names of their sources, in one
// transaction on the target. Copying twice changes nothing (the target's writes are upserts).
class StoreCopier
{
public:
    struct Options
    {
        std::vector<SeriesKind> kinds; // empty: every kind
        // Rows in this range, and the coverage inside it; all time by default.
        TimeRange range{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    };
    struct Summary
    {
        qint64 series = 0;
        qint64 rows = 0;
    };
    static Result<Summary> copy(MarketStore &from, MarketStore &to, const Options &options);
    static Result<Summary> copy(MarketStore &from, MarketStore &to) { return copy(from, to, Options()); }
};

} // namespace cascade

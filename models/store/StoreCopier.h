#pragma once

#include "market/Result.h"
#include "store/MarketStore.h"

namespace cascade {

// `cascade store copy`: every series of one store into another (e.g. a file store into a team
// store), with its coverage and the names of its sources, in one transaction on the target.
// Copying twice changes nothing (the target's writes are upserts).
class StoreCopier
{
public:
    struct Summary
    {
        qint64 series = 0;
        qint64 rows = 0;
    };
    static Result<Summary> copy(MarketStore &from, MarketStore &to);
};

} // namespace cascade

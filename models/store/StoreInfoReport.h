#pragma once

#include "market/Result.h"
#include "store/MarketStore.h"

#include <QString>

namespace cascade {

// The text of `cascade store info`: per series its kind, base interval, row count, covered
// ranges, the gaps between them, its sources and its last write.
class StoreInfoReport
{
public:
    static Result<QString> build(MarketStore &store);
};

} // namespace cascade

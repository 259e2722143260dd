#pragma once

#include "market/Result.h"
#include "market/SeriesKey.h"

namespace cascade {

class MarketStore;

// Picks the series a command works on: --exchange/--symbol when given, else the only one the
// store holds. With several and no choice it fails with the list of what there is.
class SeriesSelector
{
public:
    static Result<SeriesKey> select(MarketStore &store, const QString &exchange, const QString &symbol,
                                    SeriesKind kind = SeriesKind::Candles);
};

} // namespace cascade

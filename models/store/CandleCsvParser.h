#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportTable.h"

namespace cascade {

// OHLCV CSVs with a header naming the columns: Cascade's own candle exports and generic ones
// (time as epoch s/ms/us or ISO 8601; open, high, low, close; optional volume, taker buy
// volume, quote volume, interval, exchange, symbol; common aliases such as `timestamp`, `o`).
class CandleCsvParser
{
public:
    static bool accepts(const QStringList &header);
    static Result<ImportBatch> parse(ImportTable &table, const ImportHints &hints);
};

} // namespace cascade

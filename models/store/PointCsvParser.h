#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportTable.h"

namespace cascade {

// Cascade's own open-interest and ratio exports (and CSVs with the same columns): time,
// [exchange, symbol,] open_interest, open_interest_usd; or time, [exchange, symbol,] kind,
// ratio, long_value, short_value.
class PointCsvParser
{
public:
    static bool acceptsOpenInterest(const QStringList &header);
    static bool acceptsRatios(const QStringList &header);
    static Result<ImportBatch> parseOpenInterest(ImportTable &table, const ImportHints &hints);
    static Result<ImportBatch> parseRatios(ImportTable &table, const ImportHints &hints);
};

} // namespace cascade

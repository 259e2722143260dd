#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportTable.h"

namespace cascade {

// Liquidation-event CSVs with a header: Cascade's own exports and generic ones with a time,
// a side, a price and a size in base units (quantity, size, qty, amount) and/or in USD
// (notional_usd, usd, value), plus optional exchange/venue and symbol columns.
// Sides: long/short (also *_liquidated) name the liquidated position; buy/sell name the
// forced order (sell = a long was liquidated), except on Bybit, which reports the position.
class LiquidationCsvParser
{
public:
    static bool accepts(const QStringList &header);
    static Result<ImportBatch> parse(ImportTable &table, const ImportHints &hints);
};

} // namespace cascade

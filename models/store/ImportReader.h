#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportSource.h"

namespace cascade {

// Reads one file into an ImportBatch: loads it (zip, checksum, binary check), recognises the
// format from its first record, and parses it. Nothing here touches a store.
// Recognised, in this order: Binance klines (with or without header), Binance metrics,
// Binance liquidationSnapshot, Cascade/generic open interest and ratios, option chains,
// liquidation events, OHLCV candles.
class ImportReader
{
public:
    static Result<ImportBatch> read(const ImportSource &source, const ImportHints &hints);
    static Result<ImportBatch> read(const QString &path, const QString &exchange = {},
                                    const QString &symbol = {});
};

} // namespace cascade

#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportTable.h"

#include <optional>

namespace cascade {

// Option-chain CSVs with a header: Cascade's own options exports, Deribit book-summary field
// names (instrument_name, creation_timestamp, open_interest, underlying_price, mark_iv) and
// generic ones with strike, expiry and type columns. Each distinct time is one chain snapshot.
class OptionChainCsvParser
{
public:
    static bool accepts(const QStringList &header);
    static Result<ImportBatch> parse(ImportTable &table, const ImportHints &hints);

    struct InstrumentName
    {
        QString underlying;
        qint64 expiry = 0;
        double strike = 0.0;
        OptionType type = OptionType::Put;
    };
    // "BTC-27DEC25-100000-P" (Deribit; also "BTC-5JUN20-9250-C", "-2d5-" strikes and Bybit's
    // "-USDT" suffix) or "BTC-USD-251227-100000-P" (OKX). Expiry at 08:00 UTC.
    static std::optional<InstrumentName> parseInstrument(const QString &name);
};

} // namespace cascade

#pragma once

#include "market/Result.h"
#include "store/ImportBatch.h"
#include "store/ImportHints.h"
#include "store/ImportTable.h"

#include <QDate>

namespace cascade {

// Files of Binance's public data archive (data.binance.vision): klines (futures with a header
// row, spot without; ms or, for spot since 2025, us timestamps), `metrics` (open interest and
// long/short ratios every 5 minutes) and `liquidationSnapshot`. COIN-M (e.g. BTCUSD_PERP)
// files count sizes in contracts of 100 USD (BTC) or 10 USD (others): they are converted so
// that stored sizes are base units and USD as everywhere in Cascade.
class BinanceVisionParser
{
public:
    static bool isKlinesHeader(const QStringList &names);
    // A first record of 12 fields starting with an epoch time: a kline file without header.
    static bool isHeaderlessKlines(const QStringList &firstRecord);
    static bool isMetricsHeader(const QStringList &names);
    static bool isLiquidationSnapshotHeader(const QStringList &names);

    static Result<ImportBatch> parseKlines(ImportTable &table, bool hasHeader, const ImportHints &hints);
    static Result<ImportBatch> parseMetrics(ImportTable &table, const ImportHints &hints);
    static Result<ImportBatch> parseLiquidationSnapshot(ImportTable &table, const ImportHints &hints);

    // "BTCUSDT-1m-2025-10-10.csv" -> BTCUSDT, "1m", the day; parts are empty when absent.
    struct FileName
    {
        QString symbol;
        QString kind;     // "1m", "metrics", "liquidationSnapshot", ...
        TimeRange period; // the day or month the archive covers
    };
    static FileName parseFileName(const QString &fileName);
    static bool isCoinMargined(const QString &symbol);
    static double contractSizeUsd(const QString &symbol);
};

} // namespace cascade

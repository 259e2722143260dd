#pragma once

#include "market/Candle.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "market/SeriesKey.h"

#include <QString>

#include <vector>

namespace cascade {

// Cascade's series CSV exports (columns in docs/CSV.md, "Series exports"). Each file starts
// with `time` (ISO 8601 UTC with milliseconds) then `exchange` and `symbol`, so that
// `cascade import` reads it back without flags. Written atomically through CsvWriter.
class SeriesCsvWriter
{
public:
    static Status writeCandles(const QString &path, const QString &exchange, const QString &symbol,
                               const std::vector<Candle> &candles, Interval interval);
    static Status writeLiquidations(const QString &path, const QString &exchange, const QString &symbol,
                                    const std::vector<Liquidation> &events);
    static Status writeOpenInterest(const QString &path, const QString &exchange, const QString &symbol,
                                    const std::vector<OpenInterestPoint> &points);
    // kind: one of the ratio kinds; it is written in a `kind` column.
    static Status writeRatios(const QString &path, const QString &exchange, const QString &symbol,
                              SeriesKind kind, const std::vector<RatioPoint> &points);
    // symbol: the underlying ("BTC"). One row per quote; time is the snapshot time.
    static Status writeOptions(const QString &path, const QString &exchange, const QString &symbol,
                               const std::vector<OptionQuote> &quotes);

    static QString sideName(LiquidationSide side);
    static QString typeName(OptionType type);
};

} // namespace cascade

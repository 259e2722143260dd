#pragma once

#include "market/Candle.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "market/SeriesKey.h"

#include <vector>

namespace cascade {

// Checks rows before any backend writes them, so that nothing NaN, negative or keyless ever
// reaches a store and every refusal names the table, the row and the value. Shared by all
// backends so they refuse the same things with the same words.
class StoreValidator
{
public:
    static Status checkKey(const SeriesKey &key, SeriesKind expected);
    static bool isRatioKind(SeriesKind kind);

    static Status checkCandles(const std::vector<Candle> &candles, Interval baseInterval);
    static Status checkOpenInterest(const std::vector<OpenInterestPoint> &points);
    static Status checkRatios(const std::vector<RatioPoint> &points);
    static Status checkLiquidations(const std::vector<Liquidation> &events);
    static Status checkOptionQuotes(const std::vector<OptionQuote> &quotes);

    // A write call's key and rows, as every backend checks them before it writes.
    static Status checkWrite(const SeriesKey &key, const std::vector<Candle> &rows, Interval baseInterval);
    static Status checkWrite(const SeriesKey &key, const std::vector<OpenInterestPoint> &rows);
    static Status checkWrite(const SeriesKey &key, const std::vector<RatioPoint> &rows);
    static Status checkWrite(const SeriesKey &key, const std::vector<Liquidation> &rows);
    static Status checkWrite(const SeriesKey &key, const std::vector<OptionQuote> &rows);

    // Why one row cannot be stored, or empty: importers call these per row to name the line.
    // An invalid interval skips the alignment check.
    static QString problem(const Candle &candle, Interval baseInterval);
    static QString problem(const OpenInterestPoint &point);
    static QString problem(const RatioPoint &point);
    static QString problem(const Liquidation &event);
    static QString problem(const OptionQuote &quote);

private:
    template<typename Row, typename Time, typename Check>
    static Status checkRows(const char *table, const std::vector<Row> &rows, Time time, Check check);
    static Status rowError(const char *table, std::size_t row, qint64 time, const QString &why);
};

} // namespace cascade

#pragma once

#include "market/Candle.h"
#include "market/Interval.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RangeSet.h"
#include "market/RatioPoint.h"
#include "market/Result.h"
#include "market/SeriesKey.h"
#include "market/TimeRange.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace cascade {

// What the store holds for one series.
struct SeriesInfo
{
    SeriesKey key;
    Interval baseInterval; // candles only
    qint64 rowCount = 0;
    RangeSet coverage;
    QStringList
        sources; // e.g. "binance /fapi/v1/klines", "import BTCUSDT-1m-2025-10.zip", "simulation seed 42"
    qint64 lastWrite = 0; // UTC ms of the last write to this series
};

// The one interface the rest of Cascade uses for local history. SQLite is the embedded
// default; a PostgreSQL backend implements the same interface for team stores.
//
// Contract for every backend:
// - Each write call is one transaction: rows and the coverage they prove land together or not
//   at all. Writes are idempotent upserts keyed by (series, time) (liquidations by their full
//   identity; option quotes by (snapshot time, instrument)), so writing the same data twice
//   leaves one copy.
// - `covered` is the time range the caller has proven complete (a fetched page, an imported
//   file); rows outside it are stored but do not extend coverage.
// - Reads return rows sorted by time, for the half-open range [from, to).
// - An instance is used from one thread at a time (Qt Sql connections are per thread).
class MarketStore
{
public:
    virtual ~MarketStore() = default;

    // Path or URL of the store, never with a password in it.
    virtual QString location() const = 0;

    virtual Status writeCandles(const SeriesKey &key, Interval baseInterval,
                                const std::vector<Candle> &candles, const TimeRange &covered,
                                const QString &source) = 0;
    virtual Status writeOpenInterest(const SeriesKey &key, const std::vector<OpenInterestPoint> &points,
                                     const TimeRange &covered, const QString &source) = 0;
    virtual Status writeRatios(const SeriesKey &key, const std::vector<RatioPoint> &points,
                               const TimeRange &covered, const QString &source) = 0;
    virtual Status writeLiquidations(const SeriesKey &key, const std::vector<Liquidation> &events,
                                     const TimeRange &covered, const QString &source) = 0;
    // One chain snapshot (all quotes share snapshotTime). key.kind must be SeriesKind::Options.
    virtual Status writeOptionSnapshot(const SeriesKey &key, const std::vector<OptionQuote> &quotes,
                                       const QString &source) = 0;

    virtual Result<std::vector<Candle>> candles(const SeriesKey &key, const TimeRange &range) = 0;
    virtual Result<std::vector<OpenInterestPoint>> openInterest(const SeriesKey &key,
                                                                const TimeRange &range) = 0;
    virtual Result<std::vector<RatioPoint>> ratios(const SeriesKey &key, const TimeRange &range) = 0;
    virtual Result<std::vector<Liquidation>> liquidations(const SeriesKey &key, const TimeRange &range) = 0;
    // All quotes of all snapshots taken in [from, to), sorted by (snapshotTime, expiry, strike, type).
    virtual Result<std::vector<OptionQuote>> optionQuotes(const SeriesKey &key, const TimeRange &range) = 0;
    // Times of the option snapshots taken in [from, to).
    virtual Result<std::vector<qint64>> optionSnapshotTimes(const SeriesKey &key, const TimeRange &range) = 0;

    virtual Result<RangeSet> coverage(const SeriesKey &key) = 0;
    virtual Result<std::vector<SeriesInfo>> listSeries() = 0;

    // SeriesInfo::lastWrite of one series (0 when the store has none), cheaply: a follower polls
    // it. It grows with every committed write to the series, so any change means new rows.
    virtual Result<qint64> lastWrite(const SeriesKey &key)
    {
        auto series = listSeries();
        if (!series)
            return Result<qint64>::failure(series.error());
        for (const SeriesInfo &info : *series) {
            if (info.key == key)
                return info.lastWrite;
        }
        return qint64(0);
    }

    // Runs `work`, which calls write* on this store, as ONE transaction: everything it writes
    // lands, or (when work or any write inside it fails) nothing does. An importer uses it so
    // that a file feeding several series imports whole or not at all. Backends that cannot
    // group writes keep this default, which gives per-call atomicity only.
    virtual Status inTransaction(const std::function<Status()> &work) { return work(); }
};

} // namespace cascade

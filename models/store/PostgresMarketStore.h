#pragma once

#include "store/MarketStore.h"
#include "store/PostgresLocation.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QObject;
struct pg_conn;

namespace cascade {

class PostgresStatement;

// The team store: a PostgreSQL database holding the same schema as the SQLite store
// (StoreSchema), opened through Qt Sql's QPSQL driver on a connection named for this instance
// alone. Rows go through libpq on the driver's own handle in binary (PostgresStatement, and
// PostgresColumns for bulk upserts: one array per column, 50,000 rows per statement). Several writers may
// share a database: upserts make their overlaps one copy. A connection lost (server restarted, network gone)
// is reopened by the next call; a write in flight when it went fails and, being idempotent, may simply be
// repeated.
class PostgresMarketStore : public MarketStore
{
public:
    static Result<std::unique_ptr<PostgresMarketStore>> open(const QString &url);
    ~PostgresMarketStore() override;

    QString location() const override { return m_location.display(); }

    Status writeCandles(const SeriesKey &key, Interval baseInterval, const std::vector<Candle> &candles,
                        const TimeRange &covered, const QString &source) override;
    Status writeOpenInterest(const SeriesKey &key, const std::vector<OpenInterestPoint> &points,
                             const TimeRange &covered, const QString &source) override;
    Status writeRatios(const SeriesKey &key, const std::vector<RatioPoint> &points, const TimeRange &covered,
                       const QString &source) override;
    Status writeLiquidations(const SeriesKey &key, const std::vector<Liquidation> &events,
                             const TimeRange &covered, const QString &source) override;
    Status writeOptionSnapshot(const SeriesKey &key, const std::vector<OptionQuote> &quotes,
                               const QString &source) override;

    Result<std::vector<Candle>> candles(const SeriesKey &key, const TimeRange &range) override;
    Result<std::vector<OpenInterestPoint>> openInterest(const SeriesKey &key,
                                                        const TimeRange &range) override;
    Result<std::vector<RatioPoint>> ratios(const SeriesKey &key, const TimeRange &range) override;
    Result<std::vector<Liquidation>> liquidations(const SeriesKey &key, const TimeRange &range) override;
    Result<std::vector<OptionQuote>> optionQuotes(const SeriesKey &key, const TimeRange &range) override;
    Result<std::vector<qint64>> optionSnapshotTimes(const SeriesKey &key, const TimeRange &range) override;

    Result<RangeSet> coverage(const SeriesKey &key) override;
    Result<qint64> lastWrite(const SeriesKey &key) override;
    Result<std::vector<SeriesInfo>> listSeries() override;

    Status inTransaction(const std::function<Status()> &work) override;

    // Calls `changed(series key text)` (in this thread's event loop) when any writer commits to
    // the store: every write sends NOTIFY cascade_writes. Delivery may lag while this instance
    // runs statements of its own, so a follower should also poll lastWrite.
    Status listenForWrites(QObject *context, std::function<void(const QString &)> changed);

    // Rows per upsert statement (one binary array per column, see PostgresColumns).
    static constexpr std::size_t kBatchRows = 50'000;

private:
    struct SeriesRow
    {
        qint64 id = 0;
        Interval baseInterval;
    };

    PostgresMarketStore(PostgresLocation location, QString connectionName);
    Status connect();
    // Reopens a connection the server or the network dropped; no-op while it is fine.
    Status ensureConnected();
    bool connectionLost() const;

    Status transact(const std::function<Status()> &work);
    Status exec(const char *sql);
    Status run(PostgresStatement &statement, const char *sqliteText);
    Result<std::optional<SeriesRow>> findSeries(const SeriesKey &key);
    Result<SeriesRow> ensureSeries(const SeriesKey &key, Interval baseInterval);
    Status recordWrite(const SeriesKey &key, qint64 seriesId, const TimeRange &covered,
                       const QString &source);

    template<typename Row>
    Status writeRows(const Status &valid, const SeriesKey &key, Interval baseInterval, std::vector<Row> rows,
                     const TimeRange &covered, const QString &source, const StoreSql::UpsertSql &sql,
                     const char *table);
    template<typename Row>
    Result<std::vector<Row>> readRows(const SeriesKey &key, const TimeRange &range, const char *sql);
    // Runs a read once more on a fresh connection when the first try found it dropped.
    template<typename T> Result<T> retried(const std::function<Result<T>()> &read);

    Status failure(const QString &what, const QString &why) const;

    PostgresLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_database;
    pg_conn *m_conn = nullptr;
    QHash<QString, SeriesRow> m_seriesCache;
    StoreTransaction m_transaction;
    bool m_listening = false; // LISTEN again after a reconnection
};

} // namespace cascade

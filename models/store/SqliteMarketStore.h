#pragma once

#include "store/MarketStore.h"
#include "store/SqliteStatement.h"
#include "store/StoreSql.h"
#include "store/StoreTransaction.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;

namespace cascade {

// The embedded store: one SQLite file (WAL, synchronous=NORMAL, foreign keys on), opened
// through Qt Sql's QSQLITE driver on a connection named for this instance alone. Bulk rows
// go through prepared statements on the driver's own sqlite3 handle (see SqliteStatement).
// All SQL of this backend lives here and in SqliteSchema.cpp.
class SqliteMarketStore : public MarketStore
{
public:
    // Opens (creating if needed) and upgrades the store at `path`; its folder must exist.
    static Result<std::unique_ptr<SqliteMarketStore>> open(const QString &path);
    ~SqliteMarketStore() override;

    QString location() const override { return m_path; }

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

private:
    struct SeriesRow
    {
        qint64 id = 0;
        Interval baseInterval;
    };
    struct UpsertStatements
    {
        SqliteStatement one;   // one row
        SqliteStatement batch; // StoreSql::kBatchRows rows
    };
    struct Statements;

    SqliteMarketStore(QString path, QString connectionName);
    Status openDatabase();

    // Runs work in a transaction, or inside the caller's when one is open.
    Status transact(const std::function<Status()> &work);
    Status exec(const char *sql);
    Result<std::optional<SeriesRow>> findSeries(const SeriesKey &key);
    // The series' row, created on first write (with its base interval for candles).
    Result<SeriesRow> ensureSeries(const SeriesKey &key, Interval baseInterval);
    Status recordWrite(qint64 seriesId, const TimeRange &covered, const QString &source);
    Status prepared(SqliteStatement &statement, const char *sql);

    template<typename Row>
    Status writeRows(const Status &valid, const SeriesKey &key, Interval baseInterval,
                     const std::vector<Row> &rows, const TimeRange &covered, const QString &source,
                     UpsertStatements &upsert, const StoreSql::UpsertSql &sql, const char *table);
    // spanSql, when given, yields MIN and MAX time in range: the vector is sized from it.
    template<typename Row>
    Result<std::vector<Row>> readRows(const SeriesKey &key, const TimeRange &range, const char *sql,
                                      const char *spanSql = nullptr);

    Status failure(const QString &what, const QString &why) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, SeriesRow> m_seriesCache;
    StoreTransaction m_transaction;
};

} // namespace cascade

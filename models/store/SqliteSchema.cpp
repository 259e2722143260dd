#include "store/SqliteSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cascade::SqliteSchema {

namespace {

// Step 1: the first schema. Step 2 added the per-series sources list, the series' last write
// time and the options' IV and greeks. Never edit a released step: add a new one.
const QStringList &versionSteps(int version)
{
    static const QStringList v1{
        QStringLiteral("CREATE TABLE series ("
                       " id INTEGER PRIMARY KEY,"
                       " exchange TEXT NOT NULL, symbol TEXT NOT NULL, kind TEXT NOT NULL,"
                       " base_interval_ms INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (exchange, symbol, kind))"),
        QStringLiteral("CREATE TABLE coverage ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL,"
                       " source TEXT NOT NULL, written_at_ms INTEGER NOT NULL,"
                       " CHECK (to_ms > from_ms))"),
        QStringLiteral("CREATE INDEX coverage_by_series ON coverage (series_id, from_ms)"),
        QStringLiteral("CREATE TABLE candles ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " open_time INTEGER NOT NULL,"
                       " open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL,"
                       " volume REAL NOT NULL, taker_buy_volume REAL NOT NULL, quote_volume REAL NOT NULL,"
                       " PRIMARY KEY (series_id, open_time)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE open_interest ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " time INTEGER NOT NULL,"
                       " open_interest REAL NOT NULL, open_interest_usd REAL NOT NULL,"
                       " PRIMARY KEY (series_id, time)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE ratios ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " time INTEGER NOT NULL,"
                       " ratio REAL NOT NULL, long_value REAL NOT NULL, short_value REAL NOT NULL,"
                       " PRIMARY KEY (series_id, time)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE liquidations ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " time INTEGER NOT NULL, side INTEGER NOT NULL CHECK (side IN (0, 1)),"
                       " price REAL NOT NULL, quantity REAL NOT NULL, notional_usd REAL NOT NULL,"
                       " PRIMARY KEY (series_id, time, side, price, quantity)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE option_quotes ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " snapshot_time INTEGER NOT NULL, instrument TEXT NOT NULL,"
                       " expiry INTEGER NOT NULL, strike REAL NOT NULL,"
                       " type INTEGER NOT NULL CHECK (type IN (0, 1)),"
                       " open_interest REAL NOT NULL, open_interest_usd REAL NOT NULL,"
                       " underlying_price REAL NOT NULL,"
                       " PRIMARY KEY (series_id, snapshot_time, instrument)) WITHOUT ROWID"),
    };
    static const QStringList v2{
        QStringLiteral("CREATE TABLE series_sources ("
                       " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                       " source TEXT NOT NULL,"
                       " first_written_ms INTEGER NOT NULL, last_written_ms INTEGER NOT NULL,"
                       " PRIMARY KEY (series_id, source)) WITHOUT ROWID"),
        // v1 knew its sources only through coverage rows: keep them.
        QStringLiteral("INSERT INTO series_sources (series_id, source, first_written_ms, last_written_ms)"
                       " SELECT series_id, source, MIN(written_at_ms), MAX(written_at_ms)"
                       " FROM coverage GROUP BY series_id, source"),
        QStringLiteral("ALTER TABLE series ADD COLUMN last_write_ms INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE series SET last_write_ms ="
                       " COALESCE((SELECT MAX(written_at_ms) FROM coverage WHERE series_id = series.id), 0)"),
        QStringLiteral("ALTER TABLE option_quotes ADD COLUMN mark_iv REAL"),
        QStringLiteral("ALTER TABLE option_quotes ADD COLUMN delta REAL"),
        QStringLiteral("ALTER TABLE option_quotes ADD COLUMN gamma REAL"),
        QStringLiteral("ALTER TABLE option_quotes ADD COLUMN vega REAL"),
        QStringLiteral("ALTER TABLE option_quotes ADD COLUMN theta REAL"),
    };
    static const QStringList none;
    switch (version) {
    case 1:
        return v1;
    case 2:
        return v2;
    default:
        return none;
    }
}

Status migrateTo(QSqlDatabase &db, int target)
{
    if (!db.transaction())
        return Status::failure(QStringLiteral("cannot start schema upgrade: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    for (const QString &statement : versionSteps(target)) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            db.rollback();
            return Status::failure(QStringLiteral("schema upgrade to v%1 failed at \"%2\": %3")
                                       .arg(target)
                                       .arg(statement.left(60), error));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString error = query.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("schema upgrade to v%1 failed: %2").arg(target).arg(error));
    }
    return {};
}

} // namespace

int version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &db)
{
    const int found = version(db);
    if (found < 0)
        return Status::failure(
            QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text()));
    if (found > currentVersion) {
        return Status::failure(
            QStringLiteral("store schema v%1 is newer than this Cascade (v%2); upgrade Cascade")
                .arg(found)
                .arg(currentVersion));
    }
    for (int target = found + 1; target <= currentVersion; ++target) {
        if (Status status = migrateTo(db, target); !status)
            return status;
    }
    return {};
}

} // namespace cascade::SqliteSchema

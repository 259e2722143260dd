#include "store/StoreSchema.h"

#include <QRegularExpression>

namespace cascade::StoreSchema {

namespace {

// Step 1: the first schema. Step 2 added the per-series sources list, the series' last write
// time and the options' IV and greeks. Never edit a released step: add a new one.
const QStringList &sqliteSteps(int version)
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

} // namespace

QString toPostgres(const QString &sqliteText)
{
    // SQLite's INTEGER is 64-bit and an INTEGER PRIMARY KEY is its rowid; PostgreSQL's INTEGER
    // is 32-bit (milliseconds since 1970 overflow it) and ids come from an identity column.
    static const QRegularExpression rowid(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    QString text = sqliteText;
    text.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    text.replace(integer, QStringLiteral("BIGINT"));
    text.replace(real, QStringLiteral("DOUBLE PRECISION"));
    text.remove(QStringLiteral(" WITHOUT ROWID"));
    return text;
}

QStringList steps(int version, Dialect dialect)
{
    QStringList list = sqliteSteps(version);
    if (dialect == Dialect::Postgres) {
        for (QString &statement : list)
            statement = toPostgres(statement);
    }
    return list;
}

} // namespace cascade::StoreSchema

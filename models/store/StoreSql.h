#pragma once

#include "market/SeriesKey.h"

#include <QByteArray>

// The statements every backend runs, in one place (the schema itself is in StoreSchema.cpp).
// They are written with SQLite's numbered parameters (?1); PostgreSQL takes the same text
// through `postgresText`, which only renumbers them ($1). Both engines share the upsert syntax
// (ON CONFLICT ... DO UPDATE SET x = excluded.x).
namespace cascade::StoreSql {

// Upserts: writing the same row again replaces its values and never adds a copy. Each is
// prepared for one row and for kBatchRows rows per statement (multi-row VALUES), which cuts
// the per-row cost of stepping the statement.
struct UpsertSql
{
    const char *head; // up to VALUES
    int columns;
    const char *tail; // the ON CONFLICT clause
    // PostgreSQL appends " WHERE " + this to the DO UPDATE, so that a row written again with
    // the values it holds is left alone: there an update writes a new row version and new index
    // entries even when nothing changed (twice the work of a re-import, and bloat). IS DISTINCT
    // FROM treats NULLs (unknown greeks) as values.
    const char *changed;
};
inline constexpr int kBatchRows = 256;

inline constexpr UpsertSql kUpsertCandle{
    "INSERT INTO candles (series_id, open_time, open, high, low, close, volume, taker_buy_volume, "
    "quote_volume)",
    9,
    " ON CONFLICT (series_id, open_time) DO UPDATE SET"
    " open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,"
    " volume = excluded.volume, taker_buy_volume = excluded.taker_buy_volume, quote_volume = "
    "excluded.quote_volume",
    "(candles.open, candles.high, candles.low, candles.close, candles.volume, candles.taker_buy_volume,"
    " candles.quote_volume) IS DISTINCT FROM (excluded.open, excluded.high, excluded.low, excluded.close,"
    " excluded.volume, excluded.taker_buy_volume, excluded.quote_volume)"};
inline constexpr UpsertSql kUpsertOpenInterest{
    "INSERT INTO open_interest (series_id, time, open_interest, open_interest_usd)", 4,
    " ON CONFLICT (series_id, time) DO UPDATE SET"
    " open_interest = excluded.open_interest, open_interest_usd = excluded.open_interest_usd",
    "(open_interest.open_interest, open_interest.open_interest_usd) IS DISTINCT FROM"
    " (excluded.open_interest, excluded.open_interest_usd)"};
inline constexpr UpsertSql kUpsertRatio{
    "INSERT INTO ratios (series_id, time, ratio, long_value, short_value)", 5,
    " ON CONFLICT (series_id, time) DO UPDATE SET"
    " ratio = excluded.ratio, long_value = excluded.long_value, short_value = excluded.short_value",
    "(ratios.ratio, ratios.long_value, ratios.short_value) IS DISTINCT FROM"
    " (excluded.ratio, excluded.long_value, excluded.short_value)"};
inline constexpr UpsertSql kUpsertLiquidation{
    "INSERT INTO liquidations (series_id, time, side, price, quantity, notional_usd)", 6,
    " ON CONFLICT (series_id, time, side, price, quantity) DO UPDATE SET notional_usd = "
    "excluded.notional_usd",
    "liquidations.notional_usd IS DISTINCT FROM excluded.notional_usd"};
inline constexpr UpsertSql kUpsertOption{
    "INSERT INTO option_quotes (series_id, snapshot_time, instrument, expiry, strike, type, open_interest,"
    " open_interest_usd, underlying_price, mark_iv, delta, gamma, vega, theta)",
    14,
    " ON CONFLICT (series_id, snapshot_time, instrument) DO UPDATE SET"
    " expiry = excluded.expiry, strike = excluded.strike, type = excluded.type,"
    " open_interest = excluded.open_interest, open_interest_usd = excluded.open_interest_usd,"
    " underlying_price = excluded.underlying_price, mark_iv = excluded.mark_iv, delta = excluded.delta,"
    " gamma = excluded.gamma, vega = excluded.vega, theta = excluded.theta",
    "(option_quotes.expiry, option_quotes.strike, option_quotes.type, option_quotes.open_interest,"
    " option_quotes.open_interest_usd, option_quotes.underlying_price, option_quotes.mark_iv,"
    " option_quotes.delta, option_quotes.gamma, option_quotes.vega, option_quotes.theta) IS DISTINCT FROM"
    " (excluded.expiry, excluded.strike, excluded.type, excluded.open_interest, excluded.open_interest_usd,"
    " excluded.underlying_price, excluded.mark_iv, excluded.delta, excluded.gamma, excluded.vega,"
    " excluded.theta)"};

inline constexpr const char *kInsertCoverage =
    "INSERT INTO coverage (series_id, from_ms, to_ms, source, written_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char *kUpsertSource =
    "INSERT INTO series_sources (series_id, source, first_written_ms, last_written_ms) VALUES (?1, ?2, ?3, "
    "?3)"
    " ON CONFLICT (series_id, source) DO UPDATE SET last_written_ms = excluded.last_written_ms";
// Strictly increasing per series, even for two writes in one millisecond: a follower that saw
// one value knows that any other value means new rows.
inline constexpr const char *kTouchSeries =
    "UPDATE series SET last_write_ms = CASE WHEN ?2 > last_write_ms THEN ?2 ELSE last_write_ms + 1 END"
    " WHERE id = ?1";
inline constexpr const char *kSelectLastWrite =
    "SELECT last_write_ms FROM series WHERE exchange = ?1 AND symbol = ?2 AND kind = ?3";
inline constexpr const char *kFindSeries =
    "SELECT id, base_interval_ms FROM series WHERE exchange = ?1 AND symbol = ?2 AND kind = ?3";
// DO NOTHING: two writers of a team store may create the same series at once; the loser
// reads the winner's row.
inline constexpr const char *kInsertSeries =
    "INSERT INTO series (exchange, symbol, kind, base_interval_ms) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (exchange, symbol, kind) DO NOTHING";
inline constexpr const char *kSetBaseInterval = "UPDATE series SET base_interval_ms = ?2 WHERE id = ?1";

inline constexpr const char *kSelectCandles =
    "SELECT open_time, open, high, low, close, volume, taker_buy_volume, quote_volume FROM candles"
    " WHERE series_id = ?1 AND open_time >= ?2 AND open_time < ?3 ORDER BY open_time";
// Two subqueries: SQLite answers a lone MIN or MAX from the index, but not both in one.
inline constexpr const char *kCandleSpan =
    "SELECT (SELECT MIN(open_time) FROM candles WHERE series_id = ?1 AND open_time >= ?2 AND open_time < ?3),"
    " (SELECT MAX(open_time) FROM candles WHERE series_id = ?1 AND open_time >= ?2 AND open_time < ?3)";
inline constexpr const char *kSelectOpenInterest =
    "SELECT time, open_interest, open_interest_usd FROM open_interest"
    " WHERE series_id = ?1 AND time >= ?2 AND time < ?3 ORDER BY time";
inline constexpr const char *kSelectRatios =
    "SELECT time, ratio, long_value, short_value FROM ratios"
    " WHERE series_id = ?1 AND time >= ?2 AND time < ?3 ORDER BY time";
inline constexpr const char *kSelectLiquidations =
    "SELECT time, side, price, quantity, notional_usd FROM liquidations"
    " WHERE series_id = ?1 AND time >= ?2 AND time < ?3 ORDER BY time, side, price, quantity";
inline constexpr const char *kSelectOptions =
    "SELECT snapshot_time, instrument, expiry, strike, type, "
    "open_interest, open_interest_usd, underlying_price,"
    " mark_iv, delta, gamma, vega, theta FROM option_quotes"
    " WHERE series_id = ?1 AND snapshot_time >= ?2 AND snapshot_time < ?3"
    " ORDER BY snapshot_time, expiry, strike, type, instrument";
inline constexpr const char *kSelectSnapshotTimes =
    "SELECT DISTINCT snapshot_time FROM option_quotes"
    " WHERE series_id = ?1 AND snapshot_time >= ?2 AND snapshot_time < ?3 ORDER BY snapshot_time";
inline constexpr const char *kSelectCoverage = "SELECT from_ms, to_ms FROM coverage WHERE series_id = ?1";
inline constexpr const char *kSelectSeries =
    "SELECT id, exchange, symbol, kind, base_interval_ms, last_write_ms "
    "FROM series ORDER BY exchange, symbol, kind";
inline constexpr const char *kSelectSources =
    "SELECT source FROM series_sources WHERE series_id = ?1 ORDER BY first_written_ms, source";
// The table holding a kind's rows.
const char *tableFor(SeriesKind kind);

// "head VALUES (?1,...,?n),(?n+1,...) tail" for `rows` rows.
QByteArray upsertText(const UpsertSql &sql, int rows);

// The same statement with $1-style parameters, for PostgreSQL.
QByteArray postgresText(const QByteArray &sqliteText);

} // namespace cascade::StoreSql

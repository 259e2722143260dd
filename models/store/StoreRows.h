#pragma once

#include "market/Candle.h"
#include "market/Liquidation.h"
#include "market/OpenInterestPoint.h"
#include "market/OptionQuote.h"
#include "market/RatioPoint.h"

#include <QtGlobal>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

// How each row type maps onto its table's columns, for every backend: `S` is a backend's
// statement, which binds parameters from 1 (`bind(index, value)`, a NaN double as NULL) and
// reads the current row's columns from 0 (`int64At`, `doubleAt`, `realAt` (NULL as NaN), `textAt`).
// The column orders are those of the statements in StoreSql.h.
namespace cascade::StoreRows {

// Binds one row after `at` parameters; returns the row's time (for error messages).
template<typename S> qint64 bind(S &s, int at, qint64 seriesId, const Candle &c)
{
    s.bind(at + 1, seriesId);
    s.bind(at + 2, c.openTime);
    s.bind(at + 3, c.open);
    s.bind(at + 4, c.high);
    s.bind(at + 5, c.low);
    s.bind(at + 6, c.close);
    s.bind(at + 7, c.volume);
    s.bind(at + 8, c.takerBuyVolume);
    s.bind(at + 9, c.quoteVolume);
    return c.openTime;
}

template<typename S> qint64 bind(S &s, int at, qint64 seriesId, const OpenInterestPoint &p)
{
    s.bind(at + 1, seriesId);
    s.bind(at + 2, p.time);
    s.bind(at + 3, p.openInterest);
    s.bind(at + 4, p.openInterestUsd);
    return p.time;
}

template<typename S> qint64 bind(S &s, int at, qint64 seriesId, const RatioPoint &p)
{
    s.bind(at + 1, seriesId);
    s.bind(at + 2, p.time);
    s.bind(at + 3, p.ratio);
    s.bind(at + 4, p.longValue);
    s.bind(at + 5, p.shortValue);
    return p.time;
}

template<typename S> qint64 bind(S &s, int at, qint64 seriesId, const Liquidation &e)
{
    s.bind(at + 1, seriesId);
    s.bind(at + 2, e.time);
    s.bind(at + 3, qint64(e.side));
    s.bind(at + 4, e.price);
    s.bind(at + 5, e.quantity);
    s.bind(at + 6, e.notionalUsd);
    return e.time;
}

template<typename S> qint64 bind(S &s, int at, qint64 seriesId, const OptionQuote &q)
{
    s.bind(at + 1, seriesId);
    s.bind(at + 2, q.snapshotTime);
    s.bind(at + 3, q.instrument);
    s.bind(at + 4, q.expiry);
    s.bind(at + 5, q.strike);
    s.bind(at + 6, qint64(q.type));
    s.bind(at + 7, q.openInterest);
    s.bind(at + 8, q.openInterestUsd);
    s.bind(at + 9, q.underlyingPrice);
    s.bind(at + 10, q.markIv);
    s.bind(at + 11, q.delta);
    s.bind(at + 12, q.gamma);
    s.bind(at + 13, q.vega);
    s.bind(at + 14, q.theta);
    return q.snapshotTime;
}

// Reads the current row of the kind's SELECT (StoreSql::kSelect*).
template<typename S> void read(const S &s, Candle &c)
{
    c = Candle{s.int64At(0),  s.doubleAt(1), s.doubleAt(2), s.doubleAt(3),
               s.doubleAt(4), s.doubleAt(5), s.doubleAt(6), s.doubleAt(7)};
}

template<typename S> void read(const S &s, OpenInterestPoint &p)
{
    p = OpenInterestPoint{s.int64At(0), s.doubleAt(1), s.doubleAt(2)};
}

template<typename S> void read(const S &s, RatioPoint &p)
{
    p = RatioPoint{s.int64At(0), s.doubleAt(1), s.doubleAt(2), s.doubleAt(3)};
}

template<typename S> void read(const S &s, Liquidation &e)
{
    e = Liquidation{s.int64At(0), LiquidationSide(s.int64At(1)), s.doubleAt(2), s.doubleAt(3), s.doubleAt(4)};
}

template<typename S> void read(const S &s, OptionQuote &q)
{
    q.snapshotTime = s.int64At(0);
    q.instrument = s.textAt(1);
    q.expiry = s.int64At(2);
    q.strike = s.realAt(3);
    q.type = OptionType(s.int64At(4));
    q.openInterest = s.realAt(5);
    q.openInterestUsd = s.realAt(6);
    q.underlyingPrice = s.realAt(7);
    q.markIv = s.realAt(8);
    q.delta = s.realAt(9);
    q.gamma = s.realAt(10);
    q.vega = s.realAt(11);
    q.theta = s.realAt(12);
}

// Option snapshot times (StoreSql::kSelectSnapshotTimes).
template<typename S> void read(const S &s, qint64 &time)
{
    time = s.int64At(0);
}

// The identity each table's upsert is keyed by (its primary key after series_id).
inline auto keyOf(const Candle &c)
{
    return std::tuple(c.openTime);
}
inline auto keyOf(const OpenInterestPoint &p)
{
    return std::tuple(p.time);
}
inline auto keyOf(const RatioPoint &p)
{
    return std::tuple(p.time);
}
inline auto keyOf(const Liquidation &e)
{
    return std::tuple(e.time, int(e.side), e.price, e.quantity);
}
inline auto keyOf(const OptionQuote &q)
{
    return std::tuple(q.snapshotTime, q.instrument);
}

// The rows in key order, the last of each key kept: what an upsert of them all leaves. PostgreSQL
// refuses to update one row twice in one statement, so its backend sends this. Key order also makes two
// writers of overlapping rows lock them in the same order, so they wait for each other, never deadlock.
template<typename Row> std::vector<Row> lastOfEachKey(std::vector<Row> rows)
{
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keyOf(rows[a]) < keyOf(rows[b]); });
    std::vector<Row> kept;
    kept.reserve(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const bool lastOfKey = i + 1 == order.size() || keyOf(rows[order[i]]) != keyOf(rows[order[i + 1]]);
        if (lastOfKey)
            kept.push_back(std::move(rows[order[i]]));
    }
    return kept;
}

} // namespace cascade::StoreRows

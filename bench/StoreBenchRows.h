#pragma once

// The rows both store benchmarks write (bench_store: SQLite, bench_store_postgres: PostgreSQL),
// so that their figures in docs/PERFORMANCE.md compare the same work.
#include "market/Candle.h"
#include "market/Liquidation.h"
#include "market/SeriesKey.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cascade::bench {

inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kT0 = 1735689600000; // 2025-01-01T00:00:00Z
inline const SeriesKey kCandles{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), SeriesKind::Candles};
inline const SeriesKey kLiquidations{QStringLiteral("binance"), QStringLiteral("BTCUSDT"),
                                     SeriesKind::Liquidations};

// One-minute candles from kT0 with a deterministic random walk around 97,000.
inline std::vector<Candle> makeCandles(std::size_t count)
{
    std::vector<Candle> candles(count);
    double price = 97000.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double next = price + double(int(i * 7919 % 201) - 100) * 0.5;
        candles[i] = Candle{kT0 + qint64(i) * kMinute,
                            price,
                            std::max(price, next) + 12.5,
                            std::min(price, next) - 11.0,
                            next,
                            10.0 + double(i % 97),
                            5.0,
                            (10.0 + double(i % 97)) * next};
        price = next;
    }
    return candles;
}

// Liquidations 37 ms apart from kT0, two long for one short, no two alike.
inline std::vector<Liquidation> makeLiquidations(std::size_t count)
{
    std::vector<Liquidation> events(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double price = 97000.0 + double(i % 15000);
        const double quantity = 0.001 * double(1 + i % 977);
        events[i] = Liquidation{kT0 + qint64(i) * 37,
                                i % 3 ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated,
                                price, quantity, price * quantity};
    }
    return events;
}

} // namespace cascade::bench

#pragma once

// A three-minute market small enough to work every export out by hand (tst_analysis_exporter,
// tst_export). Times start at 2025-10-10T00:00:00Z.
//
// Candles (1m): bar 0 and bar 1 trade flat at 100,000; bar 2 drops to a low of 90,500 and closes
// at 95,000. Takers buy 5, 6, 5 of 10 coins. Open interest 1,000,000 / 2,000,000 / 2,000,000 USD.
// With one 10x tier (mmr 0.005, no decay): bar 1 opens 1,000,000 USD, 60% long: a long level at
// 90,500 with 600,000 USD and a short one at 109,500 with 400,000; bar 2's low sweeps the long.
// Liquidations: bar 1 longs 13,000,000 + 640,000 and a 1,000,000 short (1,364%, 93.17% long);
// bar 2 one 500,000 long (all long). Options, snapshot at bar 1 (underlying 100,000): expiry
// 17 Oct puts 30 @ 95k, 40 @ 100k, calls 5 @ 95k, 10 @ 100k; expiry 31 Oct put 20, call 15 @ 100k.

#include "analysis/AnalysisParams.h"
#include "market/MarketData.h"

namespace handmade {

constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr qint64 kExpiry1 = 1760688000000; // 2025-10-17T08:00:00Z
constexpr qint64 kExpiry2 = 1761897600000; // 2025-10-31T08:00:00Z

inline cascade::MarketData market()
{
    using namespace cascade;
    MarketData d;
    d.exchange = QStringLiteral("binance");
    d.symbol = QStringLiteral("BTCUSDT");
    d.underlying = QStringLiteral("BTC");
    d.baseInterval = Interval::minutes(1);
    d.candles = {{kT0, 100000, 100000, 100000, 100000, 10, 5, 1'000'000},
                 {kT0 + kMinute, 100000, 100000, 100000, 100000, 10, 6, 1'000'000},
                 {kT0 + 2 * kMinute, 100000, 100000, 90500, 95000, 10, 5, 975'000}};
    d.openInterest = {
        {kT0, 10, 1'000'000}, {kT0 + kMinute, 20, 2'000'000}, {kT0 + 2 * kMinute, 20, 2'000'000}};
    d.longShortAccountRatio = {{kT0, 2.0, 2.0 / 3, 1.0 / 3}};
    d.takerBuySellRatio = {{kT0, 1.0, 5, 5}};
    const auto L = LiquidationSide::LongLiquidated;
    const auto S = LiquidationSide::ShortLiquidated;
    d.liquidations = {{kT0 + kMinute + 10'000, L, 99000, 13'000'000.0 / 99000, 13'000'000},
                      {kT0 + kMinute + 15'000, L, 99100, 640'000.0 / 99100, 640'000},
                      {kT0 + kMinute + 20'000, S, 101000, 1'000'000.0 / 101000, 1'000'000},
                      {kT0 + 2 * kMinute + 5'000, L, 90600, 500'000.0 / 90600, 500'000}};
    auto quote = [](qint64 expiry, double strike, OptionType type, double oi, const char *name) {
        OptionQuote q;
        q.snapshotTime = kT0 + kMinute;
        q.instrument = QString::fromLatin1(name);
        q.expiry = expiry;
        q.strike = strike;
        q.type = type;
        q.openInterest = oi;
        q.underlyingPrice = 100000;
        q.openInterestUsd = oi * 100000;
        return q;
    };
    const auto P = OptionType::Put;
    const auto C = OptionType::Call;
    // Sorted by (snapshotTime, expiry, strike, type), as MarketData promises.
    d.optionChain = {quote(kExpiry1, 95000, C, 5, "BTC-17OCT25-95000-C"),
                     quote(kExpiry1, 95000, P, 30, "BTC-17OCT25-95000-P"),
                     quote(kExpiry1, 100000, C, 10, "BTC-17OCT25-100000-C"),
                     quote(kExpiry1, 100000, P, 40, "BTC-17OCT25-100000-P"),
                     quote(kExpiry2, 100000, C, 15, "BTC-31OCT25-100000-C"),
                     quote(kExpiry2, 100000, P, 20, "BTC-31OCT25-100000-P")};
    return d;
}

// One 10x tier without decay and 100 USD buckets: the levels and map by hand.
inline cascade::AnalysisParams oneTier()
{
    cascade::AnalysisParams p;
    p.levels.tiers = {{10.0, 1.0, 0.005, 0.0}};
    p.heatmap.bucketMode = cascade::BucketMode::Fixed;
    p.heatmap.bucketWidth = 100;
    return p;
}

} // namespace handmade

#pragma once

#include "market/Candle.h"
#include "market/OptionQuote.h"
#include "simulation/SessionLayout.h"

#include <vector>

namespace cascade {

struct Expiry;

// Daily Deribit-style option-chain snapshots at 08:00 UTC. Open interest per strike is a smooth
// shape around spot (puts below, calls above, clustered around $115K-$120K) times a premium for
// round strikes, times persistent per-instrument noise, plus a put wall at $100,000 that grows
// as the session goes on. Mark IV is a smile around an ATM level that jumps after the crash;
// delta and gamma are Black-Scholes at that IV.
class OptionChainGenerator
{
public:
    static constexpr double putWallLevel = 100'000.0;

    OptionChainGenerator(const SessionLayout &layout, quint64 seed)
        : m_layout(layout)
        , m_seed(seed)
    {}

    // Sorted by (snapshotTime, expiry, strike, Call before Put).
    std::vector<OptionQuote> generate(const std::vector<Candle> &candles) const;

    // The strike with the most put open interest (all expiries) in the chain's last snapshot.
    static double putWall(const std::vector<OptionQuote> &chain);

private:
    void addExpiry(std::vector<OptionQuote> &out, qint64 snapshot, double spot, const Expiry &expiry,
                   double progress, double atmIv) const;
    double atmVolatility(int day) const;
    double noise(qint64 expiry, double strike, bool put) const;

    SessionLayout m_layout;
    quint64 m_seed;
};

} // namespace cascade

#pragma once

#include <QtGlobal>

#include <random>

namespace cascade {

// Random numbers that are the same on every platform for a given seed. std::mt19937_64's raw
// output is fixed by the standard, but std::*_distribution is implementation-defined, so the
// transforms to uniform, normal and exponential variates are our own.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_engine(seed)
    {}

    quint64 nextU64() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // (0, 1]: safe to take the logarithm of.
    double uniformOpen() { return (double(m_engine() >> 11) + 1.0) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller; the second variate is kept for the next call).
    double normal();
    double exponential(double mean);
    // exp(N(mu, sigma)).
    double logNormal(double mu, double sigma);
    // Poisson by inversion: fine for the small means used here.
    int poisson(double mean);
    // An index into weights (which need not sum to 1).
    int pick(const double *weights, int count);

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace cascade

#include "simulation/SeededRandom.h"

#include <cmath>
#include <numbers>

namespace cascade {

double SeededRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniformOpen()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

double SeededRandom::exponential(double mean)
{
    return -mean * std::log(uniformOpen());
}

double SeededRandom::logNormal(double mu, double sigma)
{
    return std::exp(mu + sigma * normal());
}

int SeededRandom::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    // Knuth's product method; means here stay below ~30, so the loop is short.
    const double limit = std::exp(-mean);
    int k = 0;
    double product = uniform();
    while (product > limit && k < 1000) {
        product *= uniform();
        ++k;
    }
    return k;
}

int SeededRandom::pick(const double *weights, int count)
{
    double total = 0.0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double u = uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (u < weights[i])
            return i;
        u -= weights[i];
    }
    return count - 1;
}

} // namespace cascade

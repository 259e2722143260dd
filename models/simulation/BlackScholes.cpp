#include "simulation/BlackScholes.h"

#include <cmath>
#include <numbers>

namespace cascade {

namespace {
double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}
} // namespace

double BlackScholes::d1(double spot, double strike, double volatility, double years)
{
    return (std::log(spot / strike) + 0.5 * volatility * volatility * years) /
           (volatility * std::sqrt(years));
}

double BlackScholes::callDelta(double spot, double strike, double volatility, double years)
{
    return normalCdf(d1(spot, strike, volatility, years));
}

double BlackScholes::putDelta(double spot, double strike, double volatility, double years)
{
    return callDelta(spot, strike, volatility, years) - 1.0;
}

double BlackScholes::gamma(double spot, double strike, double volatility, double years)
{
    const double d = d1(spot, strike, volatility, years);
    const double density = std::exp(-0.5 * d * d) / std::sqrt(2.0 * std::numbers::pi);
    return density / (spot * volatility * std::sqrt(years));
}

} // namespace cascade

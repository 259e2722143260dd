#pragma once

namespace cascade {

// The few Black-Scholes quantities the option snapshots carry (no rates, no dividends: the
// underlying price is the forward, as Deribit quotes it).
class BlackScholes
{
public:
    // volatility as a fraction (0.45), years to expiry > 0.
    static double callDelta(double spot, double strike, double volatility, double years);
    static double putDelta(double spot, double strike, double volatility, double years);
    static double gamma(double spot, double strike, double volatility, double years);

private:
    static double d1(double spot, double strike, double volatility, double years);
};

} // namespace cascade

#pragma once

namespace cascade {

// One bucket of leveraged positions in the estimated-levels model: what share of new exposure
// opens at this leverage, its maintenance margin rate, and how fast unswept positions fade
// (closed voluntarily, topped up, rolled) expressed as a half-life. halfLifeHours <= 0: no decay.
struct LeverageTier
{
    double leverage = 10.0;
    double weight = 0.0;
    double mmr = 0.005;
    double halfLifeHours = 0.0;

    friend bool operator==(const LeverageTier &, const LeverageTier &) = default;
};

} // namespace cascade

#pragma once

#include <QtGlobal>

namespace cascade {

// Open interest at a moment: the total size of open positions.
struct OpenInterestPoint
{
    qint64 time = 0;
    double openInterest = 0.0;    // base units
    double openInterestUsd = 0.0; // quote notional

    friend bool operator==(const OpenInterestPoint &, const OpenInterestPoint &) = default;
};

} // namespace cascade

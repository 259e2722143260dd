#pragma once

#include <QtGlobal>

namespace cascade {

// A long/short style ratio sample. What long and short mean depends on the series kind:
// account shares (0..1) for account ratios, position shares for top-trader ratios,
// taker buy and sell volume (base units) for the taker ratio. ratio = longValue / shortValue
// as the exchange reports it.
struct RatioPoint
{
    qint64 time = 0;
    double ratio = 0.0;
    double longValue = 0.0;
    double shortValue = 0.0;

    friend bool operator==(const RatioPoint &, const RatioPoint &) = default;
};

} // namespace cascade

#pragma once

#include <QtGlobal>

#include <limits>

namespace cascade {

// How long and short liquidations compare in a bar or window. The ratio long / short is infinite
// when nothing short was liquidated: that case is a state, never a number.
enum class ImbalanceState {
    None,     // nothing liquidated: no share, no ratio
    AllLong,  // only longs liquidated: long share 100%, ratio undefined ("all long")
    AllShort, // only shorts liquidated: long share 0%, ratio 0%
    Ratio,    // both sides: ratio = long / short x 100%
};

// Long/short imbalance of one bar (or window), with the positioning series aligned to it.
struct ImbalanceRow
{
    static constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

    qint64 time = 0; // bar open time (window: its start)
    qint64 end = 0;  // exclusive end of the bar or window
    double longUsd = 0.0;
    double shortUsd = 0.0;
    int longCount = 0;
    int shortCount = 0;
    double longSharePct = unknown; // long / (long + short) x 100, unknown when None
    ImbalanceState state = ImbalanceState::None;
    double imbalancePct = unknown;          // long / short x 100: Ratio and AllShort (0) only
    double accountRatio = unknown;          // long / short accounts, last sample in the bar
    double takerRatio = unknown;            // taker buy / sell volume in the bar
    double openInterestUsd = unknown;       // last sample in the bar
    double openInterestChangeUsd = unknown; // against the previous bar's (window: the start's) value
};

} // namespace cascade

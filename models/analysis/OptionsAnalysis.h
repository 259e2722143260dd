#pragma once

#include "analysis/OptionsReport.h"
#include "market/OptionQuote.h"

#include <vector>

namespace cascade {

// Put/call open interest, walls, max pain and gamma exposure from option-chain snapshots.
class OptionsAnalysis
{
public:
    // The quotes of the latest snapshot taken at or before t (empty when there is none).
    static std::vector<OptionQuote> snapshotAt(const std::vector<OptionQuote> &chain, qint64 t);

    // Analyses the snapshot at or before t. spot: the price walls are measured from; NaN takes the
    // median underlying price the snapshot reports.
    static OptionsReport analyse(const std::vector<OptionQuote> &chain, qint64 t,
                                 double spot = OptionsReport::none);
    static OptionsReport analyseSnapshot(const std::vector<OptionQuote> &snapshot,
                                         double spot = OptionsReport::none);

    // The settlement price among the quotes' strikes that minimises the total intrinsic value
    // paid to holders: sum over calls OI x max(S - K, 0) + over puts OI x max(K - S, 0).
    // Ties go to the lower strike. Returns {price, payout}; NaNs when there are no quotes.
    static std::pair<double, double> maxPain(const std::vector<OptionQuote> &oneExpiry);
};

} // namespace cascade

#pragma once

#include "analysis/ImbalanceRow.h"

#include <map>
#include <vector>

namespace cascade {

// Imbalance bars merged to about one per few pixels, as CandleLevelOfDetail does for candles: a
// year of 1-minute bars is 525,600 pairs of bars, which QCustomPlot would draw one by one.
// A merged bar sums the liquidated notional and counts of its source bars and carries the last
// known account ratio, taker ratio and open interest among them. Levels are powers of two of the
// source bar length, aligned to the epoch, built on first use.
class ImbalanceLevelOfDetail
{
public:
    void setSource(std::vector<ImbalanceRow> rows);
    bool isEmpty() const { return m_rows.empty(); }

    // Number of source bars whose open time falls in [fromMs, toMs).
    std::size_t countInRange(qint64 fromMs, qint64 toMs) const;
    const std::vector<ImbalanceRow> &level(qint64 factor);

private:
    std::vector<ImbalanceRow> merged(qint64 factor) const;

    std::vector<ImbalanceRow> m_rows;
    qint64 m_barMs = 0;
    std::map<qint64, std::vector<ImbalanceRow>> m_levels;
};

} // namespace cascade

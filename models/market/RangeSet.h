#pragma once

#include "market/TimeRange.h"

#include <vector>

namespace cascade {

// A set of disjoint, sorted, non-adjacent half-open time ranges: what a series covers.
// Coverage is first-class in Cascade: gaps are drawn and exported as gaps.
class RangeSet
{
public:
    RangeSet() = default;
    explicit RangeSet(std::vector<TimeRange> ranges);

    void add(const TimeRange &range);
    void add(const RangeSet &other);
    void subtract(const TimeRange &range);

    bool isEmpty() const { return m_ranges.empty(); }
    bool covers(const TimeRange &range) const;
    bool contains(qint64 t) const;

    // Parts of `within` not covered by this set, in time order.
    std::vector<TimeRange> gaps(const TimeRange &within) const;
    RangeSet intersected(const TimeRange &within) const;
    // The smallest range enclosing everything covered (empty range if nothing is).
    TimeRange span() const;
    qint64 totalDuration() const;

    const std::vector<TimeRange> &ranges() const { return m_ranges; }

    friend bool operator==(const RangeSet &, const RangeSet &) = default;

private:
    std::vector<TimeRange> m_ranges;
};

} // namespace cascade

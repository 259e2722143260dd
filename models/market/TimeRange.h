#pragma once

#include <QtGlobal>

#include <algorithm>

namespace cascade {

// Half-open interval [from, to) in UTC epoch milliseconds.
struct TimeRange
{
    qint64 from = 0;
    qint64 to = 0;

    bool isEmpty() const { return to <= from; }
    qint64 duration() const { return isEmpty() ? 0 : to - from; }
    bool contains(qint64 t) const { return t >= from && t < to; }
    bool intersects(const TimeRange &o) const { return from < o.to && o.from < to; }
    TimeRange intersected(const TimeRange &o) const
    {
        return {std::max(from, o.from), std::min(to, o.to)};
    }

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

} // namespace cascade

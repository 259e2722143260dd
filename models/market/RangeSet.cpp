#include "market/RangeSet.h"

#include <algorithm>

namespace cascade {

RangeSet::RangeSet(std::vector<TimeRange> ranges)
{
    for (const auto &range : ranges)
        add(range);
}

void RangeSet::add(const TimeRange &range)
{
    if (range.isEmpty())
        return;
    TimeRange merged = range;
    // Ranges that overlap or touch the new one are absorbed into it.
    auto first = std::lower_bound(m_ranges.begin(), m_ranges.end(), merged.from,
                                  [](const TimeRange &r, qint64 from) { return r.to < from; });
    auto last = first;
    while (last != m_ranges.end() && last->from <= merged.to) {
        merged.from = std::min(merged.from, last->from);
        merged.to = std::max(merged.to, last->to);
        ++last;
    }
    first = m_ranges.erase(first, last);
    m_ranges.insert(first, merged);
}

void RangeSet::add(const RangeSet &other)
{
    for (const auto &range : other.m_ranges)
        add(range);
}

void RangeSet::subtract(const TimeRange &cut)
{
    if (cut.isEmpty())
        return;
    std::vector<TimeRange> kept;
    kept.reserve(m_ranges.size() + 1);
    for (const auto &range : m_ranges) {
        if (!range.intersects(cut)) {
            kept.push_back(range);
            continue;
        }
        if (range.from < cut.from)
            kept.push_back({range.from, cut.from});
        if (cut.to < range.to)
            kept.push_back({cut.to, range.to});
    }
    m_ranges = std::move(kept);
}

bool RangeSet::covers(const TimeRange &range) const
{
    if (range.isEmpty())
        return true;
    return std::any_of(m_ranges.begin(), m_ranges.end(), [&](const TimeRange &r) {
        return r.from <= range.from && range.to <= r.to;
    });
}

bool RangeSet::contains(qint64 t) const
{
    return covers({t, t + 1});
}

std::vector<TimeRange> RangeSet::gaps(const TimeRange &within) const
{
    std::vector<TimeRange> result;
    if (within.isEmpty())
        return result;
    qint64 cursor = within.from;
    for (const auto &range : m_ranges) {
        if (range.to <= cursor)
            continue;
        if (range.from >= within.to)
            break;
        if (range.from > cursor)
            result.push_back({cursor, range.from});
        cursor = std::max(cursor, range.to);
        if (cursor >= within.to)
            break;
    }
    if (cursor < within.to)
        result.push_back({cursor, within.to});
    return result;
}

RangeSet RangeSet::intersected(const TimeRange &within) const
{
    RangeSet result;
    for (const auto &range : m_ranges) {
        const auto part = range.intersected(within);
        if (!part.isEmpty())
            result.m_ranges.push_back(part);
    }
    return result;
}

TimeRange RangeSet::span() const
{
    if (m_ranges.empty())
        return {};
    return {m_ranges.front().from, m_ranges.back().to};
}

qint64 RangeSet::totalDuration() const
{
    qint64 total = 0;
    for (const auto &range : m_ranges)
        total += range.duration();
    return total;
}

} // namespace cascade

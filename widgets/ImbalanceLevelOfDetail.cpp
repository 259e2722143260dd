#include "ImbalanceLevelOfDetail.h"

#include <algorithm>
#include <cmath>

namespace cascade {

void ImbalanceLevelOfDetail::setSource(std::vector<ImbalanceRow> rows)
{
    m_rows = std::move(rows);
    m_barMs = m_rows.empty() ? 0 : m_rows.front().end - m_rows.front().time;
    m_levels.clear();
}

std::size_t ImbalanceLevelOfDetail::countInRange(qint64 fromMs, qint64 toMs) const
{
    auto byTime = [](const ImbalanceRow &row, qint64 t) { return row.time < t; };
    auto first = std::lower_bound(m_rows.begin(), m_rows.end(), fromMs, byTime);
    auto last = std::lower_bound(first, m_rows.end(), toMs, byTime);
    return std::size_t(last - first);
}

const std::vector<ImbalanceRow> &ImbalanceLevelOfDetail::level(qint64 factor)
{
    if (factor <= 1 || m_barMs <= 0)
        return m_rows;
    auto found = m_levels.find(factor);
    if (found == m_levels.end())
        found = m_levels.emplace(factor, merged(factor)).first;
    return found->second;
}

std::vector<ImbalanceRow> ImbalanceLevelOfDetail::merged(qint64 factor) const
{
    const qint64 length = m_barMs * factor;
    std::vector<ImbalanceRow> out;
    for (const ImbalanceRow &row : m_rows) {
        const qint64 start = row.time - ((row.time % length) + length) % length;
        if (out.empty() || out.back().time != start) {
            ImbalanceRow bar;
            bar.time = start;
            bar.end = start + length;
            out.push_back(bar);
        }
        ImbalanceRow &bar = out.back();
        bar.longUsd += row.longUsd;
        bar.shortUsd += row.shortUsd;
        bar.longCount += row.longCount;
        bar.shortCount += row.shortCount;
        // Samples, not sums: the merged bar shows the last one known within it.
        if (std::isfinite(row.accountRatio))
            bar.accountRatio = row.accountRatio;
        if (std::isfinite(row.takerRatio))
            bar.takerRatio = row.takerRatio;
        if (std::isfinite(row.openInterestUsd))
            bar.openInterestUsd = row.openInterestUsd;
    }
    return out;
}

} // namespace cascade

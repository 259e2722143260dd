#pragma once

#include "analysis/EstimatedLevel.h"

#include <limits>
#include <vector>

namespace cascade {

// The open levels of one side, in equal-width price buckets. Bars only ever consume a side from
// one end (longs from the top down to the bar's low, shorts from the bottom up to its high), so a
// sweep walks only the buckets the bar reached: the cost per bar does not grow with history.
class LevelBook
{
public:
    LevelBook() = default;
    LevelBook(LiquidationSide side, double bucketWidth);

    void add(const EstimatedLevel &level);
    // Moves every level the bar reaches into `out`: longs at prices >= reach (the bar's low),
    // shorts at prices <= reach (the bar's high).
    void sweep(double reach, std::vector<EstimatedLevel> &out);
    // Multiplies every weight by factor[tier] and drops levels whose new weight is below `floor`;
    // returns the weight dropped per tier (added to `dropped`).
    void rescale(const std::vector<double> &factor, double floor, std::vector<double> &dropped);

    std::size_t size() const { return m_size; }
    template<typename F> void forEach(F &&f) const
    {
        for (const auto &bucket : m_buckets)
            for (const EstimatedLevel &level : bucket)
                f(level);
    }

private:
    int bucketOf(double price) const;
    void sweepLongs(double low, std::vector<EstimatedLevel> &out);
    void sweepShorts(double high, std::vector<EstimatedLevel> &out);

    LiquidationSide m_side = LiquidationSide::LongLiquidated;
    double m_inverseWidth = 1.0;
    std::vector<std::vector<EstimatedLevel>> m_buckets;
    // Longs: no level lies above bucket m_edge; shorts: none below. A bound, not exact, so that
    // sweeps never search for the next non-empty bucket.
    int m_edge = -1;
    std::size_t m_size = 0;
};

} // namespace cascade

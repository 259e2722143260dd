#include "analysis/EstimatedHeatmap.h"

#include "analysis/LevelEstimator.h"

#include <algorithm>

namespace cascade {

namespace {

// Open weight per side, tier and price row, in the estimator's decay frame.
class RunningGrid
{
public:
    RunningGrid(int tiers, const PriceGrid &grid)
        : m_grid(grid)
        , m_tiers(tiers)
    {
        m_weight.assign(std::size_t(2) * tiers * grid.count, 0.0);
    }
    void add(const EstimatedLevel &level, double sign)
    {
        const int row = m_grid.index(level.price);
        if (row >= 0)
            m_weight[slot(int(level.side), level.tier) + row] += sign * level.weight;
    }
    void rescale(const std::vector<double> &factor)
    {
        for (int side = 0; side < 2; ++side)
            for (int t = 0; t < m_tiers; ++t)
                for (int r = 0; r < m_grid.count; ++r)
                    m_weight[slot(side, t) + r] *= factor[t];
    }
    // Writes the notional per row as of the estimator's time.
    void write(const LevelEstimator &estimator, double *longOut, double *shortOut) const
    {
        double *out[2] = {longOut, shortOut};
        for (int side = 0; side < 2; ++side) {
            std::fill(out[side], out[side] + m_grid.count, 0.0);
            for (int t = 0; t < m_tiers; ++t) {
                const double scale = estimator.calibration() / estimator.gain(t);
                const double *w = &m_weight[slot(side, t)];
                for (int r = 0; r < m_grid.count; ++r)
                    out[side][r] += std::max(w[r], 0.0) * scale;
            }
        }
    }

private:
    std::size_t slot(int side, int tier) const { return (std::size_t(side) * m_tiers + tier) * m_grid.count; }
    PriceGrid m_grid;
    int m_tiers;
    std::vector<double> m_weight;
};

} // namespace

EstimatedHeatmap EstimatedHeatmap::build(const std::vector<LevelBar> &bars,
                                         const AnalysisParams::Levels &params, const TimeRange &range,
                                         Interval interval, const PriceGrid &prices)
{
    EstimatedHeatmap map;
    if (!interval.isValid() || range.isEmpty() || !prices.isValid())
        return map;
    const qint64 step = interval.ms();
    map.m_intervalMs = step;
    map.m_timeOrigin = interval.floor(range.from);
    map.m_columns = int((range.to - 1 - map.m_timeOrigin) / step + 1);
    map.m_prices = prices;
    const std::size_t rows = std::size_t(prices.count);
    map.m_long.assign(map.m_columns * rows, 0.0);
    map.m_short.assign(map.m_columns * rows, 0.0);
    map.m_hasData.assign(map.m_columns, false);

    LevelEstimator estimator(params);
    RunningGrid running(estimator.tierCount(), prices);
    bool recording = false;
    int pending = -1; // column whose values the estimator's current state gives
    auto flush = [&](int upTo) {
        // Write the pending column, and repeat it through columns without bars up to `upTo`.
        running.write(estimator, &map.m_long[pending * rows], &map.m_short[pending * rows]);
        map.m_hasData[pending] = true;
        for (int c = pending + 1; c < upTo; ++c) {
            std::copy_n(&map.m_long[pending * rows], rows, &map.m_long[c * rows]);
            std::copy_n(&map.m_short[pending * rows], rows, &map.m_short[c * rows]);
            map.m_hasData[c] = true;
        }
    };

    for (const LevelBar &bar : bars) {
        const qint64 t = bar.candle.openTime;
        if (t >= range.to)
            break;
        const int column = t >= range.from ? int((t - map.m_timeOrigin) / step) : -1;
        if (pending >= 0 && column != pending)
            flush(column);
        estimator.step(bar);
        if (column < 0)
            continue;
        if (!recording) {
            // Entering the range: one scan of what is open, incremental from here on.
            estimator.forEachOpen([&](const EstimatedLevel &l) { running.add(l, 1.0); });
            recording = true;
        } else {
            if (!estimator.lastRebase().empty())
                running.rescale(estimator.lastRebase());
            for (const EstimatedLevel &l : estimator.lastSweptLevels())
                running.add(l, -1.0);
            for (const EstimatedLevel &l : estimator.lastAdded())
                running.add(l, 1.0);
        }
        pending = column;
    }
    if (pending >= 0)
        flush(map.m_columns);
    return map;
}

} // namespace cascade

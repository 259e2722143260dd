#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/LevelBar.h"
#include "analysis/LevelEstimator.h"
#include "market/MarketData.h"
#include "market/TimeRange.h"
#include "replay/ReplayFrame.h"

#include <map>
#include <memory>

namespace cascade {

// Replays a session at one chart interval, moving a cursor t through it. Moving forward steps the
// level model only through the candles that closed since the last position; moving back restores
// the nearest checkpoint of the level model before t and steps from there, so no position costs
// a pass over the whole session. Per-bar series are the session's own rows up to the bar that is
// forming at t, plus that bar computed from the data known at t alone (KnowledgeCut).
// frame() equals ReplayFrame::compute(KnowledgeCut::apply(data, t), ...) at every t.
class ReplayEngine
{
public:
    ReplayEngine(std::shared_ptr<const MarketData> data, Interval interval, AnalysisParams params);

    const MarketData &data() const { return *m_data; }
    Interval interval() const { return m_interval; }
    const AnalysisParams &params() const { return m_params; }
    // From the first candle's open to the last candle's close.
    TimeRange span() const;
    // The chart's bars over the whole session (navigation: bar boundaries, scrubber scale).
    const std::vector<Candle> &bars() const { return m_bars; }

    qint64 time() const { return m_time; }
    // Moves to t and brings the frame up to date: O(bars moved over + the forming bar), plus the
    // structure at t.
    void seek(qint64 t);
    const ReplayFrame &frame() const { return m_frame; }

    // The close of the bar after the one containing t, and the bar boundary before t.
    qint64 nextBarTime(qint64 t) const;
    qint64 previousBarTime(qint64 t) const;

    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    std::size_t checkpointSpacing() const { return m_spacing; }

private:
    void moveLevelsTo(std::size_t count);
    void stepLevelsTo(std::size_t count);
    void updateFrame();

    std::shared_ptr<const MarketData> m_data;
    Interval m_interval;
    AnalysisParams m_params;
    std::vector<Candle> m_bars;
    std::vector<BarLiquidations> m_liquidationBars;
    std::vector<ImbalanceRow> m_imbalance;
    std::vector<LevelBar> m_inputs; // the base candles with open interest and ratios joined

    qint64 m_time = 0;
    ReplayFrame m_frame;
    // Rows of m_frame's series that are the session's own closed rows (the forming one follows).
    std::size_t m_closedCandles = 0;
    std::size_t m_closedLiquidationBars = 0;
    std::size_t m_closedImbalance = 0;
    LevelEstimator m_levels;
    std::size_t m_stepped = 0; // base candles m_levels has stepped through
    // Copies of the level model after every m_spacing candles, made as the cursor first passes.
    std::map<std::size_t, LevelEstimator> m_checkpoints;
    std::size_t m_spacing = 1;
};

} // namespace cascade

#pragma once

#include "analysis/AnalysisParams.h"
#include "analysis/EstimatedLevel.h"
#include "analysis/LevelBar.h"
#include "analysis/LevelBook.h"
#include "market/MarketData.h"

#include <array>
#include <vector>

namespace cascade {

// Estimated liquidation levels, updated bar by bar (docs/MODELS.md, "Estimated liquidation levels").
// A value type: copy it to checkpoint, so replay can jump without recomputing from the start.
// Each step() costs O(tiers + levels swept by that bar): open levels are never rescanned, and decay
// is applied lazily through a per-tier gain (a level's notional = weight / gain).
class LevelEstimator
{
public:
    explicit LevelEstimator(AnalysisParams::Levels params = {});

    static double longLiquidationPrice(double entry, double leverage, double mmr)
    {
        return entry * (1.0 - 1.0 / leverage + mmr);
    }
    static double shortLiquidationPrice(double entry, double leverage, double mmr)
    {
        return entry * (1.0 + 1.0 / leverage - mmr);
    }

    // The inputs for `candles` (sorted), with open interest and account ratio joined as of each
    // candle's open time from `data`.
    static std::vector<LevelBar> inputs(const MarketData &data, const std::vector<Candle> &candles);

    // Advances to the bar: sweeps the levels it reaches, then opens the bar's new exposure.
    // Bars must come in increasing openTime.
    void step(const LevelBar &bar);

    const AnalysisParams::Levels &params() const { return m_params; }
    int tierCount() const { return int(m_params.tiers.size()); }
    bool hasStepped() const { return m_steps > 0; }
    qint64 time() const { return m_time; }           // open time of the last bar stepped
    double lastClose() const { return m_lastClose; } // its close: the price "at t"
    qint64 steps() const { return m_steps; }

    // Open notional of a side and tier at time(), before calibration.
    double openNotional(LiquidationSide side, int tier) const;
    double openNotional() const;
    // USD per unit of estimated notional: open interest / open notional when calibration is on and
    // both are known, else 1.
    double calibration() const { return m_calibration; }
    // Notional of a level at time(), calibrated with the current factor.
    double valueOf(const EstimatedLevel &level) const
    {
        return level.weight / m_gain[level.tier] * m_calibration;
    }
    double gain(int tier) const { return m_gain[tier]; }
    // When the level's exposure opened (to the second).
    qint64 createdTime(const EstimatedLevel &level) const
    {
        return m_origin + qint64(level.createdSeconds) * 1000;
    }

    // What the last step() did (for incremental consumers such as EstimatedHeatmap).
    const std::vector<EstimatedLevel> &lastAdded() const { return m_added; }
    const std::vector<EstimatedLevel> &lastSweptLevels() const { return m_swept; }
    std::vector<SweptLevel> lastSwept() const;
    // Non-empty when the last step rebased the decay frame: every weight was multiplied by these
    // per-tier factors (levels whose weight fell below a millionth of a dollar were dropped).
    const std::vector<double> &lastRebase() const { return m_rebase; }

    std::size_t openLevelCount() const { return m_longs.size() + m_shorts.size(); }
    template<typename F> void forEachOpen(F &&f) const
    {
        m_longs.forEach(f);
        m_shorts.forEach(f);
    }

private:
    double newExposure(const LevelBar &bar) const;
    double longShare(const LevelBar &bar) const;
    void advanceClock(qint64 time);
    void open(const LevelBar &bar);

    AnalysisParams::Levels m_params;
    std::vector<double> m_tierWeight; // normalised to sum 1
    std::vector<double> m_decayPerMs; // log2 halvings per millisecond, 0 = no decay
    std::vector<double> m_gain;       // 2^((time - m_frame) * decayPerMs)
    std::vector<double> m_sum[2];     // open weight per side and tier, in the decay frame
    LevelBook m_longs;
    LevelBook m_shorts;
    qint64 m_frame = 0;
    qint64 m_origin = 0; // open time of the first bar
    qint64 m_time = 0;
    qint64 m_steps = 0;
    double m_lastClose = 0.0;
    double m_previousOi = LevelBar::unknown;
    double m_calibration = 1.0;
    double m_sweepCalibration = 1.0; // the factor in force when the last bar swept
    std::vector<EstimatedLevel> m_added;
    std::vector<EstimatedLevel> m_swept;
    std::vector<double> m_rebase;
};

} // namespace cascade

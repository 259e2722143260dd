#pragma once

#include "simulation/SessionLayout.h"

#include <vector>

namespace cascade {

class SeededRandom;

// The session's underlying price path before liquidations move it: one log price per minute
// boundary. Daily anchor levels follow a fixed autumn-2025 shape (rally, flash crash, recovery,
// slide into the long-heavy day) with seeded jitter; each day is a Brownian bridge between its
// anchors with intraday volatility seasonality. The whole path is then mapped (affinely, in log
// space) so its lowest and highest points land on the requested levels. The crash and the
// long-heavy day's relief bounces are overlays added after that mapping, so their shapes keep
// their designed depth.
class PricePath
{
public:
    // Minutes of the long-heavy day at which its relief bounces start (they last an hour).
    static constexpr int bounceStarts[] = {180, 540, 870, 1140};

    PricePath(const SessionLayout &layout, SeededRandom &random);

    // Re-maps the path's extremes to [low, high]; may be called again with other levels.
    void calibrate(double low, double high);

    // Log price at minute boundary i (0 .. minutes()).
    double logPrice(int i) const { return m_mapped[i]; }
    // Standard deviation of the log return over minute i.
    double minuteSigma(int minute) const { return m_sigma[minute]; }
    int minutes() const { return int(m_sigma.size()); }

private:
    std::vector<double> anchorLevels(SeededRandom &random) const;
    double dailyVolatility(int day, SeededRandom &random) const;
    void buildDay(int day, double logFrom, double logTo, double dayVol, SeededRandom &random);
    double overlay(int day, int minuteOfDay) const;

    SessionLayout m_layout;
    std::vector<double> m_base;    // anchors + bridges, before mapping
    std::vector<double> m_overlay; // crash dip and relief bounces, added after mapping
    std::vector<double> m_mapped;
    std::vector<float> m_sigma;
};

} // namespace cascade

#pragma once

#include "simulation/PositionBook.h"

namespace cascade {

// Keeps the long-heavy 24 hours on target. Background traders alone liquidate some longs on a
// sliding day; this schedule adds leveraged dip-buyers (and shorts that pile in just before the
// relief bounces) whenever realized plus still-open scheduled positions fall behind a straight
// line to the target. It never creates events itself: its positions are liquidated only when the
// price path crosses them, like everyone else's.
class LongHeavySchedule
{
public:
    static constexpr int windowMinutes = 1440;

    LongHeavySchedule(int firstMinute, double totalUsd, double longShare, bool enabled);

    bool contains(int minute) const;
    void liquidated(const Cohort &cohort, double notionalUsd, int minute);
    void opened(PositionSide side, double notionalUsd);

    // Notional the schedule wants opened at the close of minute (0 when on track).
    double longDue(int minute) const;
    double shortDue(int minute) const;
    int closeMinute() const { return m_first + windowMinutes + 360; }

private:
    int m_first;
    double m_longTarget;
    double m_shortTarget;
    bool m_enabled;
    double m_realizedLong = 0.0;
    double m_realizedShort = 0.0;
    double m_pendingLong = 0.0;
    double m_pendingShort = 0.0;
};

} // namespace cascade

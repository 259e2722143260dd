#pragma once

#include <QtGlobal>

namespace cascade {

// Where the scripted events of a session fall, in whole UTC days from the start.
// The crash sits at ~40% of the session and the long-heavy day two days before the end; for
// sessions shorter than five days they are squeezed in as described in docs/MODELS.md.
struct SessionLayout
{
    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 dayMs = 86'400'000;
    static constexpr int minutesPerDay = 1440;

    qint64 start = 0;
    int days = 0;
    int crashDay = 0;
    int longHeavyDay = 0;
    // False when the session is too short for the two events to have days of their own.
    bool longHeavyEnabled = true;

    static SessionLayout make(qint64 start, int days);

    int minutes() const { return days * minutesPerDay; }
    qint64 end() const { return start + qint64(days) * dayMs; }
    qint64 dayStart(int day) const { return start + qint64(day) * dayMs; }
};

} // namespace cascade

#include "simulation/LongHeavySchedule.h"

#include "simulation/PricePath.h"

#include <iterator>

namespace cascade {

namespace {
// Scheduled openings stop three hours before the window ends, so the slide can reach them.
constexpr int kOpeningMinutes = LongHeavySchedule::windowMinutes - 180;
constexpr double kSmallest = 20'000.0;
// Shorts are added during the ten minutes before each relief bounce.
constexpr int kShortLead = 10;
} // namespace

LongHeavySchedule::LongHeavySchedule(int firstMinute, double totalUsd, double longShare, bool enabled)
    : m_first(firstMinute)
    , m_longTarget(totalUsd * longShare)
    , m_shortTarget(totalUsd * (1.0 - longShare))
    , m_enabled(enabled)
{}

bool LongHeavySchedule::contains(int minute) const
{
    return m_enabled && minute >= m_first && minute < m_first + windowMinutes;
}

void LongHeavySchedule::liquidated(const Cohort &cohort, double notionalUsd, int minute)
{
    const bool isLong = cohort.side == PositionSide::Long;
    if (cohort.targeted)
        (isLong ? m_pendingLong : m_pendingShort) -= cohort.entryPrice * cohort.quantity;
    if (contains(minute))
        (isLong ? m_realizedLong : m_realizedShort) += notionalUsd;
}

void LongHeavySchedule::opened(PositionSide side, double notionalUsd)
{
    (side == PositionSide::Long ? m_pendingLong : m_pendingShort) += notionalUsd;
}

double LongHeavySchedule::longDue(int minute) const
{
    const int k = minute - m_first;
    if (!m_enabled || k < 0 || k >= kOpeningMinutes)
        return 0.0;
    const double wanted = m_longTarget * (k + 1) / kOpeningMinutes;
    const double due = wanted - m_realizedLong - m_pendingLong;
    return due >= kSmallest ? due : 0.0;
}

double LongHeavySchedule::shortDue(int minute) const
{
    const int k = minute - m_first;
    if (!m_enabled || k < 0)
        return 0.0;
    const int bounces = int(std::size(PricePath::bounceStarts));
    for (int j = 0; j < bounces; ++j) {
        const int start = PricePath::bounceStarts[j];
        if (k >= start - kShortLead && k < start) {
            const double wanted = m_shortTarget * (j + 1) / bounces;
            const double due = (wanted - m_realizedShort - m_pendingShort) / (start - k);
            return due >= kSmallest ? due : 0.0;
        }
    }
    return 0.0;
}

} // namespace cascade

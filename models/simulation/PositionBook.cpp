#include "simulation/PositionBook.h"

namespace cascade {

double PositionBook::liquidationPrice(PositionSide side, int leverage, double entry) const
{
    const double margin = 1.0 / leverage;
    return side == PositionSide::Long ? entry * (1.0 - margin + m_mmr) : entry * (1.0 + margin - m_mmr);
}

int PositionBook::open(PositionSide side, int leverage, double entry, double quantity, int closeMinute,
                       bool targeted)
{
    const int index = int(m_cohorts.size());
    Cohort c;
    c.side = side;
    c.leverage = leverage;
    c.entryPrice = entry;
    c.liquidationPrice = liquidationPrice(side, leverage, entry);
    c.quantity = quantity;
    c.closeMinute = closeMinute;
    c.targeted = targeted;
    m_cohorts.push_back(c);
    if (side == PositionSide::Long) {
        m_longs.emplace(c.liquidationPrice, index);
        m_longQuantity += quantity;
    } else {
        m_shorts.emplace(-c.liquidationPrice, index);
        m_shortQuantity += quantity;
    }
    m_closes.emplace(closeMinute, index);
    return index;
}

void PositionBook::remove(int index)
{
    Cohort &c = m_cohorts[std::size_t(index)];
    c.open = false;
    (c.side == PositionSide::Long ? m_longQuantity : m_shortQuantity) -= c.quantity;
}

void PositionBook::liquidateLongs(double low, std::vector<int> &crossed)
{
    // Closed cohorts stay in the heap until they surface (lazy deletion).
    while (!m_longs.empty() && m_longs.top().first >= low) {
        const int index = m_longs.top().second;
        m_longs.pop();
        if (m_cohorts[std::size_t(index)].open) {
            remove(index);
            crossed.push_back(index);
        }
    }
}

void PositionBook::liquidateShorts(double high, std::vector<int> &crossed)
{
    while (!m_shorts.empty() && -m_shorts.top().first <= high) {
        const int index = m_shorts.top().second;
        m_shorts.pop();
        if (m_cohorts[std::size_t(index)].open) {
            remove(index);
            crossed.push_back(index);
        }
    }
}

void PositionBook::closeDue(int minute)
{
    while (!m_closes.empty() && m_closes.top().first <= minute) {
        const int index = m_closes.top().second;
        m_closes.pop();
        if (m_cohorts[std::size_t(index)].open)
            remove(index);
    }
}

} // namespace cascade

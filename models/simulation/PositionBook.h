#pragma once

#include <QtGlobal>

#include <queue>
#include <utility>
#include <vector>

namespace cascade {

enum class PositionSide : quint8 { Long, Short };

// One cohort: many small traders who opened the same side at the same price and leverage,
// kept as one position so a 60-day session stays at tens of thousands of liquidation events.
struct Cohort
{
    PositionSide side = PositionSide::Long;
    int leverage = 1;
    double entryPrice = 0.0;
    double liquidationPrice = 0.0;
    double quantity = 0.0; // base units
    int closeMinute = 0;   // when its traders close voluntarily, if not liquidated before
    bool targeted = false; // opened by the long-heavy schedule
    bool open = true;
};

// The simulated leveraged traders. Longs are kept in a heap by highest liquidation price and
// shorts by lowest, so finding every position a minute's range crosses costs only the positions
// actually crossed.
class PositionBook
{
public:
    explicit PositionBook(double maintenanceMargin)
        : m_mmr(maintenanceMargin)
    {}

    double liquidationPrice(PositionSide side, int leverage, double entry) const;
    int open(PositionSide side, int leverage, double entry, double quantity, int closeMinute,
             bool targeted = false);

    // Liquidates longs whose liquidation price is at or above low (shorts: at or below high),
    // appending their indices to crossed.
    void liquidateLongs(double low, std::vector<int> &crossed);
    void liquidateShorts(double high, std::vector<int> &crossed);
    // Voluntary closes due before or at minute.
    void closeDue(int minute);

    const Cohort &cohort(int index) const { return m_cohorts[std::size_t(index)]; }
    double longQuantity() const { return m_longQuantity; }
    double shortQuantity() const { return m_shortQuantity; }

private:
    void remove(int index);

    double m_mmr;
    std::vector<Cohort> m_cohorts;
    std::priority_queue<std::pair<double, int>> m_longs;  // (liquidation price, index)
    std::priority_queue<std::pair<double, int>> m_shorts; // (-liquidation price, index)
    std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>> m_closes;
    double m_longQuantity = 0.0;
    double m_shortQuantity = 0.0;
};

} // namespace cascade

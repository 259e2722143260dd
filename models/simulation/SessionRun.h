#pragma once

#include "market/MarketData.h"
#include "simulation/LongHeavySchedule.h"
#include "simulation/PositionBook.h"
#include "simulation/SeededRandom.h"
#include "simulation/SessionLayout.h"

#include <vector>

namespace cascade {

class PricePath;

// One pass over the session, minute by minute: the calibrated path gives each minute's intended
// close; the minute's range then liquidates every cohort it crosses, and that forced flow pushes
// the price further (same minute, then decaying over the next ones), which can cross more
// cohorts: that is how cascades happen. New cohorts open at the close, in proportion to
// activity. Open interest and the ratios are read off the book every five minutes.
class SessionRun
{
public:
    SessionRun(const SessionLayout &layout, const PricePath &path, quint64 seed);

    // Fills candles, liquidations, open interest and the two ratio series of data.
    void run(MarketData &data);

private:
    struct MinuteBar
    {
        double open, high, low, close;
    };

    void step(int minute, MarketData &data);
    void liquidate(int minute, MinuteBar &bar, MarketData &data);
    void recordEvents(int minute, const MinuteBar &bar, MarketData &data, std::size_t firstEvent);
    double recordVolume(int minute, const MinuteBar &bar, double sigma, MarketData &data);
    void openPositions(int minute, double price, double activity);
    void openScheduled(int minute, double price);
    void sampleBook(int minute, double price, MarketData &data);

    double longBias(int day) const;
    double openingRate(int day) const;
    bool buildingUp(int day) const;

    SessionLayout m_layout;
    const PricePath &m_path;
    SeededRandom m_random;
    PositionBook m_book;
    LongHeavySchedule m_schedule;

    double m_price = 0.0;
    double m_impact = 0.0;               // log-price displacement left by forced flow
    double m_backgroundOi = 0.0;         // unlevered and hedged open interest (base units)
    double m_minuteLiquidatedLong = 0.0; // base units, for taker flow
    double m_minuteLiquidatedShort = 0.0;
    double m_periodBuy = 0.0;
    double m_periodSell = 0.0;
    std::vector<int> m_crossed;
};

} // namespace cascade

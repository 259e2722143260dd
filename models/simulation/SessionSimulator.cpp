#include "simulation/SessionSimulator.h"

#include "simulation/OptionChainGenerator.h"
#include "simulation/PricePath.h"
#include "simulation/SeededRandom.h"
#include "simulation/SessionLayout.h"
#include "simulation/SessionRun.h"

#include <algorithm>
#include <limits>

namespace cascade {

namespace {

// The range analysts watched in autumn 2025, and how far a session may miss it.
constexpr double kRangeLow = 97'000.0;
constexpr double kRangeHigh = 111'900.0;
constexpr double kRangeTolerance = 400.0;
constexpr int kCalibrationPasses = 6;

// Independent random streams from one seed (SplitMix64 finaliser).
quint64 streamSeed(quint64 seed, quint64 stream)
{
    quint64 z = seed + stream * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Aims one end of the range: multiplicative steps until the answer is bracketed, then bisection
// (a cascade near the extreme can make the response jump, so plain steps may oscillate).
class RangeAim
{
public:
    RangeAim(double wanted, double first)
        : m_wanted(wanted)
        , m_aim(first)
    {}
    double aim() const { return m_aim; }
    void observe(double got)
    {
        (got > m_wanted ? m_above : m_below) = m_aim;
        if (m_above > 0.0 && m_below > 0.0)
            m_aim = 0.5 * (m_above + m_below);
        else
            m_aim *= m_wanted / got;
    }

private:
    double m_wanted;
    double m_aim;
    double m_above = 0.0; // an aim that came out too high
    double m_below = 0.0; // an aim that came out too low
};

struct Extremes
{
    double low = std::numeric_limits<double>::max();
    double high = 0.0;
};

Extremes extremes(const std::vector<Candle> &candles, qint64 skipFrom = 0, qint64 skipTo = 0)
{
    Extremes e;
    for (const Candle &c : candles) {
        if (c.openTime >= skipFrom && c.openTime < skipTo)
            continue;
        e.low = std::min(e.low, c.low);
        e.high = std::max(e.high, c.high);
    }
    return e;
}

double longShare(const std::vector<Liquidation> &events, qint64 from, qint64 to)
{
    double longs = 0.0;
    double total = 0.0;
    for (const Liquidation &e : events) {
        if (e.time < from || e.time >= to)
            continue;
        total += e.notionalUsd;
        if (e.side == LiquidationSide::LongLiquidated)
            longs += e.notionalUsd;
    }
    return total > 0.0 ? longs / total : 0.0;
}

} // namespace

SessionSimulator::SessionSimulator(SimulationConfig config)
    : m_config(std::move(config))
{}

SimulatedSession SessionSimulator::run() const
{
    const SessionLayout layout = SessionLayout::make(m_config.start, m_config.days);
    SeededRandom pathRandom(streamSeed(m_config.seed, 1));
    PricePath path(layout, pathRandom);

    // The cascades move the extremes a little; re-aim the path until the traded range fits.
    // The best pass is kept (cascades make the response slightly chaotic).
    SimulatedSession session;
    MarketData &data = session.data;
    RangeAim low(kRangeLow, kRangeLow + 150.0);
    RangeAim high(kRangeHigh, kRangeHigh - 150.0);
    double bestMiss = std::numeric_limits<double>::max();
    for (int pass = 0; pass < kCalibrationPasses; ++pass) {
        path.calibrate(low.aim(), high.aim());
        MarketData candidate;
        SessionRun(layout, path, streamSeed(m_config.seed, 2)).run(candidate);
        const Extremes e = extremes(candidate.candles);
        const double miss = std::max(std::abs(e.low - kRangeLow), std::abs(e.high - kRangeHigh));
        if (miss < bestMiss) {
            bestMiss = miss;
            data = std::move(candidate);
        }
        if (miss <= kRangeTolerance)
            break;
        low.observe(e.low);
        high.observe(e.high);
    }

    data.exchange = QStringLiteral("simulated");
    data.symbol = m_config.symbol;
    data.underlying = QStringLiteral("BTC");
    data.simulated = true;
    data.baseInterval = Interval::minutes(1);
    data.candleCoverage = RangeSet({TimeRange{layout.start, layout.end()}});
    data.optionChain = OptionChainGenerator(layout, streamSeed(m_config.seed, 3)).generate(data.candles);

    SimulationTruth &truth = session.truth;
    truth.start = layout.start;
    truth.end = layout.end();
    truth.crashDayStart = layout.dayStart(layout.crashDay);
    truth.longHeavyDayStart = layout.dayStart(layout.longHeavyDay);
    truth.longHeavyShare =
        longShare(data.liquidations, truth.longHeavyDayStart, truth.longHeavyDayStart + SessionLayout::dayMs);
    const Extremes outsideCrash =
        extremes(data.candles, truth.crashDayStart, truth.crashDayStart + SessionLayout::dayMs);
    // A one-day session is all crash day: then the whole day counts.
    truth.rangeLow = outsideCrash.high > 0.0 ? outsideCrash.low : extremes(data.candles).low;
    truth.rangeHigh = extremes(data.candles).high;
    truth.putWallStrike = OptionChainGenerator::putWall(data.optionChain);
    return session;
}

} // namespace cascade

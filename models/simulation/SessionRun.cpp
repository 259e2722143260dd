#include "simulation/SessionRun.h"

#include "simulation/PricePath.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr double kMaintenanceMargin = 0.005;
constexpr int kLeverage[] = {5, 10, 25, 50, 100};
constexpr double kLeverageWeight[] = {0.10, 0.20, 0.30, 0.25, 0.15};
// Mean holding time (minutes) per tier: the more leverage, the shorter traders hold.
constexpr double kHolding[] = {10'080, 5'760, 2'880, 1'440, 480};
constexpr int kTiers = 5;

// Cohort openings per minute at normal activity, and their size (log-normal, USD).
constexpr double kOpeningsPerMinute = 1.0;
constexpr double kMedianCohortUsd = 80'000.0;
constexpr double kCohortSpread = 1.1;
constexpr double kLargestCohortUsd = 20'000'000.0;

// Forced flow moves the price by this much (log) per USD, at most kMaxPush per minute.
constexpr double kImpactPerUsd = 1.0 / 5.0e9;
constexpr double kMaxPush = 0.015;
constexpr double kMaxPushQuietDay = 0.005;
// Only the crash lets forced flow displace the price far; elsewhere books absorb it quickly.
constexpr double kMaxImpact = 0.02;
constexpr double kMaxImpactQuietDay = 0.006;
constexpr double kImpactDecay = 0.966; // half-life ~20 minutes
constexpr int kCascadeRounds = 6;

constexpr double kBaseVolumePerMinute = 110.0;                // BTC
constexpr double kReferenceSigma = 0.02 / 37.947331922020552; // 2% a day, per minute
constexpr double kBackgroundOi = 62'000.0;

// Long-heavy 24 hours: 218.5 M USD liquidated, 93% of it long (a long/short ratio of ~13.6).
constexpr double kLongHeavyTotalUsd = 218.5e6;
constexpr double kLongHeavyShare = 0.93;

double ramp(int day, int from, int to)
{
    if (to <= from)
        return day >= to ? 1.0 : 0.0;
    return std::clamp(double(day - from) / (to - from), 0.0, 1.0);
}

} // namespace

SessionRun::SessionRun(const SessionLayout &layout, const PricePath &path, quint64 seed)
    : m_layout(layout)
    , m_path(path)
    , m_random(seed)
    , m_book(kMaintenanceMargin)
    , m_schedule(layout.longHeavyDay * SessionLayout::minutesPerDay, kLongHeavyTotalUsd, kLongHeavyShare,
                 layout.longHeavyEnabled)
{}

void SessionRun::run(MarketData &data)
{
    const int minutes = m_layout.minutes();
    data.candles.reserve(std::size_t(minutes));
    data.openInterest.reserve(std::size_t(minutes / 5));
    data.longShortAccountRatio.reserve(std::size_t(minutes / 5));
    data.takerBuySellRatio.reserve(std::size_t(minutes / 5));
    m_price = std::exp(m_path.logPrice(0));
    m_backgroundOi = kBackgroundOi;
    for (int minute = 0; minute < minutes; ++minute)
        step(minute, data);
}

// Traders lean long into the crash and into the long-heavy day; the crash flushes that lean.
double SessionRun::longBias(int day) const
{
    const int c = m_layout.crashDay;
    const int h = m_layout.longHeavyDay;
    if (day > c && day <= c + 3 && day < h - 5)
        return 0.45;
    const double intoCrash = day <= c ? ramp(day, c - 6, c) : 0.0;
    const double intoSlide = day > c && day <= h + 1 ? ramp(day, h - 6, h) : 0.0;
    return 0.5 + 0.2 * intoCrash + 0.16 * intoSlide;
}

bool SessionRun::buildingUp(int day) const
{
    return day >= m_layout.crashDay - 6 && day <= m_layout.crashDay;
}

// Leverage builds up before the crash.
double SessionRun::openingRate(int day) const
{
    const int c = m_layout.crashDay;
    return 1.0 + (day <= c ? 5.0 * ramp(day, c - 6, c) : 0.0);
}

void SessionRun::step(int minute, MarketData &data)
{
    m_book.closeDue(minute);
    if (minute % 5 == 0)
        sampleBook(minute, m_price, data);

    const double sigma = m_path.minuteSigma(minute);
    m_impact *= kImpactDecay;
    MinuteBar bar;
    bar.open = m_price;
    bar.close = std::exp(m_path.logPrice(minute + 1) + m_impact);
    bar.high = std::max(bar.open, bar.close) * std::exp(m_random.exponential(0.3 * sigma));
    bar.low = std::min(bar.open, bar.close) * std::exp(-m_random.exponential(0.3 * sigma));

    const std::size_t firstEvent = data.liquidations.size();
    liquidate(minute, bar, data);
    recordEvents(minute, bar, data, firstEvent);
    const double activity = recordVolume(minute, bar, sigma, data);
    m_price = bar.close;
    openPositions(minute, bar.close, activity);
    openScheduled(minute, bar.close);

    m_backgroundOi += 0.002 * (kBackgroundOi - m_backgroundOi) + 4.0 * m_random.normal();
}

void SessionRun::liquidate(int minute, MinuteBar &bar, MarketData &data)
{
    m_minuteLiquidatedLong = 0.0;
    m_minuteLiquidatedShort = 0.0;
    // One minute's book can absorb only so much: the push budget is per minute, not per round.
    const bool crashDay = minute / SessionLayout::minutesPerDay == m_layout.crashDay;
    double downBudget = crashDay ? kMaxPush : kMaxPushQuietDay;
    double upBudget = downBudget;
    for (int round = 0; round < kCascadeRounds; ++round) {
        m_crossed.clear();
        m_book.liquidateLongs(bar.low, m_crossed);
        const std::size_t longs = m_crossed.size();
        m_book.liquidateShorts(bar.high, m_crossed);
        if (m_crossed.empty())
            break;
        double soldUsd = 0.0;
        double boughtUsd = 0.0;
        for (std::size_t k = 0; k < m_crossed.size(); ++k) {
            const Cohort &c = m_book.cohort(m_crossed[k]);
            const double price = std::clamp(c.liquidationPrice, bar.low, bar.high);
            const double notional = price * c.quantity;
            const bool isLong = k < longs;
            data.liquidations.push_back(
                {0, isLong ? LiquidationSide::LongLiquidated : LiquidationSide::ShortLiquidated, price,
                 c.quantity, notional});
            m_schedule.liquidated(c, notional, minute);
            (isLong ? soldUsd : boughtUsd) += notional;
            (isLong ? m_minuteLiquidatedLong : m_minuteLiquidatedShort) += c.quantity;
        }
        // Forced selling extends the minute's low (buying its high); half the move stays in the
        // close and carries into the next minutes.
        const double down = std::min(kImpactPerUsd * soldUsd, downBudget);
        const double up = std::min(kImpactPerUsd * boughtUsd, upBudget);
        downBudget -= down;
        upBudget -= up;
        bar.low *= std::exp(-down);
        bar.high *= std::exp(up);
        bar.close *= std::exp(0.5 * (up - down));
        const double cap =
            minute / SessionLayout::minutesPerDay == m_layout.crashDay ? kMaxImpact : kMaxImpactQuietDay;
        m_impact = std::clamp(m_impact + 0.5 * (up - down), -cap, cap);
    }
}

// Times inside the minute follow the bar's implied path: open, the extreme against the close
// direction at 20% of the minute, the other extreme at 80%, then the close.
void SessionRun::recordEvents(int minute, const MinuteBar &bar, MarketData &data, std::size_t firstEvent)
{
    const qint64 t0 = m_layout.start + qint64(minute) * SessionLayout::minuteMs;
    const bool falling = bar.close < bar.open;
    const double range = std::max(bar.high - bar.low, 1e-9);
    for (std::size_t k = firstEvent; k < data.liquidations.size(); ++k) {
        Liquidation &e = data.liquidations[k];
        const double p = e.price;
        double fraction = 0.0;
        if (e.side == LiquidationSide::LongLiquidated)
            fraction = falling ? 0.2 + 0.6 * (bar.high - p) / range
                               : 0.2 * (bar.open - p) / std::max(bar.open - bar.low, 1e-9);
        else
            fraction = falling ? 0.2 * (p - bar.open) / std::max(bar.high - bar.open, 1e-9)
                               : 0.2 + 0.6 * (p - bar.low) / range;
        fraction = std::clamp(fraction, 0.0, 0.9999);
        e.time = t0 + qint64(fraction * SessionLayout::minuteMs);
    }
    std::stable_sort(data.liquidations.begin() + std::ptrdiff_t(firstEvent), data.liquidations.end(),
                     [](const Liquidation &a, const Liquidation &b) { return a.time < b.time; });
}

// Returns the minute's activity relative to a normal quiet minute (drives new positions).
double SessionRun::recordVolume(int minute, const MinuteBar &bar, double sigma, MarketData &data)
{
    const double move = std::log(bar.close / bar.open);
    const double surprise = std::min(std::abs(move) / sigma, 8.0);
    // Forced flow draws traders in (dip buyers, breakout shorts): the fuel of the next round.
    const double forcedUsd = (m_minuteLiquidatedLong + m_minuteLiquidatedShort) * bar.close;
    const double activity =
        (sigma / kReferenceSigma) * (0.5 + 0.5 * surprise) + std::min(forcedUsd / 5e6, 20.0);
    const double organic = kBaseVolumePerMinute * activity * m_random.logNormal(-0.06, 0.35);
    // Takers buy up-moves and sell down-moves; liquidations are forced market orders.
    const double buyShare =
        std::clamp(0.5 + 0.3 * std::tanh(move / (1.5 * sigma)) + 0.04 * m_random.normal(), 0.08, 0.92);
    const double buy = organic * buyShare + m_minuteLiquidatedShort;
    const double sell = organic * (1.0 - buyShare) + m_minuteLiquidatedLong;
    const double volume = buy + sell;
    const double typical = (bar.open + bar.high + bar.low + bar.close) / 4.0;
    const qint64 t = m_layout.start + qint64(minute) * SessionLayout::minuteMs;
    data.candles.push_back({t, bar.open, bar.high, bar.low, bar.close, volume, buy, volume * typical});

    m_periodBuy += buy;
    m_periodSell += sell;
    if (minute % 5 == 4) {
        const qint64 periodStart = t - 4 * SessionLayout::minuteMs;
        data.takerBuySellRatio.push_back(
            {periodStart, m_periodBuy / m_periodSell, m_periodBuy, m_periodSell});
        m_periodBuy = 0.0;
        m_periodSell = 0.0;
    }
    return activity;
}

void SessionRun::openPositions(int minute, double price, double activity)
{
    const int day = minute / SessionLayout::minutesPerDay;
    const double rate = kOpeningsPerMinute * openingRate(day) * std::min(activity, 30.0);
    const double bias = longBias(day);
    const int count = m_random.poisson(rate);
    for (int k = 0; k < count; ++k) {
        const PositionSide side = m_random.chance(bias) ? PositionSide::Long : PositionSide::Short;
        const int tier = m_random.pick(kLeverageWeight, kTiers);
        const double usd =
            std::min(m_random.logNormal(std::log(kMedianCohortUsd), kCohortSpread), kLargestCohortUsd);
        // Longs added into the crash hold on for the breakout.
        const double patience = side == PositionSide::Long && buildingUp(day) ? 2.0 : 1.0;
        const int holding = 1 + int(m_random.exponential(kHolding[tier] * patience));
        m_book.open(side, kLeverage[tier], price, usd / price, minute + holding);
    }
}

void SessionRun::openScheduled(int minute, double price)
{
    if (const double usd = m_schedule.longDue(minute); usd > 0.0) {
        const int leverage = m_random.chance(0.6) ? 100 : 50;
        m_book.open(PositionSide::Long, leverage, price, usd / price, m_schedule.closeMinute(), true);
        m_schedule.opened(PositionSide::Long, usd);
    }
    if (const double usd = m_schedule.shortDue(minute); usd > 0.0) {
        m_book.open(PositionSide::Short, 100, price, usd / price, m_schedule.closeMinute(), true);
        m_schedule.opened(PositionSide::Short, usd);
    }
}

void SessionRun::sampleBook(int minute, double price, MarketData &data)
{
    const qint64 t = m_layout.start + qint64(minute) * SessionLayout::minuteMs;
    const double longs = m_book.longQuantity();
    const double shorts = m_book.shortQuantity();
    const double oi = m_backgroundOi + longs + shorts;
    data.openInterest.push_back({t, oi, oi * price});
    // Retail accounts lean long; the levered book's imbalance moves the share around that lean.
    const double share = std::clamp(
        0.56 + 0.5 * (longs - shorts) / (longs + shorts + 1500.0) + 0.01 * m_random.normal(), 0.3, 0.8);
    data.longShortAccountRatio.push_back({t, share / (1.0 - share), share, 1.0 - share});
}

} // namespace cascade

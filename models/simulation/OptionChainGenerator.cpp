#include "simulation/OptionChainGenerator.h"

#include "simulation/BlackScholes.h"
#include "simulation/OptionCalendar.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cascade {

namespace {

constexpr qint64 kSnapshotOffsetMs = 8 * 3'600'000;
constexpr double kYearMs = 365.0 * 86'400'000.0;
constexpr double kStrikeStep = 1'000.0;

double totalContracts(ExpiryKind kind)
{
    switch (kind) {
    case ExpiryKind::Daily:
        return 800.0;
    case ExpiryKind::Weekly:
        return 4'000.0;
    case ExpiryKind::Monthly:
        return 15'000.0;
    case ExpiryKind::Quarterly:
        return 40'000.0;
    }
    return 0.0;
}

// How far from spot strikes are listed.
double strikeReach(ExpiryKind kind)
{
    switch (kind) {
    case ExpiryKind::Daily:
        return 0.10;
    case ExpiryKind::Weekly:
        return 0.20;
    default:
        return 0.30;
    }
}

double roundness(double strike)
{
    const qint64 k = qint64(strike);
    if (k % 10'000 == 0)
        return 4.0;
    if (k % 5'000 == 0)
        return 2.5;
    return 1.0;
}

double bell(double x, double centre, double width)
{
    const double z = (x - centre) / width;
    return std::exp(-z * z);
}

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

std::vector<OptionQuote> OptionChainGenerator::generate(const std::vector<Candle> &candles) const
{
    std::vector<OptionQuote> out;
    for (int day = 0; day < m_layout.days; ++day) {
        const std::size_t at = std::size_t(day) * SessionLayout::minutesPerDay + kSnapshotOffsetMs / 60'000;
        if (at >= candles.size())
            break;
        const qint64 snapshot = m_layout.dayStart(day) + kSnapshotOffsetMs;
        const double spot = candles[at].open;
        const double progress = m_layout.days > 1 ? double(day) / (m_layout.days - 1) : 1.0;
        for (const Expiry &expiry : OptionCalendar::listed(snapshot))
            addExpiry(out, snapshot, spot, expiry, progress, atmVolatility(day));
    }
    return out;
}

void OptionChainGenerator::addExpiry(std::vector<OptionQuote> &out, qint64 snapshot, double spot,
                                     const Expiry &expiry, double progress, double atmIv) const
{
    const double reach = strikeReach(expiry.kind);
    const double lowest = std::ceil(spot * (1.0 - reach) / kStrikeStep) * kStrikeStep;
    const double highest = std::floor(spot * (1.0 + reach) / kStrikeStep) * kStrikeStep;
    const double years = double(expiry.time - snapshot) / kYearMs;
    const double wall = 0.3 + 1.7 * progress; // put protection at $100K keeps being added

    std::vector<double> strikes;
    std::vector<double> putWeight;
    std::vector<double> callWeight;
    double putSum = 0.0;
    double callSum = 0.0;
    for (double k = lowest; k <= highest; k += kStrikeStep) {
        const double x = std::log(k / spot);
        const double round = roundness(k);
        double put = (bell(x, -0.06, 0.08) + 0.05) * round * noise(expiry.time, k, true);
        if (k == putWallLevel)
            put *= 1.0 + wall;
        const double call = (bell(x, 0.07, 0.08) + 2.0 * bell(k, 118'000.0, 3'500.0) + 0.05) * round *
                            noise(expiry.time, k, false);
        strikes.push_back(k);
        putWeight.push_back(put);
        callWeight.push_back(call);
        putSum += put;
        callSum += call;
    }
    const double total = totalContracts(expiry.kind) * (0.8 + 0.4 * progress);
    for (std::size_t i = 0; i < strikes.size(); ++i) {
        const double k = strikes[i];
        // Standardised moneyness drives the smile: puts richer than calls.
        const double m = std::clamp(std::log(k / spot) / std::sqrt(years), -2.5, 2.5);
        const double iv = std::clamp(atmIv + 2.0 * m * m - 2.5 * m, 35.0, 80.0);
        for (const bool put : {false, true}) {
            OptionQuote q;
            q.snapshotTime = snapshot;
            q.instrument = OptionCalendar::instrument(expiry.time, k, put);
            q.expiry = expiry.time;
            q.strike = k;
            q.type = put ? OptionType::Put : OptionType::Call;
            const double share = put ? 0.55 * putWeight[i] / putSum : 0.45 * callWeight[i] / callSum;
            q.openInterest = std::round(total * share * 10.0) / 10.0; // Deribit counts 0.1 BTC
            q.openInterestUsd = q.openInterest * spot;
            q.underlyingPrice = spot;
            q.markIv = iv;
            q.delta = put ? BlackScholes::putDelta(spot, k, iv / 100.0, years)
                          : BlackScholes::callDelta(spot, k, iv / 100.0, years);
            q.gamma = BlackScholes::gamma(spot, k, iv / 100.0, years);
            out.push_back(std::move(q));
        }
    }
}

// ATM implied volatility (percent): calm in September, jumping with the crash, firm into the slide.
double OptionChainGenerator::atmVolatility(int day) const
{
    double iv = 44.0;
    const int sinceCrash = day - m_layout.crashDay;
    if (sinceCrash > 0)
        iv += 12.0 * std::exp(-(sinceCrash - 1) / 6.0);
    if (day >= m_layout.longHeavyDay)
        iv += 5.0;
    return iv;
}

// Persistent per-instrument variation (about 30% in log terms), the same in every snapshot.
double OptionChainGenerator::noise(qint64 expiry, double strike, bool put) const
{
    quint64 h = mix(m_seed ^ mix(quint64(expiry) * 31 + quint64(strike) * 2 + (put ? 1 : 0)));
    double sum = 0.0;
    for (int k = 0; k < 3; ++k) {
        sum += double(h >> 11) * 0x1.0p-53;
        h = mix(h + 0x9E3779B97F4A7C15ULL);
    }
    return std::exp(0.6 * (sum - 1.5));
}

double OptionChainGenerator::putWall(const std::vector<OptionQuote> &chain)
{
    if (chain.empty())
        return 0.0;
    const qint64 last = chain.back().snapshotTime;
    std::map<double, double> byStrike;
    for (auto it = chain.rbegin(); it != chain.rend() && it->snapshotTime == last; ++it) {
        if (it->type == OptionType::Put)
            byStrike[it->strike] += it->openInterest;
    }
    const auto best = std::max_element(byStrike.begin(), byStrike.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    return best == byStrike.end() ? 0.0 : best->first;
}

} // namespace cascade

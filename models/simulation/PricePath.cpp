#include "simulation/PricePath.h"

#include "simulation/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cascade {

namespace {

constexpr int kDay = SessionLayout::minutesPerDay;
// The crash starts at 20:50 UTC, bottoms an hour later and has mostly rebounded by midnight.
constexpr int kCrashStart = 20 * 60 + 50;
constexpr int kCrashBottom = kCrashStart + 60;
constexpr double kCrashOverlayDepth = 0.062;
// Relief bounces on the long-heavy day (minute of day they start), which squeeze late shorts.
constexpr int kBounceRise = 15;
constexpr int kBounceFade = 45;
constexpr double kBounceHeight = 0.009;

// Intraday activity: quiet Asian night, European open, busiest around the US open.
double seasonalShape(int minuteOfDay)
{
    const double h = minuteOfDay / 60.0;
    auto bump = [h](double centre, double width) {
        return std::exp(-((h - centre) / width) * ((h - centre) / width));
    };
    return 0.8 + 0.25 * bump(8.5, 1.5) + 0.55 * bump(14.5, 2.0) + 0.15 * bump(20.0, 2.0) -
           0.1 * bump(4.5, 2.0);
}

const std::vector<double> &seasonalTable()
{
    static const std::vector<double> table = [] {
        std::vector<double> t(kDay);
        double sumSq = 0.0;
        for (int m = 0; m < kDay; ++m) {
            t[m] = seasonalShape(m);
            sumSq += t[m] * t[m];
        }
        // Normalised so the day's variance is what the daily volatility says.
        const double norm = std::sqrt(sumSq / kDay);
        for (double &v : t)
            v /= norm;
        return t;
    }();
    return table;
}

double interpolate(const std::vector<std::pair<double, double>> &points, double x)
{
    if (x <= points.front().first)
        return points.front().second;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const auto &[x1, y1] = points[i];
        const auto &[x0, y0] = points[i - 1];
        if (x <= x1)
            return x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y1;
    }
    return points.back().second;
}

} // namespace

PricePath::PricePath(const SessionLayout &layout, SeededRandom &random)
    : m_layout(layout)
{
    const int n = layout.minutes();
    m_base.assign(n + 1, 0.0);
    m_overlay.assign(n + 1, 0.0);
    m_sigma.assign(n, 0.0f);
    const std::vector<double> anchors = anchorLevels(random);
    for (int d = 0; d < layout.days; ++d)
        buildDay(d, std::log(anchors[d]), std::log(anchors[d + 1]), dailyVolatility(d, random), random);
    for (int i = 0; i <= n; ++i) {
        const int day = std::min(i / kDay, layout.days - 1);
        m_overlay[i] = overlay(day, i - day * kDay);
    }
    m_mapped = m_base;
}

std::vector<double> PricePath::anchorLevels(SeededRandom &random) const
{
    const double c = m_layout.crashDay;
    const double h = m_layout.longHeavyDay;
    const double n = m_layout.days;
    // (day, level): the autumn-2025 shape. Later points win where short sessions squeeze them.
    std::vector<std::pair<double, double>> points{
        {0.0, 106'000},
        {c * 0.3, 109'000},
        {c * 0.6, 104'500},
        {c - 5, 105'500},
        {c, 110'300},
        {c + 1, 104'800},
        {c + 1 + 0.4 * (h - c - 1), 108'500},
        {c + 1 + 0.75 * (h - c - 1), 105'500},
        {h, 103'300},
        {h + 1, 99'200},
        {n, 98'300},
    };
    std::stable_sort(points.begin(), points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<double> anchors(m_layout.days + 1);
    for (int d = 0; d <= m_layout.days; ++d) {
        // The grind into the crash and the scripted days keep their levels.
        const bool scripted = (d >= m_layout.crashDay - 5 && d <= m_layout.crashDay + 1) ||
                              d == m_layout.longHeavyDay || d == m_layout.longHeavyDay + 1;
        const double jitter = scripted ? 1.0 : std::exp(0.012 * random.normal());
        anchors[d] = interpolate(points, d) * jitter;
    }
    return anchors;
}

double PricePath::dailyVolatility(int day, SeededRandom &random) const
{
    const double usual = std::clamp(0.02 * std::exp(0.3 * random.normal()), 0.012, 0.035);
    if (day == m_layout.longHeavyDay && m_layout.longHeavyEnabled)
        return 0.010; // a steady slide: the bounces are scripted
    if (day == m_layout.crashDay)
        return 0.018;
    if (day == m_layout.crashDay + 1)
        return 0.03; // the aftershock
    if (day >= m_layout.crashDay - 5 && day < m_layout.crashDay)
        return std::min(usual, 0.014); // the calm grind up while leverage builds
    return usual;
}

void PricePath::buildDay(int day, double logFrom, double logTo, double dayVol, SeededRandom &random)
{
    const std::vector<double> &season = seasonalTable();
    const int first = day * kDay;
    const bool crash = day == m_layout.crashDay;
    const double perMinute = dayVol / std::sqrt(double(kDay));
    // Brownian bridge: a random walk with the straight line from its end removed (by variance time).
    double walk = 0.0;
    double variance = 0.0;
    std::vector<double> walkAt(kDay + 1, 0.0);
    std::vector<double> varianceAt(kDay + 1, 0.0);
    for (int m = 0; m < kDay; ++m) {
        double sigma = perMinute * season[m];
        if (crash && m >= kCrashStart)
            sigma *= 1.8;
        m_sigma[first + m] = float(sigma);
        walk += sigma * random.normal();
        variance += sigma * sigma;
        walkAt[m + 1] = walk;
        varianceAt[m + 1] = variance;
    }
    for (int m = 0; m <= kDay; ++m) {
        double trend = logFrom + (logTo - logFrom) * m / kDay;
        if (crash) // flat until the crash, then the day's loss arrives with it
            trend = m < kCrashStart ? logFrom
                                    : logFrom + (logTo - logFrom) * (m - kCrashStart) / (kDay - kCrashStart);
        m_base[first + m] = trend + walkAt[m] - walkAt[kDay] * varianceAt[m] / variance;
    }
}

double PricePath::overlay(int day, int minuteOfDay) const
{
    const int m = minuteOfDay;
    if (day == m_layout.crashDay && m >= kCrashStart) {
        double g = 0.0;
        if (m < kCrashBottom) {
            const double x = double(m - kCrashStart) / (kCrashBottom - kCrashStart);
            g = x * x * (3.0 - 2.0 * x);
        } else {
            g = std::pow(std::max(0.0, 1.0 - double(m - kCrashBottom) / (kDay - kCrashBottom)), 1.5);
        }
        return std::log(1.0 - kCrashOverlayDepth * g);
    }
    if (day == m_layout.longHeavyDay && m_layout.longHeavyEnabled) {
        double lift = 0.0;
        for (int start : bounceStarts) {
            const int x = m - start;
            if (x >= 0 && x < kBounceRise)
                lift += kBounceHeight * x / kBounceRise;
            else if (x >= kBounceRise && x < kBounceRise + kBounceFade)
                lift += kBounceHeight * (1.0 - double(x - kBounceRise) / kBounceFade);
        }
        return lift;
    }
    return 0.0;
}

void PricePath::calibrate(double low, double high)
{
    const auto [lo, hi] = std::minmax_element(m_base.begin(), m_base.end());
    const double from = *lo;
    const double scale = (std::log(high) - std::log(low)) / (*hi - *lo);
    const double target = std::log(low);
    for (std::size_t i = 0; i < m_base.size(); ++i)
        m_mapped[i] = target + (m_base[i] - from) * scale + m_overlay[i];
}

} // namespace cascade

#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace cascade {

// A bar length. Bars are aligned to multiples of the length since the Unix epoch (UTC),
// which is how every exchange aligns them for intervals up to a day.
class Interval
{
public:
    constexpr Interval() = default;
    constexpr explicit Interval(qint64 ms) : m_ms(ms) {}

    static constexpr Interval minutes(qint64 n) { return Interval(n * 60'000); }
    static constexpr Interval hours(qint64 n) { return Interval(n * 3'600'000); }
    static constexpr Interval days(qint64 n) { return Interval(n * 86'400'000); }

    // "1m", "5m", "15m", "1h", "4h", "1d" (and any N followed by s, m, h, d or w).
    static std::optional<Interval> parse(const QString &text);
    // The intervals offered in the toolbar, shortest first.
    static std::vector<Interval> standard();
    // The shortest standard interval that shows `spanMs` in at most `maxBars` bars.
    static Interval fitting(qint64 spanMs, qint64 maxBars);

    constexpr qint64 ms() const { return m_ms; }
    constexpr bool isValid() const { return m_ms > 0; }
    QString name() const;

    // Start of the bar containing t (floor, also for times before 1970).
    qint64 floor(qint64 t) const;

    friend constexpr bool operator==(Interval, Interval) = default;
    friend constexpr auto operator<=>(Interval a, Interval b) { return a.m_ms <=> b.m_ms; }

private:
    qint64 m_ms = 0;
};

} // namespace cascade

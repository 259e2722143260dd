#include "market/Interval.h"

#include <QRegularExpression>

namespace cascade {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
} // namespace

std::optional<Interval> Interval::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*([smhdw])\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    if (count <= 0)
        return std::nullopt;
    const QChar unit = match.captured(2).at(0);
    qint64 unitMs = kMinute;
    if (unit == u's')
        unitMs = kSecond;
    else if (unit == u'h')
        unitMs = kHour;
    else if (unit == u'd')
        unitMs = kDay;
    else if (unit == u'w')
        unitMs = kWeek;
    return Interval(count * unitMs);
}

std::vector<Interval> Interval::standard()
{
    return {minutes(1), minutes(5), minutes(15), hours(1), hours(4), days(1)};
}

Interval Interval::fitting(qint64 spanMs, qint64 maxBars)
{
    const auto intervals = standard();
    for (const Interval &interval : intervals) {
        if (spanMs / interval.ms() <= maxBars)
            return interval;
    }
    return intervals.back();
}

QString Interval::name() const
{
    if (m_ms <= 0)
        return QStringLiteral("?");
    struct Unit
    {
        qint64 ms;
        char suffix;
    };
    static constexpr Unit units[] = {{kWeek, 'w'}, {kDay, 'd'}, {kHour, 'h'}, {kMinute, 'm'}, {kSecond, 's'}};
    for (const auto &unit : units) {
        if (m_ms % unit.ms == 0)
            return QString::number(m_ms / unit.ms) + QLatin1Char(unit.suffix);
    }
    return QString::number(m_ms) + QStringLiteral("ms");
}

qint64 Interval::floor(qint64 t) const
{
    if (m_ms <= 0)
        return t;
    qint64 q = t / m_ms;
    if (t % m_ms < 0)
        --q;
    return q * m_ms;
}

} // namespace cascade

#include "simulation/OptionCalendar.h"

#include <QDate>

#include <algorithm>

namespace cascade {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kExpiryHourMs = 8 * 3'600'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

QDate dateOf(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

qint64 expiryOn(QDate date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs + kExpiryHourMs;
}

QDate lastFriday(int year, int month)
{
    QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (d.dayOfWeek() != Qt::Friday)
        d = d.addDays(-1);
    return d;
}

void add(std::vector<Expiry> &out, qint64 time, ExpiryKind kind)
{
    for (Expiry &e : out) {
        if (e.time == time) {
            e.kind = std::max(e.kind, kind);
            return;
        }
    }
    out.push_back({time, kind});
}

} // namespace

std::vector<Expiry> OptionCalendar::listed(qint64 now)
{
    std::vector<Expiry> out;
    const QDate today = dateOf(now);
    // The first expiry strictly after now.
    QDate first = expiryOn(today) > now ? today : today.addDays(1);
    add(out, expiryOn(first), ExpiryKind::Daily);
    add(out, expiryOn(first.addDays(1)), ExpiryKind::Daily);
    QDate friday = first;
    while (friday.dayOfWeek() != Qt::Friday)
        friday = friday.addDays(1);
    for (int k = 0; k < 4; ++k)
        add(out, expiryOn(friday.addDays(7 * k)), ExpiryKind::Weekly);
    for (int k = 0, found = 0; found < 2 && k < 4; ++k) {
        const QDate month = today.addMonths(k);
        const qint64 t = expiryOn(lastFriday(month.year(), month.month()));
        if (t > now) {
            add(out, t, ExpiryKind::Monthly);
            ++found;
        }
    }
    for (int k = 0, found = 0; found < 2 && k < 9; ++k) {
        const QDate month = today.addMonths(k);
        if (month.month() % 3 != 0)
            continue;
        const qint64 t = expiryOn(lastFriday(month.year(), month.month()));
        if (t > now) {
            add(out, t, ExpiryKind::Quarterly);
            ++found;
        }
    }
    std::sort(out.begin(), out.end(), [](const Expiry &a, const Expiry &b) { return a.time < b.time; });
    return out;
}

QString OptionCalendar::instrument(qint64 expiry, double strike, bool put)
{
    static const char *const months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                         "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    const QDate d = dateOf(expiry);
    return QStringLiteral("BTC-%1%2%3-%4-%5")
        .arg(d.day())
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(qint64(strike))
        .arg(put ? QLatin1Char('P') : QLatin1Char('C'));
}

} // namespace cascade

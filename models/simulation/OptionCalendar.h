#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace cascade {

enum class ExpiryKind { Daily, Weekly, Monthly, Quarterly };

struct Expiry
{
    qint64 time = 0; // 08:00 UTC
    ExpiryKind kind = ExpiryKind::Daily;
};

// Deribit's listing pattern: dailies, Friday weeklies, last-Friday monthlies and quarterlies
// (March, June, September, December), all expiring at 08:00 UTC.
class OptionCalendar
{
public:
    // What is listed at time now: the next two dailies, the next four Fridays, this and next
    // month's last Friday and the next two quarterlies; sorted, each once with its largest kind.
    static std::vector<Expiry> listed(qint64 now);
    // "BTC-26DEC25-100000-P": day without a leading zero, English month, two-digit year.
    static QString instrument(qint64 expiry, double strike, bool put);
};

} // namespace cascade

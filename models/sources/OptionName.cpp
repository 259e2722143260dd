#include "sources/OptionName.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cascade {

namespace {

int monthNumber(QStringView month)
{
    static const QStringList months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return months.indexOf(month.toString()) + 1;
}

} // namespace

std::optional<OptionName> OptionName::parse(QStringView name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z0-9_]+)-(\\d{1,2})([A-Z]{3})(\\d{2})-(\\d+(?:d\\d+)?)-([CP])(?:-[A-Z]+)?$"));
    const auto match = pattern.match(name.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int month = monthNumber(match.capturedView(3));
    const QDate date(2000 + match.capturedView(4).toInt(), month, match.capturedView(2).toInt());
    if (month == 0 || !date.isValid())
        return std::nullopt;
    bool ok = false;
    const double strike = match.captured(5).replace(u'd', u'.').toDouble(&ok);
    if (!ok || strike <= 0.0)
        return std::nullopt;

    OptionName result;
    result.underlying = match.captured(1);
    // Deribit (and Bybit) options expire at 08:00 UTC on their expiry day.
    result.expiry = QDateTime(date, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    result.strike = strike;
    result.type = match.capturedView(6) == u"P" ? OptionType::Put : OptionType::Call;
    return result;
}

} // namespace cascade

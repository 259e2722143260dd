#include "market/NumberFormat.h"

#include <QLocale>

#include <cmath>

namespace cascade::NumberFormat {

QString compactUsd(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    const double magnitude = std::abs(usd);
    const QString sign = usd < 0 ? QStringLiteral("-") : QString();
    struct Unit
    {
        double size;
        const char *suffix;
    };
    static constexpr Unit units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (const auto &unit : units) {
        if (magnitude >= unit.size) {
            const double scaled = magnitude / unit.size;
            // The reader's decimal mark ("$1,5M" in German): QLocale's default, set by the language.
            const QLocale locale;
            QString digits = locale.toString(scaled, 'f', scaled >= 10 ? 1 : 2);
            // "19.0" reads as noise next to "19": drop trailing zeros of the fraction.
            while (digits.endsWith(locale.zeroDigit()))
                digits.chop(locale.zeroDigit().size());
            if (digits.endsWith(locale.decimalPoint()))
                digits.chop(locale.decimalPoint().size());
            return sign + u'$' + digits + QLatin1String(unit.suffix);
        }
    }
    return sign + u'$' + QString::number(magnitude, 'f', 0);
}

QString ratio(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    return QString::number(value, 'f', 2) + u'x';
}

} // namespace cascade::NumberFormat

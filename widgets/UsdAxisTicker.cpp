#include "UsdAxisTicker.h"

#include "market/NumberFormat.h"

#include <cmath>

namespace cascade {

UsdAxisTicker::UsdAxisTicker(bool magnitudes, bool dollarSign) : m_magnitudes(magnitudes), m_dollarSign(dollarSign) {}

QString UsdAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    if (std::abs(tick) < 1e-9)
        return QStringLiteral("0");
    QString text = NumberFormat::compactUsd(m_magnitudes ? std::abs(tick) : tick);
    if (!m_dollarSign)
        text.remove(u'$');
    return text;
}

} // namespace cascade

#pragma once

#include "QCustomPlotInclude.h"

namespace cascade {

// Tick labels as an analyst reads money: "$50M", "$2.5B". Mirrored axes (longs drawn below zero)
// label magnitudes, so both sides read as positive amounts.
class UsdAxisTicker : public QCPAxisTicker
{
public:
    explicit UsdAxisTicker(bool magnitudes = false, bool dollarSign = true);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    bool m_magnitudes = false;
    bool m_dollarSign = true;
};

} // namespace cascade

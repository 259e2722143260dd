#pragma once

#include <QString>

namespace cascade::NumberFormat {

// "$218.5M", "$1.23B", "$950K", "$12": for readouts and headlines, not for CSV. The decimal mark is
// QLocale()'s ("$218,5M" when the default locale is German).
QString compactUsd(double usd);
// "13.64x"-style ratio with two decimals, or "-" for NaN/infinite.
QString ratio(double value);

} // namespace cascade::NumberFormat

#pragma once

#include "market/Result.h"

#include <QString>
#include <QtGlobal>

namespace cascade {

// Times are UTC epoch milliseconds inside Cascade; these are the only conversions to text.
namespace TimeFormat {

// "2025-10-10T21:15:00.000Z": ISO 8601, UTC, always with milliseconds (CSV and report format).
QString isoUtc(qint64 ms);
// "2025-10-10 21:15" (UTC), for axis labels and readouts.
QString shortUtc(qint64 ms);

// Accepts ISO 8601 (date, date-time with optional fraction and Z or offset) or epoch
// milliseconds (an integer of 11 or more digits, or any integer when negative).
Result<qint64> parse(const QString &text);

} // namespace TimeFormat
} // namespace cascade

#pragma once

#include "market/TimeRange.h"

#include <QString>

#include <optional>

namespace cascade {

class SessionModel;

// The line every exported image carries: exchange, symbol, interval, UTC range, "Simulated" and
// "Estimated" where they apply, and the Cascade version that drew it.
class ImageFooter
{
public:
    // `range`: the time range the image shows (default: the whole session).
    static QString text(const SessionModel &session, bool showsEstimates, std::optional<TimeRange> range = {});
};

} // namespace cascade

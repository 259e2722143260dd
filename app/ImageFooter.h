#pragma once

#include <QString>

namespace cascade {

class SessionModel;

// The line every exported image carries: exchange, symbol, interval, UTC range, "Simulated" and
// "Estimated" where they apply, and the Cascade version that drew it.
class ImageFooter
{
public:
    static QString text(const SessionModel &session, bool showsEstimates);
};

} // namespace cascade

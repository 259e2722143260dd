#include "simulation/SessionLayout.h"

#include <algorithm>

namespace cascade {

SessionLayout SessionLayout::make(qint64 start, int days)
{
    SessionLayout layout;
    layout.start = start;
    layout.days = std::max(days, 1);
    const int n = layout.days;
    if (n >= 3) {
        layout.longHeavyDay = n - 2;
        layout.crashDay = std::min(int(n * 0.4), layout.longHeavyDay - 1);
    } else if (n == 2) {
        // No room for a quiet day after the long-heavy day: it becomes the last day.
        layout.crashDay = 0;
        layout.longHeavyDay = 1;
    } else {
        // One day holds only the crash.
        layout.crashDay = 0;
        layout.longHeavyDay = 0;
        layout.longHeavyEnabled = false;
    }
    return layout;
}

} // namespace cascade

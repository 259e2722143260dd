#include "sources/CancellableSleep.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace cascade {

bool CancellableSleep::sleep(qint64 ms, const std::atomic_bool *cancel)
{
    const QDeadlineTimer deadline(std::max<qint64>(ms, 0));
    while (!deadline.hasExpired()) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(ulong(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return !(cancel && cancel->load());
}

} // namespace cascade

#pragma once

#include "market/HandOff.h"

#include <QThreadPool>

#include <functional>
#include <utility>

namespace cascade {

// The token every pooled task is ordered by. QThreadPool's queue is one QMutex per pool (a
// futex ThreadSanitizer cannot see): whatever was done before a start() happens before the
// task runs. One token for all pools only adds order between pools, and Cascade has one.
inline const char poolTaskToken = 0;

/// Runs `work` on `pool` (QThreadPool::start) so that ThreadSanitizer sees the hand-over: the
/// task is built, then the token released, and the task acquires it before touching anything
/// it captured. Empty annotations outside TSan builds.
template<typename Work> void startInPool(QThreadPool &pool, Work work)
{
    std::function<void()> task([work = std::move(work)]() mutable {
        HandOff::acquire(&poolTaskToken);
        work();
    });
    HandOff::release(&poolTaskToken);
    pool.start(std::move(task));
}

} // namespace cascade

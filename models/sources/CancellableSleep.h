#pragma once

#include <QtGlobal>

#include <atomic>

namespace cascade {

// Waiting that a user can interrupt: backoff and rate-limit pauses check the cancel flag often.
class CancellableSleep
{
public:
    // Sleeps `ms`; returns false as soon as `cancel` is set (true if it never was).
    static bool sleep(qint64 ms, const std::atomic_bool *cancel);
};

} // namespace cascade

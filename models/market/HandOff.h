#pragma once

// Hand-overs between threads that ThreadSanitizer cannot see by itself, declared to it.
// Debian's Qt is not built for TSan: its event queues and thread pool queue are guarded by
// QMutex, a futex inside libQt6Core. QueuedCall and startInPool use these to declare the
// ordering those mutexes give; outside TSan builds they are empty.

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CASCADE_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define CASCADE_TSAN 1
#endif
#ifdef CASCADE_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace cascade::HandOff {

/// Everything this thread did so far happens before whatever follows an acquire of `token`.
inline void release([[maybe_unused]] const void *token)
{
#ifdef CASCADE_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void acquire([[maybe_unused]] const void *token)
{
#ifdef CASCADE_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

} // namespace cascade::HandOff

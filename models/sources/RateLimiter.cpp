#include "sources/RateLimiter.h"

#include "sources/CancellableSleep.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace cascade {

RateLimiter::RateLimiter(double capacity, qint64 windowMs)
    : m_capacity(std::max(capacity, 1.0))
    , m_windowMs(std::max<qint64>(windowMs, 1))
    , m_tokens(m_capacity)
{}

void RateLimiter::refill(qint64 now)
{
    if (m_updated >= 0 && now > m_updated)
        m_tokens = std::min(m_capacity, m_tokens + double(now - m_updated) * m_capacity / double(m_windowMs));
    m_updated = std::max(m_updated, now);
}

qint64 RateLimiter::reserve(double weight, qint64 now)
{
    std::lock_guard lock(m_mutex);
    refill(now);
    m_tokens -= std::min(weight, m_capacity); // a request heavier than the window still goes, alone
    qint64 wait = 0;
    if (m_tokens < 0.0)
        wait = qint64(std::ceil(-m_tokens * double(m_windowMs) / m_capacity));
    return std::max(wait, m_pausedUntil - now);
}

bool RateLimiter::acquire(double weight, const std::atomic_bool *cancel)
{
    return CancellableSleep::sleep(reserve(weight, monotonicNow()), cancel);
}

void RateLimiter::pause(qint64 ms, qint64 now)
{
    std::lock_guard lock(m_mutex);
    m_pausedUntil = std::max(m_pausedUntil, now + ms);
}

void RateLimiter::pause(qint64 ms)
{
    pause(ms, monotonicNow());
}

qint64 RateLimiter::monotonicNow()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace cascade

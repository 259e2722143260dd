#pragma once

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace cascade {

// One exchange's request budget: `capacity` weight units per `windowMs`, refilled continuously
// (a token bucket). Requests carry weights as the exchange counts them (Binance klines with
// limit 1500 weigh 10). Shared by every thread talking to that exchange.
class RateLimiter
{
public:
    RateLimiter(double capacity, qint64 windowMs);

    // Takes `weight` from the budget and returns how long to wait (ms) before sending. The budget
    // may go into debt, so callers queue up fairly in call order. `now` is a monotonic ms clock.
    qint64 reserve(double weight, qint64 now);
    // Blocks until the request may go; false if `cancel` was set while waiting.
    bool acquire(double weight, const std::atomic_bool *cancel);
    // The exchange asked for silence (429 Retry-After): nobody sends before now + ms.
    void pause(qint64 ms, qint64 now);
    void pause(qint64 ms);

    double capacity() const { return m_capacity; }
    qint64 windowMs() const { return m_windowMs; }

    static qint64 monotonicNow();

private:
    void refill(qint64 now);

    std::mutex m_mutex;
    const double m_capacity;
    const qint64 m_windowMs;
    double m_tokens;
    qint64 m_updated = -1;
    qint64 m_pausedUntil = 0;
};

} // namespace cascade

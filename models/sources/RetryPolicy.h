#pragma once

#include "sources/HttpResponse.h"

#include <QString>

namespace cascade {

// What to do after an attempt: use the response, try again after a delay, or give up.
// Transient trouble (5xx, timeouts, dropped connections) is retried with exponential backoff
// and jitter; 429 waits as long as Retry-After says; 418/403/451 stop at once, because
// hammering a server that banned or geo-blocked us only makes it worse.
class RetryPolicy
{
public:
    struct Options
    {
        int maxAttempts = 5;
        qint64 baseDelayMs = 500;
        qint64 maxDelayMs = 30'000;
        qint64 maxRetryAfterMs = 120'000; // a longer Retry-After ends the fetch with a message
    };

    enum class Action { Accept, Retry, Fail };
    struct Decision
    {
        Action action = Action::Accept;
        qint64 delayMs = 0;
        QString reason; // why it retries or fails
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Options options)
        : m_options(options)
    {}

    // attempt is 1 for the first try; jitter in [0, 1) (random in production, fixed in tests).
    Decision decide(const HttpResponse &response, int attempt, double jitter, qint64 now) const;
    qint64 backoffMs(int attempt, double jitter) const;
    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace cascade

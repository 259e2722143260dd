#pragma once

#include "market/Result.h"
#include "sources/HttpClient.h"
#include "sources/RateLimiter.h"
#include "sources/RetryPolicy.h"

#include <atomic>
#include <functional>
#include <memory>

namespace cascade {

// Sends one logical request the polite way: waits for the exchange's rate budget, retries as
// the RetryPolicy says (honouring Retry-After for every thread of that exchange), and returns
// the accepted response or one message naming the request and the reason.
class RequestExecutor
{
public:
    RequestExecutor(HttpClient client, RetryPolicy policy, std::shared_ptr<RateLimiter> limiter);

    Result<HttpResponse> execute(const HttpRequest &request, double weight,
                                 const std::atomic_bool *cancel) const;

    // Counts attempts (every HTTP request actually sent); for progress and tests.
    qint64 attemptsSent() const { return m_attempts->load(); }
    const HttpClient &client() const { return m_client; }

    // For tests: a fixed jitter instead of a random one.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

private:
    HttpClient m_client;
    RetryPolicy m_policy;
    std::shared_ptr<RateLimiter> m_limiter;
    std::shared_ptr<std::atomic<qint64>> m_attempts = std::make_shared<std::atomic<qint64>>(0);
    std::function<double()> m_jitter;
};

} // namespace cascade

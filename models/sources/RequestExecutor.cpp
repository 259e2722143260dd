#include "sources/RequestExecutor.h"

#include "sources/CancellableSleep.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace cascade {

namespace {
QString describe(const HttpRequest &request)
{
    return QStringLiteral("GET ") + request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}
} // namespace

RequestExecutor::RequestExecutor(HttpClient client, RetryPolicy policy, std::shared_ptr<RateLimiter> limiter)
    : m_client(std::move(client))
    , m_policy(policy)
    , m_limiter(std::move(limiter))
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{}

Result<HttpResponse> RequestExecutor::execute(const HttpRequest &request, double weight,
                                              const std::atomic_bool *cancel) const
{
    const auto cancelled = [&] {
        return Result<HttpResponse>::failure(describe(request) + QStringLiteral(": cancelled"));
    };
    for (int attempt = 1;; ++attempt) {
        if (m_limiter && !m_limiter->acquire(weight, cancel))
            return cancelled();
        m_attempts->fetch_add(1);
        HttpResponse response = m_client.get(request, cancel);
        const auto decision =
            m_policy.decide(response, attempt, m_jitter(), QDateTime::currentMSecsSinceEpoch());
        switch (decision.action) {
        case RetryPolicy::Action::Accept:
            return response;
        case RetryPolicy::Action::Fail:
            return Result<HttpResponse>::failure(describe(request) + QStringLiteral(": ") + decision.reason);
        case RetryPolicy::Action::Retry:
            // A 429 concerns the whole exchange, not only this thread.
            if (response.status == 429 && m_limiter)
                m_limiter->pause(decision.delayMs);
            else if (!CancellableSleep::sleep(decision.delayMs, cancel))
                return cancelled();
            break;
        }
    }
}

} // namespace cascade

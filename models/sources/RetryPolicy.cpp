#include "sources/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace cascade {

qint64 RetryPolicy::backoffMs(int attempt, double jitter) const
{
    const double exponential = double(m_options.baseDelayMs) * std::pow(2.0, std::max(attempt - 1, 0));
    const double capped = std::min(exponential, double(m_options.maxDelayMs));
    // "Equal jitter": half fixed, half random, so clients that failed together spread out.
    return qint64(capped / 2.0 + capped / 2.0 * std::clamp(jitter, 0.0, 1.0));
}

RetryPolicy::Decision RetryPolicy::decide(const HttpResponse &response, int attempt, double jitter,
                                          qint64 now) const
{
    using Failure = HttpResponse::Failure;
    const bool attemptsLeft = attempt < m_options.maxAttempts;
    const auto retryOrFail = [&](const QString &reason) {
        if (!attemptsLeft)
            return Decision{Action::Fail, 0,
                            QStringLiteral("%1 (gave up after %2 attempts)").arg(reason).arg(attempt)};
        return Decision{Action::Retry, backoffMs(attempt, jitter), reason};
    };

    switch (response.failure) {
    case Failure::None:
        break;
    case Failure::Cancelled:
    case Failure::TooLarge:
    case Failure::Refused:
        return {Action::Fail, 0, response.errorText};
    case Failure::Timeout:
    case Failure::Truncated:
    case Failure::Network:
        return retryOrFail(response.errorText);
    }

    const int status = response.status;
    if (status == 418) {
        return {
            Action::Fail, 0,
            QStringLiteral("HTTP 418: the exchange has banned this IP address for sending too many requests; "
                           "wait before fetching again, or configure a proxy (--proxy URL)")};
    }
    if (status == 403 || status == 451) {
        return {Action::Fail, 0,
                QStringLiteral(
                    "HTTP %1: the exchange refuses requests from this IP address or region "
                    "(blocked or banned); a proxy can be configured (--proxy URL or the settings dialog)")
                    .arg(status)};
    }
    if (status == 429) {
        const auto retryAfter = response.retryAfterMs(now);
        if (retryAfter && *retryAfter > m_options.maxRetryAfterMs) {
            return {Action::Fail, 0,
                    QStringLiteral(
                        "HTTP 429: rate limited; the exchange asks to wait %1 s before the next request")
                        .arg(*retryAfter / 1000)};
        }
        if (!attemptsLeft)
            return {Action::Fail, 0,
                    QStringLiteral("HTTP 429: still rate limited after %1 attempts").arg(attempt)};
        return {Action::Retry, retryAfter ? *retryAfter : backoffMs(attempt, jitter),
                QStringLiteral("HTTP 429: rate limited")};
    }
    if (status >= 500)
        return retryOrFail(QStringLiteral("HTTP %1: server error").arg(status));
    return {Action::Accept, 0, {}};
}

} // namespace cascade

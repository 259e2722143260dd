#pragma once

#include "sources/HttpRequest.h"
#include "sources/HttpResponse.h"

#include <QString>

#include <atomic>

namespace cascade {

// Blocking GET over libcurl, for worker threads (never the GUI thread). Each call uses its own
// easy handle, so one client may serve several threads. TLS peer and host verification are
// always on; only http and https are allowed, also for redirects.
class HttpClient
{
public:
    struct Options
    {
        long connectTimeoutMs = 10'000;
        long totalTimeoutMs = 60'000;
        qint64 maxBodyBytes = 64LL * 1024 * 1024; // decoded bytes: a gzip bomb stops here too
        QString proxy;                            // empty: the system's http(s)_proxy environment
        QString userAgent = defaultUserAgent();
    };

    HttpClient() = default;
    explicit HttpClient(Options options)
        : m_options(std::move(options))
    {}

    const Options &options() const { return m_options; }

    // `cancel` (may be null) is polled during the transfer; setting it aborts within ~100 ms.
    HttpResponse get(const HttpRequest &request, const std::atomic_bool *cancel = nullptr) const;

    static QString defaultUserAgent();

private:
    Options m_options;
};

} // namespace cascade

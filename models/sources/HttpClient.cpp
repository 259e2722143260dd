#include "sources/HttpClient.h"

#include <curl/curl.h>

#include <memory>

namespace cascade {

namespace {

struct Transfer
{
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    const std::atomic_bool *cancel = nullptr;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->body.size() + qint64(bytes) > transfer->maxBytes) {
        transfer->tooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    // Each status line starts a new response (redirects, 100 Continue): keep the last one's headers.
    if (line.startsWith("HTTP/")) {
        transfer->headers.clear();
    } else if (const auto colon = line.indexOf(':'); colon > 0) {
        transfer->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<Transfer *>(user);
    return transfer->cancel && transfer->cancel->load() ? 1 : 0;
}

// Loopback is never sent through a proxy; the user's own no_proxy list is kept.
QByteArray noProxyList()
{
    QByteArray list = qgetenv("no_proxy");
    if (list.isEmpty())
        list = qgetenv("NO_PROXY");
    if (!list.isEmpty())
        list += ',';
    return list + "localhost,127.0.0.1,::1";
}

HttpResponse failed(HttpResponse::Failure failure, QString text)
{
    HttpResponse response;
    response.failure = failure;
    response.errorText = std::move(text);
    return response;
}

// Where a refused transfer was going: the last redirect's Location, else the request itself
// (never with its query or user info, which may carry secrets).
QString refusedTarget(const HttpRequest &request, const Transfer &transfer)
{
    const QByteArray location = transfer.headers.value("location");
    const QUrl target = location.isEmpty() ? request.url : request.url.resolved(QUrl::fromEncoded(location));
    return target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

} // namespace

QString HttpClient::defaultUserAgent()
{
    return QStringLiteral("Cascade/" CASCADE_VERSION " (+libcurl/") +
           QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version) + u')';
}

HttpResponse HttpClient::get(const HttpRequest &request, const std::atomic_bool *cancel) const
{
    using Failure = HttpResponse::Failure;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl_easy_init(), &curl_easy_cleanup);
    if (!handle)
        return failed(Failure::Network, QStringLiteral("could not create a libcurl handle"));
    CURL *curl = handle.get();

    Transfer transfer;
    transfer.maxBytes = m_options.maxBodyBytes;
    transfer.cancel = cancel;
    const QByteArray url = request.url.toEncoded();
    const QByteArray agent = m_options.userAgent.toUtf8();
    const QByteArray proxy = m_options.proxy.toUtf8();
    const QByteArray noProxy = noProxyList();
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_slist *headerList = nullptr;
    for (const auto &[name, value] : request.headers)
        headerList = curl_slist_append(headerList, QByteArray(name + ": " + value).constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(headerList, &curl_slist_free_all);

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_options.connectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.totalTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(m_options.maxBodyBytes));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(curl, CURLOPT_NOPROXY, noProxy.constData());
    if (!proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PROXY, proxy.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(curl);
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    switch (code) {
    case CURLE_OK:
        break;
    case CURLE_OPERATION_TIMEDOUT:
        return failed(Failure::Timeout, QStringLiteral("timed out (%1)").arg(detail));
    case CURLE_ABORTED_BY_CALLBACK:
        return failed(Failure::Cancelled, QStringLiteral("cancelled"));
    case CURLE_FILESIZE_EXCEEDED:
        return failed(Failure::TooLarge,
                      QStringLiteral("response larger than the %1-byte cap").arg(m_options.maxBodyBytes));
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge) {
            return failed(Failure::TooLarge,
                          QStringLiteral("response larger than the %1-byte cap").arg(m_options.maxBodyBytes));
        }
        return failed(Failure::Network, detail);
    case CURLE_PEER_FAILED_VERIFICATION:
        return failed(Failure::Refused,
                      QStringLiteral("TLS certificate of %1 could not be verified, connection refused (%2)")
                          .arg(request.url.host(), detail));
    case CURLE_UNSUPPORTED_PROTOCOL:
        return failed(Failure::Refused,
                      QStringLiteral("refused %1: only http and https URLs are allowed (%2)")
                          .arg(refusedTarget(request, transfer), detail));
    case CURLE_TOO_MANY_REDIRECTS:
        return failed(Failure::Refused, QStringLiteral("redirect loop: more than 5 redirects, last to %1")
                                            .arg(refusedTarget(request, transfer)));
    case CURLE_PARTIAL_FILE:
        return failed(Failure::Truncated,
                      QStringLiteral("truncated response (connection closed after %1 bytes: %2)")
                          .arg(transfer.body.size())
                          .arg(detail));
    default:
        return failed(Failure::Network, detail);
    }

    HttpResponse response;
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.headers = std::move(transfer.headers);
    response.body = std::move(transfer.body);
    return response;
}

} // namespace cascade

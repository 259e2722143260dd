#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace cascade {

// What came back, or why nothing usable did. A response with an HTTP error status is still a
// response (failure None): its body may hold the exchange's error object.
struct HttpResponse
{
    // Refused: nothing to retry (an unverifiable TLS certificate, a scheme other than http(s),
    // a redirect loop).
    enum class Failure { None, Timeout, Cancelled, TooLarge, Truncated, Network, Refused };

    Failure failure = Failure::None;
    QString errorText; // set when failure != None
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; the final response after redirects
    QByteArray body;

    bool ok() const { return failure == Failure::None; }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Retry-After as delay in ms (delta-seconds or an HTTP date relative to `now`), if present.
    std::optional<qint64> retryAfterMs(qint64 now) const;
};

} // namespace cascade

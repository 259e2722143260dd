#include "sources/HttpResponse.h"

#include <QDateTime>

#include <algorithm>

namespace cascade {

std::optional<qint64> HttpResponse::retryAfterMs(qint64 now) const
{
    const QByteArray value = header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, seconds) * 1000;
    // An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822 reader wants a numeric zone.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - now);
}

} // namespace cascade

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace cascade {

// One GET request. Query parameters are set on the QUrl, which encodes them.
struct HttpRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"CG-API-KEY", key}
};

} // namespace cascade

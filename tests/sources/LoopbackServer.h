#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <mutex>

class QTcpServer;

namespace cascade::test {

// A scripted HTTP/1.1 server on 127.0.0.1 (port chosen by the OS), running in its own thread so
// blocking clients can call it from the test thread. Every request is recorded; a handler (run
// on the server thread) decides each reply.
class LoopbackServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names

        QString path() const { return QUrl(QString::fromLatin1(target)).path(); }
        QString query(const QString &key) const
        {
            return QUrlQuery(QUrl(QString::fromLatin1(target))).queryItemValue(key, QUrl::FullyDecoded);
        }
    };

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;            // wait before answering (timeouts)
        qint64 declaredLength = -1; // Content-Length to claim; larger than body = truncated body
        bool stallMidBody = false;  // send half the body, then nothing (cancellation)
        bool deflate = false;       // send the body zlib-compressed (Content-Encoding: deflate)
        // Hostile servers (tst_hostile_servers):
        QByteArray contentEncoding; // body already encoded (e.g. gzip): sent as is with this header
        int trickleMs = 0;          // one body byte every trickleMs, never finishing (slowloris)
        bool resetMidBody = false;  // half the body, then a TCP reset (RST, not a clean close)

        static Reply json(QByteArray body, int status = 200)
        {
            Reply r;
            r.status = status;
            r.body = std::move(body);
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            return r;
        }
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit LoopbackServer(Handler handler);
    ~LoopbackServer();

    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QList<Request> requests() const;
    int requestCount() const;
    void setHandler(Handler handler);

private:
    class Worker;
    friend class Worker;

    Reply reply(const Request &request);
    void record(const Request &request);

    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace cascade::test

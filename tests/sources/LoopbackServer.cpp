#include "LoopbackServer.h"

#include "market/QueuedCall.h"

#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <condition_variable>
#include <memory>
#include <mutex>

#include <sys/socket.h>

namespace cascade::test {

class LoopbackServer::Worker : public QObject
{
public:
    explicit Worker(LoopbackServer *owner)
        : m_owner(owner)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const auto end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        m_owner->record(request);
        const Reply reply = m_owner->reply(request);
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(reply.delayMs, this, [guarded, reply] {
            if (guarded)
                send(guarded, reply);
        });
    }

    static void send(QTcpSocket *socket, const Reply &reply)
    {
        QByteArray body = reply.body;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\nConnection: close\r\n";
        if (reply.deflate) {
            body = qCompress(body).mid(4); // qCompress = 4-byte length + zlib stream
            head += "Content-Encoding: deflate\r\n";
        } else if (!reply.contentEncoding.isEmpty()) {
            head += "Content-Encoding: " + reply.contentEncoding + "\r\n";
        }
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " +
                QByteArray::number(reply.declaredLength >= 0 ? reply.declaredLength : body.size()) +
                "\r\n\r\n";
        socket->write(head);
        if (reply.trickleMs > 0) {
            trickle(socket, body, reply.trickleMs);
            return;
        }
        if (reply.resetMidBody) {
            socket->write(body.left(body.size() / 2));
            socket->flush();
            reset(socket);
            return;
        }
        if (reply.stallMidBody) {
            socket->write(body.left(body.size() / 2));
            return; // the client gives up or cancels; the socket closes with it
        }
        socket->write(body);
        socket->disconnectFromHost();
    }

    // Sends one byte per tick until the body is out or the client hangs up.
    static void trickle(QTcpSocket *socket, const QByteArray &body, int intervalMs)
    {
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
            if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(intervalMs);
    }

    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    static void reset(QTcpSocket *socket)
    {
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

    LoopbackServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

LoopbackServer::LoopbackServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // A std::condition_variable rather than a QSemaphore: ThreadSanitizer sees pthread
    // hand-overs but not Qt's futexes, and the port is written on the worker thread.
    std::mutex mutex;
    std::condition_variable listening;
    bool ready = false;
    postQueuedCall(m_worker, [this, &mutex, &listening, &ready] {
        const quint16 port = m_worker->listen();
        const std::lock_guard lock(mutex);
        m_port = port;
        ready = true;
        listening.notify_one();
    });
    std::unique_lock lock(mutex);
    listening.wait(lock, [&ready] { return ready; });
}

LoopbackServer::~LoopbackServer()
{
    m_thread.quit();
    m_thread.wait();
}

QList<LoopbackServer::Request> LoopbackServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

int LoopbackServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_requests.size());
}

void LoopbackServer::setHandler(Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

LoopbackServer::Reply LoopbackServer::reply(const Request &request)
{
    Handler handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_handler;
    }
    return handler(request);
}

void LoopbackServer::record(const Request &request)
{
    std::lock_guard lock(m_mutex);
    m_requests.append(request);
}

} // namespace cascade::test

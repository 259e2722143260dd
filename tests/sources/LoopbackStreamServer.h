#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QWebSocketServer>

namespace cascade::test {

// A WebSocket server on 127.0.0.1 (port chosen by the OS) in the test's thread. Each client
// gets `frames` once it has sent its first message (a subscription), or right after connecting
// when `sendOnConnect` is set; with `closeAfterFrames` it then closes the connection.
class LoopbackStreamServer : public QObject
{
public:
    LoopbackStreamServer();

    QString baseUrl() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }

    QStringList frames;
    bool sendOnConnect = false;
    bool closeAfterFrames = false;
    // Larger messages are sent as several frames of this size (Qt's default is 512 KiB).
    quint64 outgoingFrameSize = 512 * 1024;

    int connections() const { return m_connections; }
    const QStringList &paths() const { return m_paths; }
    const QStringList &received() const { return m_received; }

private:
    void accept();
    void send(QWebSocket *socket);

    QWebSocketServer m_server;
    int m_connections = 0;
    QStringList m_paths;
    QStringList m_received;
};

} // namespace cascade::test

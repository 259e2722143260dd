#include "LoopbackStreamServer.h"

#include <QWebSocket>

namespace cascade::test {

LoopbackStreamServer::LoopbackStreamServer()
    : m_server(QStringLiteral("cascade-test"), QWebSocketServer::NonSecureMode)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QWebSocketServer::newConnection, this, &LoopbackStreamServer::accept);
}

void LoopbackStreamServer::accept()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_paths << socket->requestUrl().path();
        socket->setOutgoingFrameSize(outgoingFrameSize);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
            const bool first = !socket->property("subscribed").toBool();
            m_received << text;
            socket->setProperty("subscribed", true);
            if (first && !sendOnConnect)
                send(socket);
        });
        if (sendOnConnect)
            send(socket);
    }
}

void LoopbackStreamServer::send(QWebSocket *socket)
{
    for (const QString &frame : frames)
        socket->sendTextMessage(frame);
    socket->flush();
    if (closeAfterFrames)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("test closes"));
}

} // namespace cascade::test

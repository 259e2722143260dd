#pragma once

#include "market/Liquidation.h"
#include "sources/StreamEndpoint.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <vector>

namespace cascade {

// One exchange's live liquidation stream for one symbol over a WebSocket: subscribes, keeps the
// connection alive with the exchange's ping, parses frames with the exchange's parser, and
// reconnects with backoff (1 s doubling to 60 s) until stopped. Lives in a thread with an
// event loop (the GUI thread or `cascade record`'s).
class LiquidationStream : public QObject
{
    Q_OBJECT

public:
    explicit LiquidationStream(StreamEndpoint endpoint, QObject *parent = nullptr);

    const StreamEndpoint &endpoint() const { return m_endpoint; }
    void setProxy(const QNetworkProxy &proxy) { m_socket.setProxy(proxy); }
    void start();
    void stop();
    int connections() const { return m_connections; }

signals:
    void connected(qint64 at);
    void disconnected(qint64 at, const QString &reason);
    void liquidations(const std::vector<Liquidation> &events);
    void problem(const QString &message); // a frame that did not parse, an error event

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);

    StreamEndpoint m_endpoint;
    QWebSocket m_socket;
    QTimer m_ping;
    QTimer m_retry;
    int m_backoffMs = 1000;
    int m_connections = 0;
    bool m_running = false;
    bool m_open = false;
};

} // namespace cascade

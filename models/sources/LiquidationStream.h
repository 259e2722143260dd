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
//
// Incoming frames and messages are capped at maxMessageBytes: a hostile or broken server cannot
// make Cascade hold an arbitrarily large message in memory. A larger one ends the connection
// (Qt refuses it from the frame header, before reading its payload), is reported through
// messageRefused() and as the reason of disconnected(), and the stream reconnects as after any
// other drop.
class LiquidationStream : public QObject
{
    Q_OBJECT

public:
    // Real exchange messages are well under 1 kB (../shared/fixtures/real/*_ws_*.json: 153-744
    // bytes); a busy Bybit or OKX batch is a few kB. 1 MiB leaves ample room.
    static constexpr qint64 maxMessageBytes = 1 << 20;

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
    // A message over maxMessageBytes was refused: what it held is lost, so the time connected
    // until then is not complete (the connection is closed and reopened).
    void messageRefused(qint64 at, const QString &message);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    QString tooLarge(const QString &qtReason) const;

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

#include "sources/LiquidationStream.h"

#include <QDateTime>

namespace cascade {

namespace {
constexpr int kMaxBackoffMs = 60'000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Subscription acknowledgements and pongs are not data ("pong", {"op":..}, {"event":..}).
bool isControl(const QString &text)
{
    return text == QLatin1String("pong") || text.startsWith(QLatin1String("{\"success\"")) ||
           text.contains(QLatin1String("\"op\":")) || text.startsWith(QLatin1String("{\"event\""));
}
} // namespace

LiquidationStream::LiquidationStream(StreamEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_ping.setInterval(m_endpoint.pingIntervalMs);
    m_retry.setSingleShot(true);
    m_socket.setMaxAllowedIncomingFrameSize(quint64(maxMessageBytes));
    m_socket.setMaxAllowedIncomingMessageSize(quint64(maxMessageBytes));
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (!m_endpoint.ping.isEmpty())
            m_socket.sendTextMessage(QString::fromLatin1(m_endpoint.ping));
        else
            m_socket.ping();
    });
    connect(&m_retry, &QTimer::timeout, this, &LiquidationStream::open);
    connect(&m_socket, &QWebSocket::connected, this, &LiquidationStream::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiquidationStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiquidationStream::onText);
}

void LiquidationStream::start()
{
    m_running = true;
    open();
}

void LiquidationStream::stop()
{
    m_running = false;
    m_open = false; // a requested close is not a disconnection to report
    m_retry.stop();
    m_ping.stop();
    m_socket.close();
}

void LiquidationStream::open()
{
    if (m_running)
        m_socket.open(m_endpoint.url);
}

void LiquidationStream::onConnected()
{
    ++m_connections;
    m_open = true;
    if (!m_endpoint.subscribe.isEmpty())
        m_socket.sendTextMessage(QString::fromLatin1(m_endpoint.subscribe));
    m_ping.start();
    emit connected(now());
}

void LiquidationStream::onDisconnected()
{
    m_ping.stop();
    QString reason = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    // Qt closes with 1009 ("too much data") when a frame or message is over the limits set in
    // the constructor; its own text ("Maximum framesize exceeded.") names neither size.
    if (m_open && m_socket.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        reason = tooLarge(reason);
        emit messageRefused(now(), reason);
    }
    if (m_open)
        emit disconnected(now(), reason);
    m_open = false;
    if (!m_running)
        return;
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

QString LiquidationStream::tooLarge(const QString &qtReason) const
{
    return QStringLiteral("%1 stream: refused a message larger than the %2-byte (1 MiB) limit "
                          "(exchange messages are a few kB); its events are lost and the connection "
                          "is closed (%3)")
        .arg(m_endpoint.exchange)
        .arg(maxMessageBytes)
        .arg(qtReason);
}

void LiquidationStream::onText(const QString &text)
{
    if (isControl(text)) {
        if (text.contains(QLatin1String("\"event\":\"error\"")) ||
            text.contains(QLatin1String("\"success\":false")))
            emit problem(m_endpoint.exchange + QStringLiteral(" stream: ") + text.left(200));
        return;
    }
    const QByteArray bytes = text.toUtf8();
    const auto parsed = m_endpoint.parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed) {
        emit problem(parsed.error());
        return;
    }
    m_backoffMs = 1000; // data flows: the connection is healthy again
    std::vector<Liquidation> ours;
    for (const auto &item : parsed.value()) {
        if (item.symbol == m_endpoint.exchangeSymbol)
            ours.push_back(item.event);
    }
    if (!ours.empty())
        emit liquidations(ours);
}

} // namespace cascade

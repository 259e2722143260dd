#pragma once

#include "LoopbackServer.h"

#include <QtGlobal>

#include <atomic>

namespace cascade::test {

// Answers like the real exchanges do (formats from their API documentation), for any time
// range, from a deterministic market: bar t has open = 100000 + (t / 1 min) % 1000. Serves
// Binance, Bybit, OKX, Deribit (under /api/v2) and CoinGlass paths on one loopback server.
class FakeExchange
{
public:
    FakeExchange();

    LoopbackServer &server() { return m_server; }
    QString baseUrl() const { return m_server.baseUrl(); }
    int requestCount() const { return m_server.requestCount(); }

    // From this request number on (1-based), answer with `body` (status 200) instead.
    void breakFromRequest(int number, QByteArray body, int status = 200);
    // The same with any scripted reply (trickling, resets, encodings, redirects).
    void breakFromRequest(int number, LoopbackServer::Reply reply);
    void repair() { m_breakFrom = 0; }
    // The CoinGlass key the fake accepts ("test-key" unless set; set before the first request).
    void setCoinGlassKey(const QByteArray &key) { m_coinGlassKey = key; }

    // The deterministic market, for expected values.
    static double open(qint64 t) { return 100000.0 + double((t / 60'000) % 1000); }
    static double volume(qint64 t) { return 1.0 + double((t / 60'000) % 7); }
    // OKX liquidations: one every 7 minutes at k * 420000 + 1234, alternating sides,
    // sz = 1 + k % 5 contracts at bkPx = open(ts).
    static constexpr qint64 liquidationSpacing = 420'000;

private:
    LoopbackServer::Reply handle(const LoopbackServer::Request &request);

    LoopbackServer m_server;
    std::atomic<int> m_breakFrom = 0;
    std::atomic<int> m_seen = 0;
    LoopbackServer::Reply m_brokenReply;
    QByteArray m_coinGlassKey = "test-key";
};

} // namespace cascade::test

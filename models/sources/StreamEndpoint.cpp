#include "sources/StreamEndpoint.h"

#include "sources/BinanceParser.h"
#include "sources/BybitParser.h"
#include "sources/OkxParser.h"
#include "sources/OkxProvider.h"

namespace cascade {

QString StreamEndpoint::defaultBaseUrl(const QString &exchange)
{
    if (exchange == QLatin1String("binance"))
        return QStringLiteral("wss://fstream.binance.com");
    if (exchange == QLatin1String("bybit"))
        return QStringLiteral("wss://stream.bybit.com");
    if (exchange == QLatin1String("okx"))
        return QStringLiteral("wss://ws.okx.com:8443");
    return {};
}

Result<StreamEndpoint> StreamEndpoint::forExchange(const QString &exchange, const QString &symbol,
                                                   const QString &baseUrl, const OkxContracts &contracts)
{
    QString base = baseUrl.isEmpty() ? defaultBaseUrl(exchange) : baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    StreamEndpoint endpoint;
    endpoint.exchange = exchange;
    const QString upper = symbol.toUpper().remove(u'-');
    if (exchange == QLatin1String("binance")) {
        endpoint.exchangeSymbol = upper;
        // The all-market stream, filtered to our symbol: one connection serves any symbol.
        endpoint.url = QUrl(base + QStringLiteral("/ws/!forceOrder@arr"));
        endpoint.source =
            QStringLiteral("binance !forceOrder@arr stream (at most one event per symbol per second: "
                           "an undercount)");
        endpoint.parse = [](std::string_view body) { return BinanceParser::forceOrderFrame(body); };
    } else if (exchange == QLatin1String("bybit")) {
        endpoint.exchangeSymbol = upper;
        endpoint.url = QUrl(base + QStringLiteral("/v5/public/linear"));
        endpoint.subscribe = R"({"op":"subscribe","args":["allLiquidation.)" + upper.toLatin1() + R"("]})";
        endpoint.ping = R"({"op":"ping"})";
        endpoint.source = QStringLiteral("bybit allLiquidation.%1 stream").arg(upper);
        endpoint.parse = [](std::string_view body) { return BybitParser::allLiquidationFrame(body); };
    } else if (exchange == QLatin1String("okx")) {
        endpoint.exchangeSymbol = OkxProvider::instrument(symbol);
        endpoint.url = QUrl(base + QStringLiteral("/ws/v5/public"));
        endpoint.subscribe =
            R"({"op":"subscribe","args":[{"channel":"liquidation-orders","instType":"SWAP"}]})";
        endpoint.ping = "ping";
        endpoint.pingIntervalMs = 25'000;
        endpoint.source = QStringLiteral("okx liquidation-orders stream");
        if (!contracts.find(endpoint.exchangeSymbol)) {
            return Result<StreamEndpoint>::failure(
                QStringLiteral("okx: contract value of %1 unknown").arg(endpoint.exchangeSymbol));
        }
        // Frames carry every swap; only ours is read (and needs its contract value).
        endpoint.parse = [contracts, instrument = endpoint.exchangeSymbol](std::string_view body) {
            return OkxParser::liquidationOrders(body, contracts, "liquidation-orders stream", instrument);
        };
    } else {
        return Result<StreamEndpoint>::failure(
            QStringLiteral("%1 has no public liquidation stream Cascade can record (binance, bybit, okx)")
                .arg(exchange));
    }
    if (!endpoint.url.isValid() ||
        (endpoint.url.scheme() != QLatin1String("wss") && endpoint.url.scheme() != QLatin1String("ws")))
        return Result<StreamEndpoint>::failure(QStringLiteral("'%1' is not a ws:// or wss:// URL").arg(base));
    return endpoint;
}

} // namespace cascade

#pragma once

#include "market/Result.h"
#include "sources/OkxContracts.h"
#include "sources/SymbolLiquidation.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace cascade {

// How to listen to one exchange's public liquidation stream for one symbol: the URL, the
// subscribe message (if any), the keep-alive ping, the frame parser and what it promises.
struct StreamEndpoint
{
    QString exchange;
    QString exchangeSymbol; // events of other symbols in a shared channel are dropped
    QUrl url;
    QByteArray subscribe; // sent after connecting; empty when the URL alone subscribes
    QByteArray ping;      // application-level ping text; empty when WebSocket pings suffice
    int pingIntervalMs = 20'000;
    QString source; // the store's source label, including known limits
    std::function<Result<std::vector<SymbolLiquidation>>(std::string_view)> parse;

    // binance, bybit or okx; `baseUrl` empty means the exchange's public stream host.
    static Result<StreamEndpoint> forExchange(const QString &exchange, const QString &symbol,
                                              const QString &baseUrl, const OkxContracts &contracts = {});
    static QString defaultBaseUrl(const QString &exchange);
};

} // namespace cascade

#pragma once

#include "market/MarketData.h"
#include "market/Result.h"
#include "market/TimeRange.h"

namespace cascade {

class MarketStore;

// Reads and writes a whole MarketData (every series of one instrument) through the store
// interface, so callers never assemble series by hand.
class SessionRepository
{
public:
    explicit SessionRepository(MarketStore &store);

    // Everything stored for exchange/symbol in `range`; an empty range means all the candles cover.
    Result<MarketData> load(const QString &exchange, const QString &symbol, TimeRange range = {});
    // Every exchange that holds candles of `symbol`, combined: the candles of the exchange that
    // covers the most time (prices differ between venues; one reference is drawn), liquidations
    // of all venues merged, open interest summed per timestamp where every venue reports it.
    // The result's exchange is `allExchanges`.
    Result<MarketData> loadAllExchanges(const QString &symbol, TimeRange range = {});
    static inline const QString allExchanges = QStringLiteral("all");

    // Writes every series of `data` in one transaction, recording `source` with the coverage.
    Status save(const MarketData &data, const QString &source);

    // "BTCUSDT" -> "BTC", "BTC-USDT-SWAP" -> "BTC", "BTC-PERPETUAL" -> "BTC".
    static QString underlyingOf(const QString &symbol);

private:
    Status loadOptions(const QString &underlying, const TimeRange &range, MarketData &data);

    MarketStore &m_store;
};

} // namespace cascade

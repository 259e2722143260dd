#pragma once

#include <QString>

#include <optional>

namespace cascade {

// The kinds of series Cascade keeps. Stored by name (see kindName), so the numbering is free.
enum class SeriesKind {
    Candles,
    OpenInterest,
    LongShortAccountRatio, // all accounts, long/short share of accounts
    TopTraderPositionRatio,
    TopTraderAccountRatio,
    TakerBuySellRatio,
    Liquidations,
    Options,
};

QString kindName(SeriesKind kind);
std::optional<SeriesKind> kindFromName(const QString &name);

// Identifies one series: exchange ("binance", "bybit", "okx", "deribit", "coinglass", "simulated"),
// the exchange-neutral symbol ("BTCUSDT") and the kind. For options, symbol is the underlying ("BTC").
struct SeriesKey
{
    QString exchange;
    QString symbol;
    SeriesKind kind = SeriesKind::Candles;

    QString toString() const;
    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

} // namespace cascade

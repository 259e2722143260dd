#pragma once

#include "sources/ExchangeProvider.h"

namespace cascade {

// CoinGlass v4 (open-api-v4.coinglass.com), with the user's key in the CG-API-KEY header:
// liquidation history aggregated over Binance, OKX and Bybit, as USD totals per bar.
class CoinGlassProvider : public ExchangeProvider
{
public:
    QString name() const override { return QStringLiteral("coinglass"); }
    QString defaultBaseUrl() const override { return QStringLiteral("https://open-api-v4.coinglass.com"); }
    // The smallest paid plan allows 30 requests a minute.
    Budget budget() const override { return {30, 60'000}; }
    std::vector<SeriesKind> kinds() const override { return {SeriesKind::Liquidations}; }
    Result<Interval> step(SeriesKind kind, Interval requested) const override;
    Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind, const TimeRange &gap,
                                           Interval step) const override;
    Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const override;

    static constexpr int rowsPerPage = 1000;
};

} // namespace cascade

#pragma once

#include "sources/ExchangeProvider.h"

namespace cascade {

// Binance USD-M futures (fapi.binance.com): klines, and the /futures/data statistics, which
// Binance keeps for 30 days only. No keyless liquidation history exists: `cascade record`.
class BinanceProvider : public ExchangeProvider
{
public:
    QString name() const override { return QStringLiteral("binance"); }
    QString defaultBaseUrl() const override { return QStringLiteral("https://fapi.binance.com"); }
    // 2400 request weight per minute and IP.
    Budget budget() const override { return {2400, 60'000}; }
    std::vector<SeriesKind> kinds() const override;
    qint64 historyLimitMs(SeriesKind kind) const override;
    Result<Interval> step(SeriesKind kind, Interval requested) const override;
    Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind, const TimeRange &gap,
                                           Interval step) const override;
    Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const override;

    static constexpr int klinesPerPage = 1500;
    static constexpr int statisticsPerPage = 500;
};

} // namespace cascade

#pragma once

#include "sources/ExchangeProvider.h"

namespace cascade {

// Bybit v5 linear perpetuals (api.bybit.com): klines, open interest, account ratio and the
// option tickers snapshot. Pages are time windows sized to the row limit, so one window is one
// request; Bybit's cursors are not needed.
class BybitProvider : public ExchangeProvider
{
public:
    QString name() const override { return QStringLiteral("bybit"); }
    QString defaultBaseUrl() const override { return QStringLiteral("https://api.bybit.com"); }
    // 600 requests per 5 s and IP; kept well below.
    Budget budget() const override { return {50, 1000}; }
    std::vector<SeriesKind> kinds() const override;
    Result<Interval> step(SeriesKind kind, Interval requested) const override;
    Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind, const TimeRange &gap,
                                           Interval step) const override;
    Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const override;

    static constexpr int klinesPerPage = 1000;
    static constexpr int openInterestPerPage = 200;
    static constexpr int ratiosPerPage = 500;
};

} // namespace cascade

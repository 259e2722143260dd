#pragma once

#include "sources/ExchangeProvider.h"

namespace cascade {

// Deribit (www.deribit.com/api/v2): perpetual candles from the TradingView chart endpoint and
// the options chain snapshot from get_book_summary_by_currency?kind=option. The snapshot names
// carry expiry, strike and type, so get_instruments (limited to about one call per 10 s) is
// not needed for it; DeribitParser::instruments reads it for callers that want it.
class DeribitProvider : public ExchangeProvider
{
public:
    QString name() const override { return QStringLiteral("deribit"); }
    QString defaultBaseUrl() const override { return QStringLiteral("https://www.deribit.com/api/v2"); }
    // Non-matching-engine requests: a burst budget of about 20 per second; kept at 10.
    Budget budget() const override { return {10, 1000}; }
    std::vector<SeriesKind> kinds() const override { return {SeriesKind::Candles, SeriesKind::Options}; }
    Result<Interval> step(SeriesKind kind, Interval requested) const override;
    Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind, const TimeRange &gap,
                                           Interval step) const override;
    Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const override;

    // "BTCUSDT" / "BTC" -> "BTC-PERPETUAL"; Deribit names are kept.
    static QString instrument(const QString &symbol);
    static constexpr int candlesPerPage = 1000;
};

} // namespace cascade

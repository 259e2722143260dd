#pragma once

#include "sources/ExchangeProvider.h"
#include "sources/OkxContracts.h"

namespace cascade {

// OKX v5 swaps (www.okx.com): history candles ("after"/"before" paging, 100 rows), the option
// open-interest snapshot, rubik
// open-interest and long/short statistics, and liquidation orders (recent only, paged backwards
// by cursor; sizes in contracts converted with the contract value, which is asked from
// /api/v5/public/instruments first when the built-in table does not know the swap).
class OkxProvider : public ExchangeProvider
{
public:
    QString name() const override { return QStringLiteral("okx"); }
    QString defaultBaseUrl() const override { return QStringLiteral("https://www.okx.com"); }
    // history-candles: 20 requests per 2 s; rubik statistics weigh 4 (5 per 2 s).
    Budget budget() const override { return {20, 2000}; }
    std::vector<SeriesKind> kinds() const override;
    Result<Interval> step(SeriesKind kind, Interval requested) const override;
    Result<std::vector<PageRequest>> pages(const FetchRequest &request, SeriesKind kind, const TimeRange &gap,
                                           Interval step) const override;
    Result<PageData> parse(const PageRequest &page, const QByteArray &body, qint64 now) const override;

    // "BTCUSDT" -> "BTC-USDT-SWAP" (names with a dash are taken as OKX's own).
    static QString instrument(const QString &symbol);
    OkxContracts &contracts() { return m_contracts; }
    const OkxContracts &contracts() const { return m_contracts; }

    static constexpr int candlesPerPage = 100;
    static constexpr int statisticsPerPage = 100;
    static constexpr int liquidationsPerPage = 100;

private:
    PageRequest liquidationPage(const SeriesKey &key, const QString &instrument,
                                const TimeRange &window) const;
    Result<PageData> parseLiquidations(const PageRequest &page, std::string_view body) const;
    Result<PageData> parseInstruments(const PageRequest &page, std::string_view body) const;

    // Learnt from /public/instruments while a fetch runs (the provider serves one job at a time).
    mutable OkxContracts m_contracts;
};

} // namespace cascade

#include "sources/CoinGlassProvider.h"

#include "sources/CoinGlassParser.h"

namespace cascade {

namespace {
const QString kHistory = QStringLiteral("/api/futures/liquidation/aggregated-history");
}

Result<Interval> CoinGlassProvider::step(SeriesKind, Interval requested) const
{
    static const QStringList names = {"1m", "3m", "5m", "15m", "30m", "1h",
                                      "4h", "6h", "8h", "12h", "1d",  "1w"};
    if (names.contains(requested.name()))
        return requested;
    return Result<Interval>::failure(QStringLiteral("coinglass has no %1 interval").arg(requested.name()));
}

Result<std::vector<PageRequest>> CoinGlassProvider::pages(const FetchRequest &request, SeriesKind kind,
                                                          const TimeRange &gap, Interval step) const
{
    if (request.apiKey.isEmpty()) {
        return Result<std::vector<PageRequest>>::failure(
            QStringLiteral("coinglass needs an API key (set CASCADE_COINGLASS_KEY or pass --api-key)"));
    }
    const SeriesKey key{name(), storeSymbol(request.symbol, kind), kind};
    std::vector<PageRequest> out;
    for (const auto &window : windows(gap, step, rowsPerPage)) {
        const Query query = {{QStringLiteral("exchange_list"), QStringLiteral("Binance,OKX,Bybit")},
                             {QStringLiteral("symbol"), baseCoin(request.symbol)},
                             {QStringLiteral("interval"), step.name()},
                             {QStringLiteral("start_time"), QString::number(window.from)},
                             {QStringLiteral("end_time"), QString::number(window.to - 1)},
                             {QStringLiteral("limit"), QString::number(rowsPerPage)}};
        HttpRequest http = get(kHistory, query);
        http.headers.append(qMakePair(QByteArray("CG-API-KEY"), request.apiKey.toUtf8()));
        out.push_back(page(key, step, window, std::move(http), 1, kHistory));
    }
    return out;
}

Result<PageData> CoinGlassProvider::parse(const PageRequest &page, const QByteArray &body, qint64) const
{
    auto parsed =
        CoinGlassParser::liquidationHistory(std::string_view(body.constData(), std::size_t(body.size())));
    if (!parsed)
        return Result<PageData>::failure(parsed.error());
    PageData data;
    data.covered = page.window;
    data.liquidations = std::move(parsed.value());
    keepWithin(data.liquidations, data.covered, &Liquidation::time);
    return data;
}

} // namespace cascade

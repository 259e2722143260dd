#include "SeriesSelector.h"

#include "store/MarketStore.h"

#include <QStringList>

namespace cascade {

Result<SeriesKey> SeriesSelector::select(MarketStore &store, const QString &exchange, const QString &symbol,
                                         SeriesKind kind)
{
    auto series = store.listSeries();
    if (!series)
        return Result<SeriesKey>::failure(series.error());
    std::vector<SeriesKey> matches;
    QStringList available;
    for (const SeriesInfo &info : series.value()) {
        if (info.key.kind != kind)
            continue;
        available << info.key.exchange + u' ' + info.key.symbol;
        const bool exchangeMatches = exchange.isEmpty() || info.key.exchange.compare(exchange, Qt::CaseInsensitive) == 0;
        const bool symbolMatches = symbol.isEmpty() || info.key.symbol.compare(symbol, Qt::CaseInsensitive) == 0;
        if (exchangeMatches && symbolMatches)
            matches.push_back(info.key);
    }
    if (matches.size() == 1)
        return matches.front();
    const QString kindText = kindName(kind);
    if (available.isEmpty()) {
        return Result<SeriesKey>::failure(
            QStringLiteral("store %1 holds no %2; run `cascade demo` or `cascade fetch` first")
                .arg(store.location(), kindText));
    }
    if (matches.empty()) {
        return Result<SeriesKey>::failure(QStringLiteral("no %1 for exchange '%2' symbol '%3'; the store has: %4")
                                              .arg(kindText, exchange, symbol, available.join(QStringLiteral(", "))));
    }
    return Result<SeriesKey>::failure(
        QStringLiteral("several %1 series match; choose one with --exchange and --symbol: %2")
            .arg(kindText, available.join(QStringLiteral(", "))));
}

} // namespace cascade

#include "sources/ExchangeProvider.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace cascade {

bool ExchangeProvider::supports(SeriesKind kind) const
{
    const auto all = kinds();
    return std::find(all.begin(), all.end(), kind) != all.end();
}

QString ExchangeProvider::storeSymbol(const QString &symbol, SeriesKind kind) const
{
    if (kind == SeriesKind::Options)
        return baseCoin(symbol);
    // The exchanges' names of the main perpetual map back to the neutral name:
    // BTC-USDT-SWAP -> BTCUSDT, BTC-PERPETUAL -> BTCUSDT (Cascade's name for "the BTC perpetual").
    QString neutral = symbol.toUpper();
    if (neutral.endsWith(QLatin1String("-PERPETUAL")))
        return baseCoin(neutral) + QStringLiteral("USDT");
    if (neutral.endsWith(QLatin1String("-SWAP")))
        neutral.chop(5);
    return neutral.remove(u'-');
}

QString ExchangeProvider::baseCoin(const QString &symbol)
{
    static const QRegularExpression quote(QStringLiteral("[-_]?(USDT|USDC|USD|PERPETUAL|SWAP).*$"));
    QString base = symbol.toUpper();
    base.remove(quote);
    return base.isEmpty() ? symbol.toUpper() : base;
}

HttpRequest ExchangeProvider::get(const QString &path, const Query &query) const
{
    QString base = baseUrl();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + path);
    // QUrlQuery leaves '+' and '%' as they are (a server reads "+" as a space, "%20" as one):
    // percent-encode every reserved byte first, so the exchange gets back exactly our value.
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QUrlQuery items;
    for (const auto &[name, value] : query)
        items.addQueryItem(encoded(name), encoded(value));
    url.setQuery(items);
    return {url, {}};
}

std::vector<TimeRange> ExchangeProvider::windows(const TimeRange &gap, Interval step, int rows)
{
    std::vector<TimeRange> out;
    const qint64 span = step.ms() * std::max(rows, 1);
    for (qint64 from = gap.from; from < gap.to; from += span)
        out.push_back({from, std::min(gap.to, from + span)});
    return out;
}

PageRequest ExchangeProvider::page(const SeriesKey &key, Interval step, const TimeRange &window,
                                   HttpRequest http, double weight, const QString &endpoint)
{
    PageRequest page;
    page.key = key;
    page.step = step;
    page.window = window;
    page.http = std::move(http);
    page.weight = weight;
    page.endpoint = endpoint;
    return page;
}

} // namespace cascade

#include "sources/OkxProvider.h"

#include "sources/OkxParser.h"

#include <QHash>
#include <QUrlQuery>

namespace cascade {

namespace {

const QString kCandles = QStringLiteral("/api/v5/market/history-candles");
const QString kOpenInterest = QStringLiteral("/api/v5/rubik/stat/contracts/open-interest-history");
const QString kRatio = QStringLiteral("/api/v5/rubik/stat/contracts/long-short-account-ratio-contract");
const QString kLiquidations = QStringLiteral("/api/v5/public/liquidation-orders");
const QString kOptionOpenInterest = QStringLiteral("/api/v5/public/open-interest");
const QString kInstruments = QStringLiteral("/api/v5/public/instruments");
constexpr double kRubikWeight = 4;

// OKX bars: hours upper-case, and from 6H up the UTC-aligned variants (the plain ones follow
// Hong Kong time).
QString barName(Interval interval)
{
    static const QHash<qint64, QString> names = {
        {Interval::minutes(1).ms(), "1m"},   {Interval::minutes(3).ms(), "3m"},
        {Interval::minutes(5).ms(), "5m"},   {Interval::minutes(15).ms(), "15m"},
        {Interval::minutes(30).ms(), "30m"}, {Interval::hours(1).ms(), "1H"},
        {Interval::hours(2).ms(), "2H"},     {Interval::hours(4).ms(), "4H"},
        {Interval::hours(6).ms(), "6Hutc"},  {Interval::hours(12).ms(), "12Hutc"},
        {Interval::days(1).ms(), "1Dutc"},   {Interval::days(7).ms(), "1Wutc"}};
    return names.value(interval.ms());
}

QString periodName(Interval interval)
{
    static const QHash<qint64, QString> names = {
        {Interval::minutes(5).ms(), "5m"},   {Interval::minutes(15).ms(), "15m"},
        {Interval::minutes(30).ms(), "30m"}, {Interval::hours(1).ms(), "1H"},
        {Interval::hours(2).ms(), "2H"},     {Interval::hours(4).ms(), "4H"},
        {Interval::days(1).ms(), "1D"}};
    return names.value(interval.ms());
}

} // namespace

std::vector<SeriesKind> OkxProvider::kinds() const
{
    return {SeriesKind::Candles, SeriesKind::OpenInterest, SeriesKind::LongShortAccountRatio,
            SeriesKind::Liquidations, SeriesKind::Options};
}

QString OkxProvider::instrument(const QString &symbol)
{
    const QString upper = symbol.toUpper();
    if (upper.contains(u'-'))
        return upper;
    for (const char *quote : {"USDT", "USDC", "USD"}) {
        if (upper.endsWith(QLatin1String(quote)))
            return upper.chopped(int(qstrlen(quote))) + u'-' + QLatin1String(quote) + QStringLiteral("-SWAP");
    }
    return upper + QStringLiteral("-USDT-SWAP");
}

Result<Interval> OkxProvider::step(SeriesKind kind, Interval requested) const
{
    if (kind == SeriesKind::Liquidations || kind == SeriesKind::Options)
        return requested;
    if (kind == SeriesKind::Candles) {
        if (!barName(requested).isEmpty())
            return requested;
        return Result<Interval>::failure(QStringLiteral("okx has no %1 candles").arg(requested.name()));
    }
    const Interval period = std::max(requested, Interval::minutes(5));
    if (!periodName(period).isEmpty())
        return period;
    return Result<Interval>::failure(
        QStringLiteral("okx has no %1 period for %2 (5m, 15m, 30m, 1h, 2h, 4h, 1d)")
            .arg(period.name(), kindName(kind)));
}

PageRequest OkxProvider::liquidationPage(const SeriesKey &key, const QString &instrument,
                                         const TimeRange &window) const
{
    const Query query = {{QStringLiteral("instType"), QStringLiteral("SWAP")},
                         {QStringLiteral("instFamily"), instrument.chopped(5)}, // BTC-USDT-SWAP -> BTC-USDT
                         {QStringLiteral("state"), QStringLiteral("filled")},
                         {QStringLiteral("after"), QString::number(window.to)},
                         {QStringLiteral("limit"), QString::number(liquidationsPerPage)}};
    return page(key, Interval(1), window, get(kLiquidations, query), 1, kLiquidations);
}

Result<std::vector<PageRequest>> OkxProvider::pages(const FetchRequest &request, SeriesKind kind,
                                                    const TimeRange &gap, Interval step) const
{
    const SeriesKey key{name(), storeSymbol(request.symbol, kind), kind};
    const QString instId = instrument(request.symbol);
    std::vector<PageRequest> out;
    if (kind == SeriesKind::Options) {
        const Query query = {{QStringLiteral("instType"), QStringLiteral("OPTION")},
                             {QStringLiteral("instFamily"), key.symbol + QStringLiteral("-USD")}};
        out.push_back(page(key, step, gap, get(kOptionOpenInterest, query), 1, kOptionOpenInterest));
        return out;
    }
    if (kind == SeriesKind::Liquidations) {
        if (!instId.endsWith(QLatin1String("-SWAP")))
            return Result<std::vector<PageRequest>>::failure(
                QStringLiteral("okx liquidations: %1 is not a swap").arg(instId));
        PageRequest liquidations = liquidationPage(key, instId, gap);
        if (m_contracts.find(instId)) {
            out.push_back(liquidations);
            return out;
        }
        // Contract value unknown: ask for it first; the liquidation pages follow as its `next`.
        const Query query = {{QStringLiteral("instType"), QStringLiteral("SWAP")},
                             {QStringLiteral("instId"), instId}};
        PageRequest instruments =
            page(key, liquidations.step, gap, get(kInstruments, query), 1, kInstruments);
        out.push_back(instruments);
        return out;
    }
    const bool candles = kind == SeriesKind::Candles;
    const QString endpoint = candles ? kCandles : kind == SeriesKind::OpenInterest ? kOpenInterest : kRatio;
    for (const auto &window : windows(gap, step, candles ? candlesPerPage : statisticsPerPage)) {
        Query query = {{QStringLiteral("instId"), instId}};
        if (candles) {
            // after: rows older than; before: rows newer than (both exclusive).
            query += {{QStringLiteral("bar"), barName(step)},
                      {QStringLiteral("after"), QString::number(window.to)},
                      {QStringLiteral("before"), QString::number(window.from - 1)}};
        } else {
            query += {{QStringLiteral("period"), periodName(step)},
                      {QStringLiteral("begin"), QString::number(window.from)},
                      {QStringLiteral("end"), QString::number(window.to - 1)}};
        }
        query += {QStringLiteral("limit"), QString::number(candles ? candlesPerPage : statisticsPerPage)};
        out.push_back(page(key, step, window, get(endpoint, query), candles ? 1 : kRubikWeight, endpoint));
    }
    return out;
}

Result<PageData> OkxProvider::parse(const PageRequest &page, const QByteArray &body, qint64) const
{
    const std::string_view text(body.constData(), std::size_t(body.size()));
    PageData data;
    data.covered = page.window;
    switch (page.key.kind) {
    case SeriesKind::Candles: {
        auto parsed = OkxParser::candles(text);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.candles = std::move(parsed->candles);
        if (parsed->unclosed)
            data.covered.to = std::min(data.covered.to, parsed->unclosed->openTime);
        keepWithin(data.candles, data.covered, &Candle::openTime);
        return data;
    }
    case SeriesKind::OpenInterest: {
        auto parsed = OkxParser::openInterestHistory(text);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.openInterest = std::move(parsed.value());
        keepWithin(data.openInterest, data.covered, &OpenInterestPoint::time);
        return data;
    }
    case SeriesKind::Liquidations:
        return page.endpoint == kInstruments ? parseInstruments(page, text) : parseLiquidations(page, text);
    case SeriesKind::Options: {
        auto parsed = OkxParser::optionOpenInterest(text);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.options = std::move(parsed.value());
        return data;
    }
    default: {
        auto parsed =
            OkxParser::longShortRatio(text, "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract");
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.ratios = std::move(parsed.value());
        keepWithin(data.ratios, data.covered, &RatioPoint::time);
        return data;
    }
    }
}

Result<PageData> OkxProvider::parseInstruments(const PageRequest &page, std::string_view body) const
{
    if (const Status learnt = OkxParser::instruments(body, m_contracts); !learnt)
        return Result<PageData>::failure(learnt.error());
    const QString instId = QUrlQuery(page.http.url).queryItemValue(QStringLiteral("instId"));
    if (!m_contracts.find(instId))
        return Result<PageData>::failure(
            QStringLiteral("okx %1: no contract value for %2").arg(kInstruments, instId));
    PageData data; // no rows, nothing covered: it only makes the liquidation pages readable
    data.next = liquidationPage(page.key, instId, page.window);
    return data;
}

Result<PageData> OkxProvider::parseLiquidations(const PageRequest &page, std::string_view body) const
{
    auto parsed = OkxParser::liquidationOrders(body, m_contracts, "/api/v5/public/liquidation-orders");
    if (!parsed)
        return Result<PageData>::failure(parsed.error());
    const QString instId =
        QUrlQuery(page.http.url).queryItemValue(QStringLiteral("instFamily")) + QStringLiteral("-SWAP");
    const bool full = parsed->size() >= std::size_t(liquidationsPerPage);
    PageData data;
    for (const auto &item : parsed.value()) {
        if (item.symbol == instId)
            data.liquidations.push_back(item.event);
    }
    if (parsed->empty())
        return data; // nothing proven: OKX keeps only recent liquidations
    // Rows come oldest first. A full page proves [oldest, to); the rest lies behind the cursor.
    // A short page is all OKX still has, from its oldest row on.
    const qint64 oldest = parsed->front().event.time;
    data.covered = {std::max(oldest, page.window.from), page.window.to};
    if (!full && oldest < page.window.from)
        data.covered = page.window;
    keepWithin(data.liquidations, data.covered, &Liquidation::time);
    if (full && oldest > page.window.from)
        data.next = liquidationPage(page.key, instId, {page.window.from, oldest});
    return data;
}

} // namespace cascade

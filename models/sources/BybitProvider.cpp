#include "sources/BybitProvider.h"

#include "sources/BybitParser.h"

#include <QHash>

namespace cascade {

namespace {

const QString kKline = QStringLiteral("/v5/market/kline");
const QString kOpenInterest = QStringLiteral("/v5/market/open-interest");
const QString kAccountRatio = QStringLiteral("/v5/market/account-ratio");
const QString kTickers = QStringLiteral("/v5/market/tickers");

// Bybit's names: klines in minutes ("60") or D/W; statistics as "5min", "1h", "1d".
QString klineName(Interval interval)
{
    static const QHash<qint64, QString> names = {
        {Interval::minutes(1).ms(), "1"},   {Interval::minutes(3).ms(), "3"},
        {Interval::minutes(5).ms(), "5"},   {Interval::minutes(15).ms(), "15"},
        {Interval::minutes(30).ms(), "30"}, {Interval::hours(1).ms(), "60"},
        {Interval::hours(2).ms(), "120"},   {Interval::hours(4).ms(), "240"},
        {Interval::hours(6).ms(), "360"},   {Interval::hours(12).ms(), "720"},
        {Interval::days(1).ms(), "D"},      {Interval::days(7).ms(), "W"}};
    return names.value(interval.ms());
}

QString periodName(Interval interval)
{
    static const QHash<qint64, QString> names = {
        {Interval::minutes(5).ms(), "5min"},   {Interval::minutes(15).ms(), "15min"},
        {Interval::minutes(30).ms(), "30min"}, {Interval::hours(1).ms(), "1h"},
        {Interval::hours(4).ms(), "4h"},       {Interval::days(1).ms(), "1d"}};
    return names.value(interval.ms());
}

Result<PageData> failure(const QString &error)
{
    return Result<PageData>::failure(error);
}

} // namespace

std::vector<SeriesKind> BybitProvider::kinds() const
{
    return {SeriesKind::Candles, SeriesKind::OpenInterest, SeriesKind::LongShortAccountRatio,
            SeriesKind::Options};
}

Result<Interval> BybitProvider::step(SeriesKind kind, Interval requested) const
{
    if (kind == SeriesKind::Options)
        return requested;
    if (kind == SeriesKind::Candles) {
        if (!klineName(requested).isEmpty())
            return requested;
        return Result<Interval>::failure(QStringLiteral("bybit has no %1 klines").arg(requested.name()));
    }
    const Interval period = std::max(requested, Interval::minutes(5));
    if (!periodName(period).isEmpty())
        return period;
    return Result<Interval>::failure(
        QStringLiteral("bybit has no %1 period for %2 (5m, 15m, 30m, 1h, 4h, 1d)")
            .arg(period.name(), kindName(kind)));
}

Result<std::vector<PageRequest>> BybitProvider::pages(const FetchRequest &request, SeriesKind kind,
                                                      const TimeRange &gap, Interval step) const
{
    const SeriesKey key{name(), storeSymbol(request.symbol, kind), kind};
    std::vector<PageRequest> out;
    if (kind == SeriesKind::Options) {
        const Query query = {{QStringLiteral("category"), QStringLiteral("option")},
                             {QStringLiteral("baseCoin"), key.symbol}};
        out.push_back(
            page(key, step, gap, get(kTickers, query), 1, kTickers + QStringLiteral("?category=option")));
        return out;
    }
    const bool candles = kind == SeriesKind::Candles;
    const QString endpoint = candles                            ? kKline
                             : kind == SeriesKind::OpenInterest ? kOpenInterest
                                                                : kAccountRatio;
    const int rows = candles                            ? klinesPerPage
                     : kind == SeriesKind::OpenInterest ? openInterestPerPage
                                                        : ratiosPerPage;
    for (const auto &window : windows(gap, step, rows)) {
        Query query = {{QStringLiteral("category"), QStringLiteral("linear")},
                       {QStringLiteral("symbol"), key.symbol}};
        if (candles) {
            query += {{QStringLiteral("interval"), klineName(step)},
                      {QStringLiteral("start"), QString::number(window.from)},
                      {QStringLiteral("end"), QString::number(window.to - 1)}};
        } else {
            query += {
                {kind == SeriesKind::OpenInterest ? QStringLiteral("intervalTime") : QStringLiteral("period"),
                 periodName(step)},
                {QStringLiteral("startTime"), QString::number(window.from)},
                {QStringLiteral("endTime"), QString::number(window.to - 1)}};
        }
        query += {QStringLiteral("limit"), QString::number(rows)};
        out.push_back(page(key, step, window, get(endpoint, query), 1, endpoint));
    }
    return out;
}

Result<PageData> BybitProvider::parse(const PageRequest &page, const QByteArray &body, qint64 now) const
{
    const std::string_view text(body.constData(), std::size_t(body.size()));
    PageData data;
    data.covered = page.window;
    switch (page.key.kind) {
    case SeriesKind::Candles: {
        auto parsed = BybitParser::klines(text, page.step, now);
        if (!parsed)
            return failure(parsed.error());
        data.candles = std::move(parsed->candles);
        if (parsed->unclosed)
            data.covered.to = std::min(data.covered.to, parsed->unclosed->openTime);
        keepWithin(data.candles, data.covered, &Candle::openTime);
        break;
    }
    case SeriesKind::OpenInterest: {
        auto parsed = BybitParser::openInterest(text);
        if (!parsed)
            return failure(parsed.error());
        data.openInterest = std::move(parsed->rows);
        keepWithin(data.openInterest, data.covered, &OpenInterestPoint::time);
        break;
    }
    case SeriesKind::Options: {
        auto parsed = BybitParser::optionTickers(text);
        if (!parsed)
            return failure(parsed.error());
        data.options = std::move(parsed.value());
        break;
    }
    default: {
        auto parsed = BybitParser::accountRatio(text);
        if (!parsed)
            return failure(parsed.error());
        data.ratios = std::move(parsed->rows);
        keepWithin(data.ratios, data.covered, &RatioPoint::time);
        break;
    }
    }
    return data;
}

} // namespace cascade

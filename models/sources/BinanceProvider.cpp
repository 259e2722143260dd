#include "sources/BinanceProvider.h"

#include "sources/BinanceParser.h"

namespace cascade {

namespace {

const QString kKlines = QStringLiteral("/fapi/v1/klines");
const QString kOpenInterest = QStringLiteral("/futures/data/openInterestHist");
const QString kTaker = QStringLiteral("/futures/data/takerlongshortRatio");

QString ratioEndpoint(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::LongShortAccountRatio:
        return QStringLiteral("/futures/data/globalLongShortAccountRatio");
    case SeriesKind::TopTraderPositionRatio:
        return QStringLiteral("/futures/data/topLongShortPositionRatio");
    case SeriesKind::TopTraderAccountRatio:
        return QStringLiteral("/futures/data/topLongShortAccountRatio");
    case SeriesKind::TakerBuySellRatio:
        return kTaker;
    default:
        return {};
    }
}

// /futures/data is limited to 1000 requests per 5 minutes per IP (200 a minute): weighing each
// 12 of the 2400-a-minute budget keeps one bucket honest for both limits.
constexpr double kStatisticsWeight = 12;
constexpr double kKlinesWeight = 10; // limit 1000..1500

} // namespace

std::vector<SeriesKind> BinanceProvider::kinds() const
{
    return {SeriesKind::Candles,
            SeriesKind::OpenInterest,
            SeriesKind::LongShortAccountRatio,
            SeriesKind::TopTraderPositionRatio,
            SeriesKind::TopTraderAccountRatio,
            SeriesKind::TakerBuySellRatio};
}

qint64 BinanceProvider::historyLimitMs(SeriesKind kind) const
{
    return kind == SeriesKind::Candles ? 0 : 30 * Interval::days(1).ms();
}

Result<Interval> BinanceProvider::step(SeriesKind kind, Interval requested) const
{
    if (kind == SeriesKind::Candles) {
        static const QStringList names = {"1m", "3m", "5m", "15m", "30m", "1h", "2h",
                                          "4h", "6h", "8h", "12h", "1d",  "3d", "1w"};
        if (names.contains(requested.name()))
            return requested;
        return Result<Interval>::failure(QStringLiteral("binance has no %1 klines (%2)")
                                             .arg(requested.name(), names.join(QStringLiteral(", "))));
    }
    // Statistics start at 5 minutes: finer requests use 5m.
    const Interval period = std::max(requested, Interval::minutes(5));
    static const QStringList periods = {"5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d"};
    if (periods.contains(period.name()))
        return period;
    return Result<Interval>::failure(
        QStringLiteral("binance has no %1 period for %2 (%3)")
            .arg(period.name(), kindName(kind), periods.join(QStringLiteral(", "))));
}

Result<std::vector<PageRequest>> BinanceProvider::pages(const FetchRequest &request, SeriesKind kind,
                                                        const TimeRange &gap, Interval step) const
{
    const SeriesKey key{name(), storeSymbol(request.symbol, kind), kind};
    const QString symbol = key.symbol;
    std::vector<PageRequest> out;
    const bool candles = kind == SeriesKind::Candles;
    const QString endpoint = candles                            ? kKlines
                             : kind == SeriesKind::OpenInterest ? kOpenInterest
                                                                : ratioEndpoint(kind);
    const int rows = candles ? klinesPerPage : statisticsPerPage;
    for (const auto &window : windows(gap, step, rows)) {
        const Query query = {{QStringLiteral("symbol"), symbol},
                             {candles ? QStringLiteral("interval") : QStringLiteral("period"), step.name()},
                             {QStringLiteral("startTime"), QString::number(window.from)},
                             {QStringLiteral("endTime"), QString::number(window.to - 1)},
                             {QStringLiteral("limit"), QString::number(rows)}};
        out.push_back(page(key, step, window, get(endpoint, query),
                           candles ? kKlinesWeight : kStatisticsWeight, endpoint));
    }
    return out;
}

Result<PageData> BinanceProvider::parse(const PageRequest &page, const QByteArray &body, qint64 now) const
{
    const std::string_view text(body.constData(), std::size_t(body.size()));
    PageData data;
    data.covered = page.window;
    const SeriesKind kind = page.key.kind;
    if (kind == SeriesKind::Candles) {
        auto parsed = BinanceParser::klines(text, now);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.candles = std::move(parsed->candles);
        if (parsed->unclosed)
            data.covered.to = std::min(data.covered.to, parsed->unclosed->openTime);
        keepWithin(data.candles, data.covered, &Candle::openTime);
    } else if (kind == SeriesKind::OpenInterest) {
        auto parsed = BinanceParser::openInterestHistory(text);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.openInterest = std::move(parsed.value());
        keepWithin(data.openInterest, data.covered, &OpenInterestPoint::time);
    } else {
        const QByteArray endpoint = page.endpoint.toLatin1();
        auto parsed = kind == SeriesKind::TakerBuySellRatio
                          ? BinanceParser::takerRatio(text)
                          : BinanceParser::longShortRatio(text, endpoint.constData());
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.ratios = std::move(parsed.value());
        keepWithin(data.ratios, data.covered, &RatioPoint::time);
    }
    return data;
}

} // namespace cascade

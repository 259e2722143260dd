#include "sources/DeribitProvider.h"

#include "sources/DeribitParser.h"

#include <QHash>

namespace cascade {

namespace {

const QString kChart = QStringLiteral("/public/get_tradingview_chart_data");
const QString kBookSummary = QStringLiteral("/public/get_book_summary_by_currency");

QString resolutionName(Interval interval)
{
    static const QHash<qint64, QString> names = {
        {Interval::minutes(1).ms(), "1"},   {Interval::minutes(3).ms(), "3"},
        {Interval::minutes(5).ms(), "5"},   {Interval::minutes(10).ms(), "10"},
        {Interval::minutes(15).ms(), "15"}, {Interval::minutes(30).ms(), "30"},
        {Interval::hours(1).ms(), "60"},    {Interval::hours(2).ms(), "120"},
        {Interval::hours(3).ms(), "180"},   {Interval::hours(6).ms(), "360"},
        {Interval::hours(12).ms(), "720"},  {Interval::days(1).ms(), "1D"}};
    return names.value(interval.ms());
}

} // namespace

QString DeribitProvider::instrument(const QString &symbol)
{
    const QString upper = symbol.toUpper();
    if (upper.contains(u'-'))
        return upper;
    return baseCoin(upper) + QStringLiteral("-PERPETUAL");
}

Result<Interval> DeribitProvider::step(SeriesKind kind, Interval requested) const
{
    if (kind == SeriesKind::Options || !resolutionName(requested).isEmpty())
        return requested;
    return Result<Interval>::failure(QStringLiteral("deribit has no %1 resolution").arg(requested.name()));
}

Result<std::vector<PageRequest>> DeribitProvider::pages(const FetchRequest &request, SeriesKind kind,
                                                        const TimeRange &gap, Interval step) const
{
    const SeriesKey key{name(), storeSymbol(request.symbol, kind), kind};
    std::vector<PageRequest> out;
    if (kind == SeriesKind::Options) {
        const Query query = {{QStringLiteral("currency"), key.symbol},
                             {QStringLiteral("kind"), QStringLiteral("option")}};
        out.push_back(page(key, step, gap, get(kBookSummary, query), 1, kBookSummary));
        return out;
    }
    for (const auto &window : windows(gap, step, candlesPerPage)) {
        const Query query = {{QStringLiteral("instrument_name"), instrument(request.symbol)},
                             {QStringLiteral("start_timestamp"), QString::number(window.from)},
                             {QStringLiteral("end_timestamp"), QString::number(window.to - 1)},
                             {QStringLiteral("resolution"), resolutionName(step)}};
        out.push_back(page(key, step, window, get(kChart, query), 1, kChart));
    }
    return out;
}

Result<PageData> DeribitProvider::parse(const PageRequest &page, const QByteArray &body, qint64 now) const
{
    const std::string_view text(body.constData(), std::size_t(body.size()));
    PageData data;
    data.covered = page.window;
    if (page.key.kind == SeriesKind::Options) {
        auto parsed = DeribitParser::optionBookSummary(text);
        if (!parsed)
            return Result<PageData>::failure(parsed.error());
        data.options = std::move(parsed.value());
        return data;
    }
    auto parsed = DeribitParser::chartData(text, page.step, now);
    if (!parsed)
        return Result<PageData>::failure(parsed.error());
    data.candles = std::move(parsed->candles);
    if (parsed->unclosed)
        data.covered.to = std::min(data.covered.to, parsed->unclosed->openTime);
    keepWithin(data.candles, data.covered, &Candle::openTime);
    return data;
}

} // namespace cascade

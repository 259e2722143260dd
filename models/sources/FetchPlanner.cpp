#include "sources/FetchPlanner.h"

#include "market/TimeFormat.h"

#include <algorithm>

namespace cascade {

namespace {

qint64 ceilTo(Interval step, qint64 t)
{
    const qint64 floor = step.floor(t);
    return floor == t ? t : floor + step.ms();
}

QString kindsOf(const ExchangeProvider &provider)
{
    QStringList names;
    for (const SeriesKind kind : provider.kinds())
        names << kindName(kind);
    return names.join(QStringLiteral(", "));
}

} // namespace

TimeRange FetchPlanner::fetchableRange(const TimeRange &requested, Interval step, qint64 historyLimitMs,
                                       qint64 now)
{
    TimeRange range{step.floor(requested.from), ceilTo(step, requested.to)};
    range.to = std::min(range.to, step.floor(now)); // only closed bars and published samples
    if (historyLimitMs > 0)
        range.from = std::max(range.from, step.floor(now - historyLimitMs) + step.ms());
    return range;
}

Result<FetchPlan> FetchPlanner::plan(const ExchangeProvider &provider, MarketStore &store,
                                     const FetchRequest &request, qint64 now)
{
    FetchPlan plan;
    // Candles first: other series take their missing prices from them (PriceFill).
    std::vector<SeriesKind> kinds = request.kinds;
    std::stable_sort(kinds.begin(), kinds.end(), [](SeriesKind a, SeriesKind b) {
        return a == SeriesKind::Candles && b != SeriesKind::Candles;
    });
    for (const SeriesKind kind : kinds) {
        if (!provider.supports(kind)) {
            return Result<FetchPlan>::failure(
                QStringLiteral("%1 serves no %2 without a key (it serves %3)%4")
                    .arg(provider.name(), kindName(kind), kindsOf(provider),
                         kind == SeriesKind::Liquidations
                             ? QStringLiteral("; `cascade record` captures liquidations live")
                             : QString()));
        }
        const auto step = provider.step(kind, request.interval);
        if (!step)
            return Result<FetchPlan>::failure(step.error());
        std::vector<TimeRange> gaps;
        if (ExchangeProvider::isSnapshot(kind)) {
            gaps.push_back({now, now + 1});
        } else {
            const TimeRange range = fetchableRange(request.range, *step, provider.historyLimitMs(kind), now);
            if (range.from > step->floor(request.range.from)) {
                plan.notes << QStringLiteral("%1 keeps %2 for %3 days only: fetching from %4")
                                  .arg(provider.name(), kindName(kind))
                                  .arg(provider.historyLimitMs(kind) / Interval::days(1).ms())
                                  .arg(TimeFormat::isoUtc(range.from));
            }
            if (range.isEmpty()) {
                plan.notes << QStringLiteral(
                                  "%1 %2: nothing to fetch in the requested range (closed bars end at %3)")
                                  .arg(provider.name(), kindName(kind), TimeFormat::isoUtc(step->floor(now)));
                continue;
            }
            const SeriesKey key{provider.name(), provider.storeSymbol(request.symbol, kind), kind};
            const auto coverage = store.coverage(key);
            if (!coverage)
                return Result<FetchPlan>::failure(coverage.error());
            for (const auto &gap : coverage->gaps(range))
                gaps.push_back({step->floor(gap.from), ceilTo(*step, gap.to)});
        }
        for (const auto &gap : gaps) {
            auto pages = provider.pages(request, kind, gap, *step);
            if (!pages)
                return Result<FetchPlan>::failure(pages.error());
            plan.pages.insert(plan.pages.end(), pages->begin(), pages->end());
        }
    }
    return plan;
}

} // namespace cascade

#include "store/StoreCopier.h"

#include <algorithm>
#include <limits>
#include <map>

namespace cascade {

namespace {

// Writes `rows` with the first covered range, then each further range with no rows, so that
// the target's coverage equals the source's; `write(rows, range)` is the kind's write call.
template<typename Row, typename Write>
Status writeWithCoverage(const std::vector<Row> &rows, const RangeSet &coverage, Write write)
{
    const auto &ranges = coverage.ranges();
    if (Status status = write(rows, ranges.empty() ? TimeRange{} : ranges.front()); !status)
        return status;
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (Status status = write(std::vector<Row>{}, ranges[i]); !status)
            return status;
    }
    return {};
}

template<typename Rows> Result<qint64> count(const Result<Rows> &rows)
{
    if (!rows)
        return Result<qint64>::failure(rows.error());
    return qint64(rows->size());
}

Result<qint64> copySeries(MarketStore &from, MarketStore &to, const SeriesInfo &info, const QString &source,
                          const TimeRange &range)
{
    using R = Result<qint64>;
    const SeriesKey &key = info.key;
    switch (key.kind) {
    case SeriesKind::Candles: {
        auto rows = from.candles(key, range);
        if (!rows)
            return R::failure(rows.error());
        const Status status =
            writeWithCoverage(*rows, info.coverage, [&](const auto &part, const TimeRange &covered) {
                return to.writeCandles(key, info.baseInterval, part, covered, source);
            });
        return status ? count(rows) : R::failure(status.error());
    }
    case SeriesKind::OpenInterest: {
        auto rows = from.openInterest(key, range);
        if (!rows)
            return R::failure(rows.error());
        const Status status =
            writeWithCoverage(*rows, info.coverage, [&](const auto &part, const TimeRange &covered) {
                return to.writeOpenInterest(key, part, covered, source);
            });
        return status ? count(rows) : R::failure(status.error());
    }
    case SeriesKind::Liquidations: {
        auto rows = from.liquidations(key, range);
        if (!rows)
            return R::failure(rows.error());
        const Status status =
            writeWithCoverage(*rows, info.coverage, [&](const auto &part, const TimeRange &covered) {
                return to.writeLiquidations(key, part, covered, source);
            });
        return status ? count(rows) : R::failure(status.error());
    }
    case SeriesKind::Options: {
        auto rows = from.optionQuotes(key, range);
        if (!rows)
            return R::failure(rows.error());
        std::map<qint64, std::vector<OptionQuote>> snapshots;
        for (const OptionQuote &quote : *rows)
            snapshots[quote.snapshotTime].push_back(quote);
        for (const auto &[time, quotes] : snapshots) {
            if (Status status = to.writeOptionSnapshot(key, quotes, source); !status)
                return R::failure(status.error());
        }
        return count(rows);
    }
    default: {
        auto rows = from.ratios(key, range);
        if (!rows)
            return R::failure(rows.error());
        const Status status =
            writeWithCoverage(*rows, info.coverage, [&](const auto &part, const TimeRange &covered) {
                return to.writeRatios(key, part, covered, source);
            });
        return status ? count(rows) : R::failure(status.error());
    }
    }
}

// Records the source's own provenance on the target (a write of no rows adds only the name).
Status copySources(MarketStore &to, const SeriesInfo &info)
{
    const SeriesKey &key = info.key;
    for (const QString &source : info.sources) {
        Status status;
        if (key.kind == SeriesKind::Candles)
            status = to.writeCandles(key, info.baseInterval, {}, {}, source);
        else if (key.kind == SeriesKind::OpenInterest)
            status = to.writeOpenInterest(key, {}, {}, source);
        else if (key.kind == SeriesKind::Liquidations)
            status = to.writeLiquidations(key, {}, {}, source);
        else if (key.kind == SeriesKind::Options)
            status = to.writeOptionSnapshot(key, {}, source);
        else
            status = to.writeRatios(key, {}, {}, source);
        if (!status)
            return status;
    }
    return {};
}

} // namespace

Result<StoreCopier::Summary> StoreCopier::copy(MarketStore &from, MarketStore &to, const Options &options)
{
    using R = Result<Summary>;
    if (from.location() == to.location())
        return R::failure(QStringLiteral("cannot copy %1 onto itself").arg(from.location()));
    auto series = from.listSeries();
    if (!series)
        return R::failure(series.error());
    Summary summary;
    const QString source = QStringLiteral("copy of %1").arg(from.location());
    const Status status = to.inTransaction([&]() -> Status {
        for (SeriesInfo info : *series) {
            const auto &kinds = options.kinds;
            if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), info.key.kind) == kinds.end())
                continue;
            info.coverage = info.coverage.intersected(options.range);
            if (Status sources = copySources(to, info); !sources)
                return sources;
            auto rows = copySeries(from, to, info, source, options.range);
            if (!rows)
                return Status::failure(rows.error());
            summary.rows += *rows;
            ++summary.series;
        }
        return {};
    });
    if (!status)
        return R::failure(status.error());
    return summary;
}

} // namespace cascade

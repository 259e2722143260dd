#include "store/PointCsvParser.h"

#include "store/SeriesIdentity.h"
#include "store/StoreValidator.h"

namespace cascade {

namespace {
const QStringList kTime{"time", "timestamp"};
}

bool PointCsvParser::acceptsOpenInterest(const QStringList &header)
{
    return header.contains("time") && header.contains("open_interest") &&
           header.contains("open_interest_usd") && !header.contains("strike") &&
           !header.contains("instrument");
}

bool PointCsvParser::acceptsRatios(const QStringList &header)
{
    return header.contains("time") && header.contains("kind") && header.contains("ratio") &&
           header.contains("long_value") && header.contains("short_value");
}

Result<ImportBatch> PointCsvParser::parseOpenInterest(ImportTable &table, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    if (!table.readHeader())
        return R::failure(table.error());
    ImportBatch batch;
    batch.format = QStringLiteral("Cascade open interest");
    const int time = table.column(kTime), oi = table.column({"open_interest"}),
              usd = table.column({"open_interest_usd"});
    SeriesIdentity identity(hints, table.column({"exchange"}), table.column({"symbol"}));
    while (table.next()) {
        identity.observe(table);
        OpenInterestPoint p;
        p.time = table.time(time);
        table.checkTimeOrder(p.time, true, time);
        p.openInterest = table.number(oi);
        p.openInterestUsd = table.number(usd);
        if (table.failed())
            return R::failure(table.error());
        if (!table.accept(StoreValidator::problem(p)))
            return R::failure(table.error());
        batch.openInterest.push_back(p);
    }
    if (table.failed())
        return R::failure(table.error());
    if (batch.openInterest.empty())
        return R::failure(table.fileError(QStringLiteral("a header but no data rows")));
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return R::failure(table.fileError(missing));
    batch.covered = {batch.openInterest.front().time, batch.openInterest.back().time + 1};
    return batch;
}

Result<ImportBatch> PointCsvParser::parseRatios(ImportTable &table, const ImportHints &hints)
{
    using R = Result<ImportBatch>;
    if (!table.readHeader())
        return R::failure(table.error());
    ImportBatch batch;
    batch.format = QStringLiteral("Cascade ratios");
    const int time = table.column(kTime), kind = table.column({"kind"}), ratio = table.column({"ratio"}),
              longValue = table.column({"long_value"}), shortValue = table.column({"short_value"});
    SeriesIdentity identity(hints, table.column({"exchange"}), table.column({"symbol"}));
    std::optional<SeriesKind> fileKind;
    std::vector<RatioPoint> points;
    while (table.next()) {
        identity.observe(table);
        const auto rowKind = kindFromName(table.text(kind));
        if (!rowKind || !StoreValidator::isRatioKind(*rowKind))
            table.fail(QStringLiteral("expected a ratio kind such as long-short-account-ratio, found '%1'")
                           .arg(table.text(kind)),
                       kind);
        else if (fileKind && *rowKind != *fileKind)
            table.fail(QStringLiteral("kind %1 differs from %2 in the first row; import one series per file")
                           .arg(kindName(*rowKind), kindName(*fileKind)),
                       kind);
        else
            fileKind = rowKind;
        RatioPoint p;
        p.time = table.time(time);
        table.checkTimeOrder(p.time, true, time);
        p.ratio = table.number(ratio);
        p.longValue = table.number(longValue);
        p.shortValue = table.number(shortValue);
        if (table.failed())
            return R::failure(table.error());
        if (!table.accept(StoreValidator::problem(p)))
            return R::failure(table.error());
        points.push_back(p);
    }
    if (table.failed())
        return R::failure(table.error());
    if (points.empty())
        return R::failure(table.fileError(QStringLiteral("a header but no data rows")));
    if (const QString missing = identity.settle(batch.exchange, batch.symbol); !missing.isEmpty())
        return R::failure(table.fileError(missing));
    batch.covered = {points.front().time, points.back().time + 1};
    batch.ratios.emplace_back(*fileKind, std::move(points));
    return batch;
}

} // namespace cascade

#include "store/StoreInfoReport.h"

#include "market/TimeFormat.h"

#include <limits>

namespace cascade {

namespace {

QString range(const TimeRange &r)
{
    return QStringLiteral("%1 .. %2").arg(TimeFormat::isoUtc(r.from), TimeFormat::isoUtc(r.to));
}

QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes >= 2 * 24 * 60)
        return QStringLiteral("%1 d").arg(double(ms) / 86'400'000.0, 0, 'f', 1);
    if (minutes >= 120)
        return QStringLiteral("%1 h").arg(double(ms) / 3'600'000.0, 0, 'f', 1);
    if (minutes >= 1)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 ms").arg(ms);
}

} // namespace

Result<QString> StoreInfoReport::build(MarketStore &store)
{
    auto series = store.listSeries();
    if (!series)
        return Result<QString>::failure(series.error());
    QString text = QStringLiteral("Store %1: %2 series\n").arg(store.location()).arg(series->size());
    for (const SeriesInfo &info : *series) {
        text += QStringLiteral("\n%1\n").arg(info.key.toString());
        QString rows = QStringLiteral("  rows: %1").arg(info.rowCount);
        if (info.baseInterval.isValid())
            rows += QStringLiteral(" (%1 bars)").arg(info.baseInterval.name());
        text += rows + u'\n';
        if (info.key.kind == SeriesKind::Options) {
            const TimeRange all{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
            auto snapshots = store.optionSnapshotTimes(info.key, all);
            if (!snapshots)
                return Result<QString>::failure(snapshots.error());
            if (!snapshots->empty()) {
                text +=
                    QStringLiteral("  snapshots: %1, from %2 to %3\n")
                        .arg(snapshots->size())
                        .arg(TimeFormat::isoUtc(snapshots->front()), TimeFormat::isoUtc(snapshots->back()));
            }
        } else if (info.coverage.isEmpty()) {
            text += QStringLiteral("  covered: nothing proven complete\n");
        } else {
            const auto &ranges = info.coverage.ranges();
            text += QStringLiteral("  covered: %1 in %2 range%3\n")
                        .arg(duration(info.coverage.totalDuration()))
                        .arg(ranges.size())
                        .arg(ranges.size() == 1 ? "" : "s");
            for (const TimeRange &r : ranges)
                text += QStringLiteral("    %1\n").arg(range(r));
            const auto gaps = info.coverage.gaps(info.coverage.span());
            if (gaps.empty()) {
                text += QStringLiteral("  gaps: none\n");
            } else {
                text += QStringLiteral("  gaps: %1\n").arg(gaps.size());
                for (const TimeRange &gap : gaps)
                    text += QStringLiteral("    %1 (%2)\n").arg(range(gap), duration(gap.duration()));
            }
        }
        text += QStringLiteral("  sources: %1\n").arg(info.sources.join(QStringLiteral("; ")));
        if (info.lastWrite > 0)
            text += QStringLiteral("  last write: %1\n").arg(TimeFormat::isoUtc(info.lastWrite));
    }
    return text;
}

} // namespace cascade

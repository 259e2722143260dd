#include "store/Importer.h"

#include "store/ImportReader.h"
#include "store/ImportSource.h"

#include <QFileInfo>

#include <map>

namespace cascade {

namespace {

// Consecutive bars prove their span; a missing bar splits the coverage (an exchange outage
// in a Binance archive is a gap, not something to fetch again and again).
std::vector<std::pair<std::size_t, std::size_t>> candleRuns(const std::vector<Candle> &candles,
                                                            Interval interval)
{
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= candles.size(); ++i) {
        if (i == candles.size() || candles[i].openTime != candles[i - 1].openTime + interval.ms()) {
            runs.emplace_back(start, i);
            start = i;
        }
    }
    return runs;
}

} // namespace

Importer::Importer(MarketStore &store)
    : m_store(store)
{}

Result<ImportSummary> Importer::importFile(const QString &path, const QString &exchange,
                                           const QString &symbol)
{
    using R = Result<ImportSummary>;
    auto source = ImportSource::load(path);
    if (!source)
        return R::failure(source.error());
    auto batch = ImportReader::read(*source, ImportHints{source->entryName, exchange, symbol});
    if (!batch)
        return R::failure(batch.error());
    ImportSummary summary;
    summary.path = path;
    summary.format = batch->format;
    summary.checksumVerified = source->checksumVerified;
    const QString label = QStringLiteral("import %1").arg(QFileInfo(path).fileName());
    if (Status status = write(*batch, label, summary); !status)
        return R::failure(QStringLiteral("%1: nothing imported: %2").arg(path, status.error()));
    return summary;
}

Status Importer::write(const ImportBatch &batch, const QString &source, ImportSummary &summary)
{
    summary.rows.clear();
    auto key = [&](SeriesKind kind) { return SeriesKey{batch.exchange, batch.symbol, kind}; };
    return m_store.inTransaction([&]() -> Status {
        if (!batch.candles.empty()) {
            for (const auto &[from, to] : candleRuns(batch.candles, batch.interval)) {
                const std::vector<Candle> run(batch.candles.begin() + qsizetype(from),
                                              batch.candles.begin() + qsizetype(to));
                const TimeRange covered{run.front().openTime, run.back().openTime + batch.interval.ms()};
                if (Status s =
                        m_store.writeCandles(key(SeriesKind::Candles), batch.interval, run, covered, source);
                    !s)
                    return s;
            }
            summary.rows.emplace_back(key(SeriesKind::Candles), qint64(batch.candles.size()));
        }
        if (!batch.openInterest.empty()) {
            if (Status s = m_store.writeOpenInterest(key(SeriesKind::OpenInterest), batch.openInterest,
                                                     batch.covered, source);
                !s)
                return s;
            summary.rows.emplace_back(key(SeriesKind::OpenInterest), qint64(batch.openInterest.size()));
        }
        for (const auto &[kind, points] : batch.ratios) {
            if (Status s = m_store.writeRatios(key(kind), points, batch.covered, source); !s)
                return s;
            summary.rows.emplace_back(key(kind), qint64(points.size()));
        }
        if (!batch.liquidations.empty()) {
            if (Status s = m_store.writeLiquidations(key(SeriesKind::Liquidations), batch.liquidations,
                                                     batch.covered, source);
                !s)
                return s;
            summary.rows.emplace_back(key(SeriesKind::Liquidations), qint64(batch.liquidations.size()));
        }
        if (!batch.options.empty()) {
            std::map<qint64, std::vector<OptionQuote>> snapshots;
            for (const OptionQuote &quote : batch.options)
                snapshots[quote.snapshotTime].push_back(quote);
            for (const auto &[time, quotes] : snapshots) {
                if (Status s = m_store.writeOptionSnapshot(key(SeriesKind::Options), quotes, source); !s)
                    return s;
            }
            summary.rows.emplace_back(key(SeriesKind::Options), qint64(batch.options.size()));
        }
        return {};
    });
}

} // namespace cascade

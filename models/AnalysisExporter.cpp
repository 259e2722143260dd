#include "AnalysisExporter.h"

#include "analysis/AnalysisCsv.h"
#include "analysis/EstimatedHeatmap.h"
#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationMap.h"
#include "analysis/LongShortImbalance.h"
#include "analysis/OptionsAnalysis.h"
#include "analysis/RealizedHeatmap.h"
#include "analysis/SupportZones.h"
#include "market/TimeFormat.h"

#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace cascade {

namespace {

using Bytes = Result<QByteArray>;

template<typename V, typename TimeOf> void dropAfter(V &values, qint64 t, TimeOf timeOf)
{
    std::erase_if(values, [&](const auto &v) { return timeOf(v) > t; });
}

template<typename V, typename TimeOf> void widen(qint64 &latest, const V &values, TimeOf timeOf)
{
    for (const auto &v : values)
        latest = std::max(latest, timeOf(v));
}

const auto candleTime = [](const Candle &c) { return c.openTime; };
const auto liquidationTime = [](const Liquidation &l) { return l.time; };
const auto oiTime = [](const OpenInterestPoint &p) { return p.time; };
const auto ratioTime = [](const RatioPoint &p) { return p.time; };
const auto snapshotTime = [](const OptionQuote &q) { return q.snapshotTime; };

// The first bar or event of the data: where the heatmap and imbalance columns start.
qint64 startOf(const MarketData &data, qint64 at)
{
    qint64 start = at;
    if (!data.candles.empty())
        start = std::min(start, data.candles.front().openTime);
    for (const Liquidation &l : data.liquidations)
        start = std::min(start, l.time);
    return start;
}

QString noCandles(const MarketData &data, qint64 at)
{
    return QStringLiteral("no candles of %1 %2 at or before %3")
        .arg(data.exchange, data.symbol, TimeFormat::isoUtc(at));
}

QByteArray sweptLevels(const MarketData &data, const AnalysisCsv::Series &series,
                       const AnalysisParams &params)
{
    LevelEstimator estimator(params.levels);
    std::vector<SweptLevel> swept;
    for (const LevelBar &bar : LevelEstimator::inputs(data, data.candles)) {
        estimator.step(bar);
        const std::vector<SweptLevel> now = estimator.lastSwept();
        swept.insert(swept.end(), now.begin(), now.end());
    }
    return AnalysisCsv::sweptLevels(series, swept, params.levels.tiers);
}

Status openFile(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Status writeAll(QSaveFile &file, const QByteArray &bytes)
{
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(file.fileName(), reason));
    }
    return {};
}

Status commit(QSaveFile &file)
{
    if (!file.commit())
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

MarketData AnalysisExporter::asOf(const MarketData &data, qint64 t)
{
    MarketData cut = data;
    dropAfter(cut.candles, t, candleTime);
    dropAfter(cut.liquidations, t, liquidationTime);
    dropAfter(cut.openInterest, t, oiTime);
    dropAfter(cut.longShortAccountRatio, t, ratioTime);
    dropAfter(cut.takerBuySellRatio, t, ratioTime);
    dropAfter(cut.optionChain, t, snapshotTime);
    cut.candleCoverage = data.candleCoverage.intersected({std::numeric_limits<qint64>::min(), t + 1});
    return cut;
}

qint64 AnalysisExporter::endOf(const MarketData &data)
{
    qint64 latest = 0;
    widen(latest, data.candles, candleTime);
    widen(latest, data.liquidations, liquidationTime);
    widen(latest, data.openInterest, oiTime);
    widen(latest, data.longShortAccountRatio, ratioTime);
    widen(latest, data.takerBuySellRatio, ratioTime);
    widen(latest, data.optionChain, snapshotTime);
    return latest;
}

PriceGrid AnalysisExporter::levelGrid(const MarketData &data, const AnalysisParams &params)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const Candle &c : data.candles) {
        low = std::min(low, c.low);
        high = std::max(high, c.high);
    }
    if (!(high >= low))
        return {};
    // The same formulas as the estimator, so the outermost levels land inside the grid.
    double bottom = low, top = high;
    for (const LeverageTier &tier : params.levels.tiers) {
        bottom = std::min(bottom, LevelEstimator::longLiquidationPrice(low, tier.leverage, tier.mmr));
        top = std::max(top, LevelEstimator::shortLiquidationPrice(high, tier.leverage, tier.mmr));
    }
    const AnalysisParams::Heatmap &h = params.heatmap;
    double width = h.bucketWidth;
    if (h.bucketMode == BucketMode::FractionOfRange)
        width = top > bottom ? (top - bottom) * h.rangeFraction : std::max(top * 1e-3, 1e-9);
    return PriceGrid::covering(bottom, top, width);
}

Result<QByteArray> AnalysisExporter::csv(const MarketData &source, const Request &request)
{
    const AnalysisParams &params = request.params;
    if (const Status valid = params.validate(); !valid)
        return Bytes::failure(valid.error());
    const qint64 at = request.at.value_or(endOf(source));
    const MarketData data = asOf(source, at);
    const Interval interval = std::max(request.interval.value_or(data.baseInterval), data.baseInterval);
    const AnalysisCsv::Series series{data.exchange, data.symbol};
    const TimeRange range{startOf(data, at), at + 1};
    const bool needsCandles = request.kind != AnalysisKind::RealizedHeatmap &&
                              request.kind != AnalysisKind::Imbalance &&
                              request.kind != AnalysisKind::OptionsOpenInterest;
    if (needsCandles && data.candles.empty())
        return Bytes::failure(noCandles(data, at));

    switch (request.kind) {
    case AnalysisKind::RealizedHeatmap: {
        const PriceGrid grid = RealizedHeatmap::gridFor(data.liquidations, range, params.heatmap);
        return AnalysisCsv::realizedHeatmap(series,
                                            RealizedHeatmap::build(data.liquidations, range, interval, grid));
    }
    case AnalysisKind::EstimatedHeatmap: {
        const auto map = EstimatedHeatmap::build(LevelEstimator::inputs(data, data.candles), params.levels,
                                                 range, interval, levelGrid(data, params));
        return AnalysisCsv::estimatedHeatmap(series, map);
    }
    case AnalysisKind::Levels:
        return sweptLevels(data, series, params);
    case AnalysisKind::Map: {
        // The GUI's column draws LiquidationMap::at too: bars closed by T, default T the close
        // of the last bar.
        const qint64 mapAt = request.at.value_or(data.candles.back().openTime + data.baseInterval.ms());
        const LiquidationMap map = LiquidationMap::at(data, params, mapAt);
        if (!map.grid.isValid()) {
            return Bytes::failure(QStringLiteral("no candle of %1 %2 closed by %3")
                                      .arg(data.exchange, data.symbol, TimeFormat::isoUtc(mapAt)));
        }
        return AnalysisCsv::liquidationMap(series, map, params.levels.tiers);
    }
    case AnalysisKind::Imbalance:
        return AnalysisCsv::imbalance(series, LongShortImbalance::perBar(data, interval, range));
    case AnalysisKind::OptionsOpenInterest: {
        const OptionsReport report = OptionsAnalysis::analyse(data.optionChain, at);
        if (report.isEmpty()) {
            return Bytes::failure(QStringLiteral("no option chain snapshot of %1 %2 at or before %3")
                                      .arg(data.exchange, data.underlying, TimeFormat::isoUtc(at)));
        }
        // The options rows name the underlying, as the options series export does.
        return AnalysisCsv::optionsOpenInterest({data.exchange, data.underlying}, report);
    }
    case AnalysisKind::Zones:
        return AnalysisCsv::zones(series, SupportZones::compute(data, at, params));
    }
    return Bytes::failure(QStringLiteral("unknown analysis kind"));
}

QString AnalysisExporter::paramsPath(const QString &csvPath)
{
    QString base = csvPath;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral(".params.json");
}

Status AnalysisExporter::save(const QString &csvPath, const QByteArray &csv, const AnalysisParams &params)
{
    // Both files are complete in their temporaries before either replaces anything.
    QSaveFile csvFile(csvPath);
    QSaveFile paramsFile(paramsPath(csvPath));
    Status status = openFile(csvFile);
    if (status)
        status = openFile(paramsFile);
    if (status)
        status = writeAll(csvFile, csv);
    if (status)
        status = writeAll(paramsFile, params.toJsonBytes());
    if (status)
        status = commit(csvFile);
    if (status)
        status = commit(paramsFile);
    return status;
}

} // namespace cascade

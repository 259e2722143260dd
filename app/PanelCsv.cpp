#include "PanelCsv.h"

#include "analysis/CandleAggregator.h"
#include "store/SeriesCsvWriter.h"

#include <QSaveFile>

namespace cascade {

const QStringList &PanelCsv::kinds()
{
    static const QStringList names =
        QStringList{QStringLiteral("candles"), QStringLiteral("liquidations")} + analysisKinds();
    return names;
}

const QStringList &PanelCsv::analysisKinds()
{
    static const QStringList names{QStringLiteral("heatmap"),    QStringLiteral("levels"),
                                   QStringLiteral("map"),        QStringLiteral("imbalance"),
                                   QStringLiteral("options-oi"), QStringLiteral("zones")};
    return names;
}

AnalysisKind PanelCsv::analysisKind(const QString &kind, bool estimatedHeatmap)
{
    if (kind == QLatin1String("heatmap"))
        return estimatedHeatmap ? AnalysisKind::EstimatedHeatmap : AnalysisKind::RealizedHeatmap;
    if (kind == QLatin1String("levels"))
        return AnalysisKind::Levels;
    if (kind == QLatin1String("map"))
        return AnalysisKind::Map;
    if (kind == QLatin1String("imbalance"))
        return AnalysisKind::Imbalance;
    if (kind == QLatin1String("options-oi"))
        return AnalysisKind::OptionsOpenInterest;
    return AnalysisKind::Zones;
}

Status PanelCsv::write(const MarketData &data, const Request &request, const QString &path)
{
    if (request.kind == QLatin1String("candles")) {
        const Interval interval = std::max(request.interval.value_or(data.baseInterval), data.baseInterval);
        const auto candles = interval == data.baseInterval
                                 ? data.candles
                                 : CandleAggregator::aggregate(data.candles, interval);
        return SeriesCsvWriter::writeCandles(path, data.exchange, data.symbol, candles, interval);
    }
    if (request.kind == QLatin1String("liquidations"))
        return SeriesCsvWriter::writeLiquidations(path, data.exchange, data.symbol, data.liquidations);
    if (!analysisKinds().contains(request.kind))
        return Status::failure(
            QStringLiteral("'%1' is not one of %2").arg(request.kind, kinds().join(u", ")));

    AnalysisExporter::Request analysis;
    analysis.kind = analysisKind(request.kind, request.estimatedHeatmap);
    analysis.interval = request.interval;
    analysis.at = request.at;
    analysis.params = request.params;
    const auto csv = AnalysisExporter::csv(data, analysis);
    if (!csv)
        return Status::failure(csv.error());
    if (request.writeParams)
        return AnalysisExporter::save(path, csv.value(), request.params);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cascade

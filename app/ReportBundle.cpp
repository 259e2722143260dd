#include "ReportBundle.h"

#include "AnalysisExporter.h"
#include "HeatmapPanel.h"
#include "ImageFooter.h"
#include "ImbalancePanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "ReportPdf.h"
#include "SessionModel.h"
#include "WidgetRenderer.h"
#include "ZonesPanel.h"
#include "analysis/CandleAggregator.h"
#include "market/TimeFormat.h"
#include "store/SeriesCsvWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace cascade {

namespace {
Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status writePng(const QString &path, const QImage &image)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    writer.setQuality(WidgetRenderer::kPngQuality);
    if (!writer.write(image) || !file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
    return {};
}

QJsonObject inputsJson(const ReportBundle::Inputs &in, const SessionModel &session)
{
    const TimeRange span = session.span();
    QJsonArray gaps;
    for (const TimeRange &gap : session.gaps())
        gaps.append(QJsonObject{{QStringLiteral("from"), TimeFormat::isoUtc(gap.from)},
                                {QStringLiteral("to"), TimeFormat::isoUtc(gap.to)}});
    QJsonArray sources;
    for (const SeriesInfo &info : in.series) {
        if (info.key.exchange != in.data.exchange)
            continue;
        QJsonArray coverage;
        for (const TimeRange &range : info.coverage.ranges())
            coverage.append(QJsonArray{TimeFormat::isoUtc(range.from), TimeFormat::isoUtc(range.to)});
        sources.append(QJsonObject{{QStringLiteral("series"), info.key.toString()},
                                   {QStringLiteral("rows"), info.rowCount},
                                   {QStringLiteral("sources"), QJsonArray::fromStringList(info.sources)},
                                   {QStringLiteral("last_write"), TimeFormat::isoUtc(info.lastWrite)},
                                   {QStringLiteral("coverage"), coverage}});
    }
    return QJsonObject{
        {QStringLiteral("exchange"), in.data.exchange},
        {QStringLiteral("symbol"), in.data.symbol},
        {QStringLiteral("simulated"), in.data.simulated},
        {QStringLiteral("interval"), in.interval.name()},
        {QStringLiteral("from"), TimeFormat::isoUtc(span.from)},
        {QStringLiteral("to"), TimeFormat::isoUtc(span.to)},
        {QStringLiteral("store"), in.storeLocation},
        {QStringLiteral("coverage_gaps"), gaps},
        {QStringLiteral("data_sources"), sources},
    };
}

struct PanelImage
{
    QString file;
    std::unique_ptr<QWidget> widget;
};
} // namespace

Result<QStringList> ReportBundle::write(const QString &folder, const Inputs &in)
{
    using R = Result<QStringList>;
    const QDir target(folder);
    if (target.exists() && !target.isEmpty())
        return R::failure(QStringLiteral("%1 exists and is not empty: choose a new folder").arg(folder));
    // Built beside the target, renamed at the end: a failure leaves no half bundle.
    const QString staging = QFileInfo(folder).absoluteFilePath() + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return R::failure(QStringLiteral("cannot create %1").arg(staging));
    auto fail = [&](const QString &message) {
        QDir(staging).removeRecursively();
        return R::failure(message);
    };

    SessionModel session;
    session.setMarketData(in.data);
    session.setInterval(in.interval);
    session.setAnalysisParams(in.params);
    session.waitForAnalysis();
    QStringList files;

    // Panels, drawn by the same widgets as the GUI.
    std::vector<PanelImage> panels;
    panels.push_back({QStringLiteral("dashboard.png"), std::make_unique<MainWindow>(&session)});
    auto price = std::make_unique<PriceChartWidget>(nullptr, true);
    price->setModels(session.candles(), session.liquidationBars());
    price->setStructureModels(session.liquidationMap(), session.optionStrikes());
    price->setZonesModel(session.zones());
    panels.push_back({QStringLiteral("price.png"), std::move(price)});
    auto heatmap = std::make_unique<HeatmapPanel>();
    heatmap->setModels(session.heatmap(), session.candles());
    panels.push_back({QStringLiteral("heatmap.png"), std::move(heatmap)});
    auto imbalance = std::make_unique<ImbalancePanel>();
    imbalance->setModel(session.imbalance());
    panels.push_back({QStringLiteral("imbalance.png"), std::move(imbalance)});
    auto zones = std::make_unique<ZonesPanel>(&session);
    zones->setTimeRange(session.span().from, session.span().to);
    panels.push_back({QStringLiteral("zones.png"), std::move(zones)});
    QImage dashboard;
    for (PanelImage &panel : panels) {
        const bool estimates = panel.file != QLatin1String("imbalance.png") && panel.file != QLatin1String("heatmap.png");
        const QImage image =
            WidgetRenderer::render(panel.widget.get(), in.imageSize, 1.0, ImageFooter::text(session, estimates));
        if (panel.file == QLatin1String("dashboard.png"))
            dashboard = image;
        if (const Status s = writePng(staging + u'/' + panel.file, image); !s)
            return fail(s.error());
        files << panel.file;
    }

    // CSVs: the series and every analysis export, the bytes `cascade export` writes.
    const auto candles = in.interval == in.data.baseInterval ? in.data.candles
                                                             : CandleAggregator::aggregate(in.data.candles, in.interval);
    Status status = SeriesCsvWriter::writeCandles(staging + QStringLiteral("/candles.csv"), in.data.exchange,
                                                  in.data.symbol, candles, in.interval);
    if (status)
        status = SeriesCsvWriter::writeLiquidations(staging + QStringLiteral("/liquidations.csv"), in.data.exchange,
                                                    in.data.symbol, in.data.liquidations);
    if (!status)
        return fail(status.error());
    files << QStringLiteral("candles.csv") << QStringLiteral("liquidations.csv");
    const std::pair<AnalysisKind, const char *> analyses[] = {
        {AnalysisKind::RealizedHeatmap, "heatmap.csv"}, {AnalysisKind::Levels, "levels.csv"},
        {AnalysisKind::Map, "map.csv"},                 {AnalysisKind::Imbalance, "imbalance.csv"},
        {AnalysisKind::OptionsOpenInterest, "options-oi.csv"}, {AnalysisKind::Zones, "zones.csv"}};
    for (const auto &[kind, name] : analyses) {
        AnalysisExporter::Request request;
        request.kind = kind;
        request.interval = in.interval;
        request.params = in.params;
        auto csv = AnalysisExporter::csv(in.data, request);
        if (!csv)
            return fail(QStringLiteral("%1: %2").arg(QLatin1String(name), csv.error()));
        if (const Status s = writeBytes(staging + u'/' + QLatin1String(name), csv.value()); !s)
            return fail(s.error());
        files << QLatin1String(name);
    }

    const WindowSummary summary = session.summary(session.span().from, session.span().to);
    if (const Status s = ReportPdf::write(staging + QStringLiteral("/report.pdf"), session, summary, dashboard); !s)
        return fail(s.error());
    files << QStringLiteral("report.pdf");

    files << QStringLiteral("report.json");
    QJsonObject report{{QStringLiteral("cascade_version"), QStringLiteral(CASCADE_VERSION)},
                       {QStringLiteral("generated_at"),
                        TimeFormat::isoUtc(QDateTime::currentMSecsSinceEpoch())},
                       {QStringLiteral("inputs"), inputsJson(in, session)},
                       {QStringLiteral("parameters"), in.params.toJson()},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    if (const Status s = writeBytes(staging + QStringLiteral("/report.json"), QJsonDocument(report).toJson());
        !s)
        return fail(s.error());

    if (target.exists() && !QDir().rmdir(folder))
        return fail(QStringLiteral("cannot replace the empty folder %1").arg(folder));
    if (!QDir().rename(staging, folder))
        return fail(QStringLiteral("cannot move the report into %1").arg(folder));
    return files;
}

} // namespace cascade

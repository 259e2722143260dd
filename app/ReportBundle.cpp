#include "ReportBundle.h"

#include "BookmarkModel.h"
#include "market/TimeFormat.h"
#include "PanelCsv.h"
#include "ReportPdf.h"
#include "SessionModel.h"
#include "store/PostgresLocation.h"
#include "ViewImage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cascade {

namespace {
Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// Why mkpath failed: the nearest existing ancestor is a file, or not writable.
QString whyNotCreatable(const QString &path)
{
    QFileInfo ancestor(path);
    while (!ancestor.exists() && ancestor.absoluteFilePath() != ancestor.absolutePath())
        ancestor = QFileInfo(ancestor.absolutePath());
    if (!ancestor.isDir())
        return QStringLiteral("%1 is a file, not a folder").arg(ancestor.absoluteFilePath());
    if (!ancestor.isWritable())
        return QStringLiteral("no permission to write in %1").arg(ancestor.absoluteFilePath());
    return QStringLiteral("the disk refused (full or read-only?)");
}

// The store as report.json names it: a team store's URL never with its password.
QString storeForReport(const QString &location)
{
    if (!PostgresLocation::isPostgres(location))
        return location;
    const auto parsed = PostgresLocation::parse(location);
    return parsed ? parsed->display() : QStringLiteral("(a PostgreSQL store)");
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
        {QStringLiteral("store"), storeForReport(in.storeLocation)},
        {QStringLiteral("coverage_gaps"), gaps},
        {QStringLiteral("data_sources"), sources},
    };
}

} // namespace

std::optional<QPageSize::PageSizeId> ReportBundle::pageSizeNamed(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

QString ReportBundle::pageSizeName(QPageSize::PageSizeId page)
{
    return page == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

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
        return R::failure(QStringLiteral("cannot create %1: %2").arg(staging, whyNotCreatable(staging)));
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

    // Panels, drawn by the same widgets (and code) as the GUI and `cascade render`.
    ViewImage::Options image;
    image.size = in.imageSize;
    image.scale = in.scale;
    image.theme = ChartTheme::byName(in.theme);
    QImage dashboard;
    for (const QString &view :
         {QStringLiteral("dashboard"), QStringLiteral("price"), QStringLiteral("heatmap"),
          QStringLiteral("imbalance"), QStringLiteral("zones")}) {
        image.view = view;
        const QString file = view + QStringLiteral(".png");
        const QImage drawn = ViewImage::render(session, image);
        if (view == QLatin1String("dashboard"))
            dashboard = drawn;
        if (const Status s = ViewImage::savePng(drawn, staging + u'/' + file); !s)
            return fail(s.error());
        files << file;
    }

    // CSVs: the series and every analysis export, the bytes `cascade export` writes.
    PanelCsv::Request csv;
    csv.interval = in.interval;
    csv.params = in.params;
    csv.writeParams = false; // report.json holds the parameters once
    for (const QString &kind : PanelCsv::kinds()) {
        csv.kind = kind;
        const QString name = kind + QStringLiteral(".csv");
        if (const Status s = PanelCsv::write(in.data, csv, staging + u'/' + name); !s)
            return fail(QStringLiteral("%1: %2").arg(name, s.error()));
        files << name;
    }

    const WindowSummary summary = session.summary(session.span().from, session.span().to);
    if (const Status s = ReportPdf::write(staging + QStringLiteral("/report.pdf"), session, summary,
                                          dashboard, in.pageSize);
        !s)
        return fail(s.error());
    files << QStringLiteral("report.pdf");

    std::vector<ReplayBookmark> bookmarks;
    const TimeRange span = session.span();
    std::copy_if(in.bookmarks.begin(), in.bookmarks.end(), std::back_inserter(bookmarks),
                 [&span](const ReplayBookmark &b) { return b.time >= span.from && b.time <= span.to; });
    if (const Status s =
            writeBytes(staging + QStringLiteral("/bookmarks.json"), BookmarkModel::toJson(bookmarks));
        !s)
        return fail(s.error());
    files << QStringLiteral("bookmarks.json");
    QJsonArray bookmarkList;
    for (const ReplayBookmark &b : bookmarks)
        bookmarkList.append(QJsonObject{{QStringLiteral("time"), TimeFormat::isoUtc(b.time)},
                                        {QStringLiteral("note"), b.note}});

    files << QStringLiteral("report.json");
    QJsonObject report{
        {QStringLiteral("cascade_version"), QStringLiteral(CASCADE_VERSION)},
        {QStringLiteral("generated_at"), TimeFormat::isoUtc(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("inputs"), inputsJson(in, session)},
        {QStringLiteral("parameters"), in.params.toJson()},
        {QStringLiteral("bookmarks"), bookmarkList},
        {QStringLiteral("output"),
         QJsonObject{{QStringLiteral("image_size"),
                      QStringLiteral("%1x%2").arg(in.imageSize.width()).arg(in.imageSize.height())},
                     {QStringLiteral("scale"), in.scale},
                     {QStringLiteral("theme"), in.theme},
                     {QStringLiteral("page_size"), pageSizeName(in.pageSize)}}},
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

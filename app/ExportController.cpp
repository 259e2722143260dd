#include "ExportController.h"

#include "BookmarkModel.h"
#include "ReplayDocks.h"

#include "ImageFooter.h"
#include "MainWindow.h"
#include "market/TimeFormat.h"
#include "PanelCsv.h"
#include "PriceChartWidget.h"
#include "ReportBundle.h"
#include "SessionModel.h"
#include "SessionRepository.h"
#include "ViewImage.h"
#include "WidgetRenderer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>

namespace cascade {

namespace {
// The cursor shows work while the GUI thread draws (widgets can only be drawn there).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QString rangeText(const TimeRange &range)
{
    return QStringLiteral("%1 to %2 UTC")
        .arg(TimeFormat::shortUtc(range.from), TimeFormat::shortUtc(range.to));
}
} // namespace

ExportController::ExportController(MainWindow *window, SessionModel *session, DataService *data,
                                   QString storeLocation, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_data(data)
    , m_storeLocation(std::move(storeLocation))
{
    connect(m_data, &DataService::seriesListed, this, &ExportController::onSeriesListed);
    connect(m_data, &DataService::sessionLoaded, this, &ExportController::onSessionLoaded);
    connect(m_data, &DataService::taskFinished, this, &ExportController::onTaskFinished);
    connect(m_data, &DataService::failed, this, &ExportController::onFailed);
}

TimeRange ExportController::visibleRange() const
{
    const PriceChartWidget *chart = m_window->priceChart();
    return {chart->visibleFrom(), chart->visibleTo()};
}

ReportDialog *ExportController::openReportDialog()
{
    ReportDialog::Choice initial;
    initial.folder = QDir::home().filePath(
        QStringLiteral("cascade-report-%1-%2")
            .arg(m_session->marketData().symbol,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto *dialog =
        new ReportDialog(initial, tr("%1, %2").arg(m_session->title(), rangeText(visibleRange())), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::requested, this, &ExportController::writeReport);
    dialog->open();
    return dialog;
}

ImageExportDialog *ExportController::openImageDialog()
{
    ImageExportDialog::Choice initial;
    initial.path =
        QDir::home().filePath(QStringLiteral("cascade-%1.png").arg(m_session->marketData().symbol));
    auto *dialog = new ImageExportDialog(initial, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageExportDialog::requested, this, [this](const ImageExportDialog::Choice &choice) {
        if (const Status written = writeImage(choice); !written)
            fail(written.error());
    });
    dialog->open();
    return dialog;
}

void ExportController::exportCsv(const QString &kind)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export %1 CSV (visible range)").arg(kind),
        QDir::home().filePath(QStringLiteral("cascade-%1-%2.csv").arg(m_session->marketData().symbol, kind)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeCsv(kind, path);
}

void ExportController::writeReport(const ReportDialog::Choice &choice)
{
    if (m_report) {
        fail(tr("A report is already being written to %1").arg(m_report->choice.folder));
        return;
    }
    const MarketData &data = m_session->marketData();
    m_report = PendingReport{choice,
                             m_data->listSeries(),
                             m_data->loadSession(data.exchange, data.symbol, visibleRange()),
                             {},
                             {}};
    m_window->showStatus(tr("Reading the visible range for the report…"));
}

void ExportController::onSeriesListed(quint64 id, const std::vector<SeriesInfo> &series)
{
    if (!m_report || id != m_report->listId)
        return;
    m_report->series = series;
    finishReport();
}

void ExportController::onSessionLoaded(quint64 id, const MarketData &data)
{
    if (!m_report || id != m_report->loadId)
        return;
    m_report->data = data;
    finishReport();
}

void ExportController::finishReport()
{
    if (!m_report->data || !m_report->series)
        return;
    const PendingReport report = std::exchange(m_report, std::nullopt).value();
    if (report.data->candles.empty()) {
        fail(tr("No candles of %1 in the visible range %2: nothing to report")
                 .arg(m_session->title(), rangeText(visibleRange())));
        return;
    }
    ReportBundle::Inputs inputs;
    inputs.data = *report.data;
    inputs.series = *report.series;
    inputs.params = m_session->analysisParams();
    inputs.interval = std::max(m_session->interval(), inputs.data.baseInterval);
    inputs.scale = report.choice.scale;
    inputs.theme = report.choice.theme;
    inputs.pageSize = report.choice.pageSize;
    inputs.storeLocation = m_storeLocation;
    inputs.bookmarks = m_window->replayDocks()->bookmarks()->bookmarks();
    m_window->showStatus(tr("Drawing the report into %1…").arg(report.choice.folder));
    Result<QStringList> files = Result<QStringList>::failure(QString());
    {
        const BusyCursor busy;
        files = ReportBundle::write(report.choice.folder, inputs);
    }
    if (!files) {
        fail(tr("Report not written: %1").arg(files.error()));
        return;
    }
    const QString folder = QFileInfo(report.choice.folder).absoluteFilePath();
    m_window->showStatus(tr("Report written to %1 (%n file(s))", nullptr, int(files->size())).arg(folder));
    emit reportWritten(folder);
}

Status ExportController::writeImage(const ImageExportDialog::Choice &choice)
{
    ViewImage::Options options;
    options.view = choice.view;
    options.size = choice.size;
    options.scale = choice.scale;
    options.theme = ChartTheme::byName(choice.theme);
    options.visible = visibleRange();
    Status saved;
    {
        const BusyCursor busy;
        saved = ViewImage::savePng(ViewImage::render(*m_session, options), choice.path);
    }
    if (saved)
        m_window->showStatus(tr("Saved %1").arg(QFileInfo(choice.path).absoluteFilePath()));
    return saved;
}

QImage ExportController::copyImage()
{
    const QImage image =
        WidgetRenderer::capture(m_window, ImageFooter::text(*m_session, true, visibleRange()));
    QGuiApplication::clipboard()->setImage(image);
    m_window->showStatus(
        tr("Copied the dashboard (%1 × %2 pixels) to the clipboard").arg(image.width()).arg(image.height()));
    return image;
}

quint64 ExportController::writeCsv(const QString &kind, const QString &path)
{
    const MarketData &session = m_session->marketData();
    const QString exchange = session.exchange;
    const QString symbol = session.symbol;
    const TimeRange range = visibleRange();
    PanelCsv::Request request;
    request.kind = kind;
    request.interval = m_session->interval();
    request.params = m_session->analysisParams();
    request.estimatedHeatmap = m_session->heatmapSource() == HeatGrid::Source::Estimated;
    // As `cascade export --kind K --from FROM --to TO` does: load the range, then write it.
    const quint64 id = m_data->run([exchange, symbol, range, request, path](MarketStore &store) -> Status {
        SessionRepository repository(store);
        auto data = exchange == SessionRepository::allExchanges ? repository.loadAllExchanges(symbol, range)
                                                                : repository.load(exchange, symbol, range);
        if (!data)
            return Status::failure(data.error());
        if (data->candles.empty())
            return Status::failure(
                QStringLiteral("%1: no candles for %2 %3 in the visible range").arg(path, exchange, symbol));
        const Status written = PanelCsv::write(data.value(), request, path);
        if (!written && !written.error().contains(path))
            return Status::failure(QStringLiteral("%1: %2").arg(path, written.error()));
        return written;
    });
    m_csvTasks.insert(id, path);
    m_window->showStatus(tr("Writing %1…").arg(path));
    return id;
}

void ExportController::onTaskFinished(quint64 id)
{
    const QString path = m_csvTasks.take(id);
    if (path.isEmpty())
        return;
    m_window->showStatus(tr("Saved %1").arg(QFileInfo(path).absoluteFilePath()));
    emit csvWritten(path);
}

void ExportController::onFailed(quint64 id, const QString &message)
{
    if (m_csvTasks.remove(id) > 0) {
        fail(message);
        return;
    }
    if (m_report && (id == m_report->listId || id == m_report->loadId)) {
        m_report.reset();
        fail(tr("Report not written: %1").arg(message));
    }
}

void ExportController::fail(const QString &message)
{
    m_window->showError(message);
    emit failed(message);
}

} // namespace cascade

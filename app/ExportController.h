#pragma once

#include "DataService.h"
#include "ImageExportDialog.h"
#include "market/Result.h"
#include "market/TimeRange.h"
#include "ReportDialog.h"

#include <QHash>
#include <QImage>
#include <QObject>

#include <optional>
#include <utility>

namespace cascade {

class MainWindow;
class SessionModel;

// The GUI's exports, on the paths the command line uses so both give the same files:
// File > Export report (ReportBundle over the visible range, as `cascade report`), File >
// Export image (ViewImage, as `cascade render`), File > Export CSV (PanelCsv over the visible
// range, as `cascade export`) and Edit > Copy image. Store reads and CSV writes run on the data
// service's thread; drawing needs the GUI thread and shows a busy cursor.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(MainWindow *window, SessionModel *session, DataService *data, QString storeLocation,
                     QObject *parent = nullptr);

    // The time range on screen (the price chart's), in UTC ms.
    TimeRange visibleRange() const;

    // Non-blocking (window-modal) dialogs that delete themselves when closed.
    ReportDialog *openReportDialog();
    ImageExportDialog *openImageDialog();
    // Asks for the file, then writeCsv().
    void exportCsv(const QString &kind);

    // Loads the visible range through the data service, then writes the bundle; ends in
    // reportWritten or failed.
    void writeReport(const ReportDialog::Choice &choice);
    Status writeImage(const ImageExportDialog::Choice &choice);
    // Runs on the data service's thread; ends in csvWritten or failed.
    quint64 writeCsv(const QString &kind, const QString &path);
    // The dashboard as it is on screen, with its footer, on the clipboard.
    QImage copyImage();

signals:
    void reportWritten(const QString &folder);
    void csvWritten(const QString &path);
    void failed(const QString &message);

private:
    struct PendingReport
    {
        ReportDialog::Choice choice;
        quint64 listId = 0;
        quint64 loadId = 0;
        std::optional<MarketData> data;
        std::optional<std::vector<SeriesInfo>> series;
    };

    void onSeriesListed(quint64 id, const std::vector<SeriesInfo> &series);
    void onSessionLoaded(quint64 id, const MarketData &data);
    void onTaskFinished(quint64 id);
    void onFailed(quint64 id, const QString &message);
    void finishReport();
    void fail(const QString &message);

    MainWindow *m_window = nullptr;
    SessionModel *m_session = nullptr;
    DataService *m_data = nullptr;
    QString m_storeLocation;
    std::optional<PendingReport> m_report;
    QHash<quint64, QString> m_csvTasks; // request id -> file
};

} // namespace cascade

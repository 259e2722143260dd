#pragma once

#include "DataService.h"
#include "ExportController.h"
#include "FetchController.h"
#include "ImportController.h"
#include "LiveFollower.h"
#include "MainWindow.h"
#include "SessionModel.h"
#include "Settings.h"

#include <QObject>

#include <memory>

namespace cascade {

// Wires the GUI: the data service (store on its worker thread), the session model and the main
// window. The window asks for data through signals; results come back here and go into models.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const QString &storeLocation, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    const SessionModel *session() const { return &m_session; }
    FetchController *fetcher() { return &m_fetch; }
    // Window geometry, docks and the visible range into the settings (done on quit).
    void saveWindowState();
    ExportController *exporter() { return &m_export; }
    ImportController *importer() { return &m_import; }
    LiveFollower *follower() { return &m_live; }
    // Non-blocking (window-modal); the dialog deletes itself when closed.
    SettingsDialog *openSettings();

private:
    void onSeriesListed(quint64 id, const std::vector<SeriesInfo> &series);
    void onSessionLoaded(quint64 id, const MarketData &data);
    void onFailed(quint64 id, const QString &message);
    void onTaskFinished(quint64 id);
    void loadSeries(const QString &exchange, const QString &symbol);
    void onStoreChanged(const QString &exchange, const QString &symbol, bool select);
    void applyTheme();
    void restoreVisibleRange();

    QString m_storeLocation;
    Settings m_settings;
    DataService m_data;
    SessionModel m_session;
    std::unique_ptr<MainWindow> m_window;
    FetchController m_fetch; // after the window it reports to; stops its fetch before the window goes
    ExportController m_export;
    ImportController m_import;
    LiveFollower m_live; // reloads the session when another process commits to it
    quint64 m_pendingList = 0;
    quint64 m_pendingLoad = 0;
    quint64 m_pendingDemo = 0;
    bool m_demoChecked = false;
    bool m_liveReload = false;    // the pending load follows new data: keep the view where it is
    bool m_rangeRestored = false; // the saved visible range is applied to the first session only
    bool m_quietReload = false;   // a reload after a fetch leaves the status bar to the fetch
};

} // namespace cascade

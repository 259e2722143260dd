#pragma once

#include "FetchDialog.h"
#include "SettingsDialog.h"
#include "sources/FetchService.h"

#include <QObject>

namespace cascade {

class MainWindow;
class Settings;

// The GUI's fetch wiring: opens the fetch dialog with what each exchange serves, runs the
// request on FetchService with the API bases, proxy and key from Settings, feeds the window's
// progress bar, routes its Cancel, and reports the outcome (errors in full to the banner).
class FetchController : public QObject
{
    Q_OBJECT

public:
    FetchController(const QString &storeLocation, Settings *settings, MainWindow *window,
                    QObject *parent = nullptr);

    // Non-blocking (window-modal); the dialog deletes itself when closed.
    FetchDialog *openDialog();
    int start(FetchRequest request);
    bool isRunning() const { return m_service.isRunning(); }

    // What the dialogs need to know of the providers.
    static QList<FetchDialog::Exchange> exchanges(const Settings &settings);
    static QList<SettingsDialog::Endpoint> endpoints();
    // Why the exchange cannot serve `request` as asked (an interval it lacks), or empty.
    static QString check(const FetchRequest &request);
    static QString label(const QString &exchange);

signals:
    // The store changed (or may have: a failed fetch keeps the pages it stored). `select` asks
    // to show (exchange, symbol) next: set when candles of it were fetched successfully.
    void storeChanged(const QString &exchange, const QString &symbol, bool select);

private:
    void onProgress(int job, const FetchProgress &progress);
    void onFinished(int job, bool ok, const QString &message, int requests, qint64 rows);
    void cancel();

    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
    FetchService m_service;
    FetchRequest m_request;
    int m_job = 0;
    bool m_cancelled = false;
};

} // namespace cascade

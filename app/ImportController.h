#pragma once

#include "DataService.h"

#include <QObject>
#include <QStringList>

namespace cascade {

class MainWindow;

// File > Import…: archives and CSV files (what `cascade import` reads) imported on the data
// service's thread, progress and outcome in the status bar, failures in the banner. When
// anything was imported, storeChanged asks for the series list and session to be read again.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(MainWindow *window, DataService *data, QObject *parent = nullptr);

    // Asks for the files, then importFiles().
    void openImport();
    quint64 importFiles(const QStringList &paths);

signals:
    void storeChanged();
    void finished(const QStringList &imported, const QStringList &errors);

private:
    void onProgress(quint64 id, int done, int total, const QString &path);
    void onFinished(quint64 id, const QStringList &imported, const QStringList &errors);

    MainWindow *m_window = nullptr;
    DataService *m_data = nullptr;
    quint64 m_pending = 0;
};

} // namespace cascade

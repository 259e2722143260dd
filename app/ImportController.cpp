#include "ImportController.h"

#include "MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace cascade {

ImportController::ImportController(MainWindow *window, DataService *data, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_data(data)
{
    connect(m_data, &DataService::importProgress, this, &ImportController::onProgress);
    connect(m_data, &DataService::importFinished, this, &ImportController::onFinished);
}

void ImportController::openImport()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import market data"), QDir::homePath(),
                                      tr("Archives and CSV files (*.zip *.csv);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

quint64 ImportController::importFiles(const QStringList &paths)
{
    m_pending = m_data->importFiles(paths);
    m_window->showStatus(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    return m_pending;
}

void ImportController::onProgress(quint64 id, int done, int total, const QString &path)
{
    if (id == m_pending)
        m_window->showStatus(
            tr("Importing %1 of %2: %3…").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
}

void ImportController::onFinished(quint64 id, const QStringList &imported, const QStringList &errors)
{
    if (id != m_pending)
        return;
    const int total = int(imported.size() + errors.size());
    if (!errors.isEmpty()) {
        m_window->showError(tr("Import: %1 of %n file(s) failed and imported nothing:\n%2", nullptr, total)
                                .arg(errors.size())
                                .arg(errors.join(u'\n')));
    }
    if (!imported.isEmpty()) {
        m_window->showStatus(tr("Imported %n file(s): %1", nullptr, int(imported.size()))
                                 .arg(imported.join(QStringLiteral("; "))));
        emit storeChanged();
    }
    emit finished(imported, errors);
}

} // namespace cascade

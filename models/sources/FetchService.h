#pragma once

#include "sources/FetchProgress.h"
#include "sources/FetchRequest.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace cascade {

// The GUI's way to fetch: runs one FetchJob at a time on a worker thread (opening its own store
// connection there, as Qt Sql requires), and reports progress and the outcome as signals on the
// thread that owns the service. Each start() returns an id carried by its signals; starting again
// cancels the running job, whose late signals still carry its old id so views can drop them
// (start() waits for the cancelled job to stop: libcurl notices within about a second).
// libcurl must have been initialised in main() (CurlGlobal) before the first start().
class FetchService : public QObject
{
    Q_OBJECT

public:
    explicit FetchService(QString storeLocation, QObject *parent = nullptr);
    ~FetchService() override;

    void setApiBase(const QString &exchange, const QString &url) { m_apiBases.insert(exchange, url); }
    void setProxy(const QString &proxy) { m_proxy = proxy; }

    int start(const FetchRequest &request);
    void cancel();
    bool isRunning() const { return m_running && *m_running; }

signals:
    void progress(int job, const cascade::FetchProgress &progress);
    void finished(int job, bool ok, const QString &message, int requests, qint64 rows);

private:
    void stop();

    QString m_storeLocation;
    QHash<QString, QString> m_apiBases;
    QString m_proxy;
    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_running;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_lastJob = 0;
};

} // namespace cascade

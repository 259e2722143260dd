#pragma once

#include "market/MarketData.h"
#include "market/Result.h"
#include "store/MarketStore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace cascade {

class DataWorker;

// The one path from the GUI to the store. Work runs on a worker thread that owns the store
// connection (Qt Sql connections are per thread); results come back on the GUI thread as queued
// signals carrying values. Every request returns an id; a caller keeps the id of its latest
// request and drops results that carry an older one.
class DataService : public QObject
{
    Q_OBJECT

public:
    using StoreOpener = std::function<Result<std::unique_ptr<MarketStore>>()>;
    // Runs on the worker thread with the open store; returns a message on failure.
    using StoreTask = std::function<Status(MarketStore &)>;

    explicit DataService(StoreOpener opener, QObject *parent = nullptr);
    ~DataService() override;

    quint64 listSeries();
    // exchange SessionRepository::allExchanges ("all") combines every venue holding the symbol.
    quint64 loadSession(const QString &exchange, const QString &symbol, const TimeRange &range = {});
    // Runs an arbitrary store task in order with the other requests (demo creation, imports).
    quint64 run(StoreTask task);
    // Imports files as `cascade import` does (store/Importer: each file in one transaction), in
    // order with the other requests. Reports importProgress before each file, then importFinished.
    // exchange/symbol fill in what a file does not say itself.
    quint64 importFiles(const QStringList &paths, const QString &exchange = {}, const QString &symbol = {});

signals:
    void seriesListed(quint64 requestId, const std::vector<cascade::SeriesInfo> &series);
    void sessionLoaded(quint64 requestId, const cascade::MarketData &data);
    void taskFinished(quint64 requestId);
    void failed(quint64 requestId, const QString &message);
    void importProgress(quint64 requestId, int done, int total, const QString &path);
    // One line per file imported ("FILE: format: series rows, …") and one per file that failed
    // ("FILE: why"; a failed file imports nothing).
    void importFinished(quint64 requestId, const QStringList &imported, const QStringList &errors);

private:
    template<typename Work>
    quint64 post(Work work);

    QThread m_thread;
    DataWorker *m_worker = nullptr;
    quint64 m_lastId = 0;
};

} // namespace cascade

Q_DECLARE_METATYPE(cascade::MarketData)
Q_DECLARE_METATYPE(std::vector<cascade::SeriesInfo>)

#include "DataService.h"

#include "DataWorker.h"
#include "market/QueuedCall.h"
#include "SessionRepository.h"
#include "store/Importer.h"

namespace cascade {

DataService::DataService(StoreOpener opener, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::vector<cascade::SeriesInfo>>();
    qRegisterMetaType<cascade::MarketData>();
    m_worker = new DataWorker(std::move(opener));
    m_worker->moveToThread(&m_thread);
    // The worker (and with it the store connection) is destroyed on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("cascade-data"));
    m_thread.start();
}

DataService::~DataService()
{
    m_thread.quit();
    m_thread.wait();
}

template<typename Work> quint64 DataService::post(Work work)
{
    const quint64 id = ++m_lastId;
    postQueuedCall(m_worker, [this, id, work = std::move(work)]() {
        auto store = m_worker->store();
        if (!store) {
            const QString message = store.error();
            postQueuedCall(this, [this, id, message]() { emit failed(id, message); });
            return;
        }
        work(id, *store.value());
    });
    return id;
}

quint64 DataService::listSeries()
{
    return post([this](quint64 id, MarketStore &store) {
        auto series = store.listSeries();
        postQueuedCall(this, [this, id, series = std::move(series)]() {
            if (series)
                emit seriesListed(id, series.value());
            else
                emit failed(id, series.error());
        });
    });
}

quint64 DataService::loadSession(const QString &exchange, const QString &symbol, const TimeRange &range)
{
    return post([this, exchange, symbol, range](quint64 id, MarketStore &store) {
        SessionRepository repository(store);
        auto data = exchange == SessionRepository::allExchanges ? repository.loadAllExchanges(symbol, range)
                                                                : repository.load(exchange, symbol, range);
        postQueuedCall(this, [this, id, data = std::move(data)]() {
            if (data)
                emit sessionLoaded(id, data.value());
            else
                emit failed(id, data.error());
        });
    });
}

quint64 DataService::run(StoreTask task)
{
    return post([this, task = std::move(task)](quint64 id, MarketStore &store) {
        const Status status = task(store);
        postQueuedCall(this, [this, id, status]() {
            if (status)
                emit taskFinished(id);
            else
                emit failed(id, status.error());
        });
    });
}

quint64 DataService::importFiles(const QStringList &paths, const QString &exchange, const QString &symbol)
{
    return post([this, paths, exchange, symbol](quint64 id, MarketStore &store) {
        Importer importer(store);
        QStringList imported;
        QStringList errors;
        for (int i = 0; i < paths.size(); ++i) {
            const QString path = paths[i];
            postQueuedCall(this, [this, id, i, total = int(paths.size()), path]() {
                emit importProgress(id, i, total, path);
            });
            auto summary = importer.importFile(path, exchange, symbol);
            if (!summary) {
                errors << summary.error();
                continue;
            }
            QStringList written;
            for (const auto &[key, rows] : summary->rows)
                written << QStringLiteral("%1 %2 rows").arg(key.toString()).arg(rows);
            imported << QStringLiteral("%1: %2: %3")
                            .arg(path, summary->format, written.join(QStringLiteral(", ")));
        }
        postQueuedCall(this, [this, id, imported, errors]() { emit importFinished(id, imported, errors); });
    });
}

} // namespace cascade

#pragma once

#include "market/Result.h"
#include "sources/ExchangeProvider.h"
#include "sources/FetchProgress.h"
#include "sources/FetchRequest.h"
#include "sources/RequestExecutor.h"
#include "store/MarketStore.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace cascade {

// Runs a fetch on the calling (worker) thread: plans the missing pages, sends them one by one,
// and writes each complete page to the store in one write call, with the window it proves.
// A failed page writes nothing and ends the job with a message naming exchange, endpoint,
// window and reason; pages stored before it stay, and the next fetch resumes after them.
class FetchJob
{
public:
    struct Outcome
    {
        int requests = 0; // pages fetched (retries not counted)
        qint64 rows = 0;
        QStringList notes;
    };
    using ProgressCallback = std::function<void(const FetchProgress &)>;
    // Takes each complete page (rows, covered window, source name) instead of the store.
    using PageSink = std::function<Status(const PageRequest &, const PageData &, const QString &source)>;

    FetchJob(const ExchangeProvider &provider, MarketStore &store, const RequestExecutor &executor);

    // The clock deciding which bars are closed; the system clock unless a test sets one.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Pages go to `sink` instead of the store: `cascade record --options` keeps them in memory
    // while the store is away. Planning still reads the store's coverage (snapshots need none).
    void setPageSink(PageSink sink) { m_sink = std::move(sink); }

    Result<Outcome> run(const FetchRequest &request, const std::atomic_bool *cancel,
                        const ProgressCallback &progress = {});

private:
    Result<PageData> fetchPage(const PageRequest &page, const std::atomic_bool *cancel, qint64 now) const;
    // Prices the exchange left out, from candles in the store (see PriceFill).
    Status fillPrices(const PageRequest &page, PageData &data, QStringList &notes) const;
    Status write(const PageRequest &page, const PageData &data) const;
    QString where(const PageRequest &page) const;

    const ExchangeProvider &m_provider;
    MarketStore &m_store;
    const RequestExecutor &m_executor;
    std::function<qint64()> m_clock;
    PageSink m_sink;
};

} // namespace cascade

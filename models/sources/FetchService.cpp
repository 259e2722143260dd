#include "sources/FetchService.h"

#include "sources/FetchJob.h"
#include "sources/ProviderRegistry.h"
#include "store/StoreFactory.h"

#include "market/QueuedCall.h"

#include <QPointer>

namespace cascade {

FetchService::FetchService(QString storeLocation, QObject *parent)
    : QObject(parent)
    , m_storeLocation(std::move(storeLocation))
{}

FetchService::~FetchService()
{
    stop();
}

void FetchService::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void FetchService::stop()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

int FetchService::start(const FetchRequest &request)
{
    stop(); // one fetch at a time; the store writes of the old one are complete pages only
    const int job = ++m_lastJob;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<FetchService> self(this);
    const auto report = [self](auto &&emitter) {
        postQueuedCall(self.data(), [self, emitter] {
            if (self)
                emitter(self.data());
        });
    };
    const auto fetchOnThisThread = [request, job, report, cancel = m_cancel, location = m_storeLocation,
                                    base = m_apiBases.value(request.exchange), proxy = m_proxy] {
        const auto finish = [&](bool ok, const QString &message, int requests, qint64 rows) {
            report([=](FetchService *s) { emit s->finished(job, ok, message, requests, rows); });
        };
        auto provider = ProviderRegistry::create(request.exchange);
        if (!provider)
            return finish(false, QStringLiteral("unknown exchange '%1'").arg(request.exchange), 0, 0);
        if (!base.isEmpty())
            provider->setBaseUrl(base);
        auto store = openStore(location);
        if (!store)
            return finish(false, store.error(), 0, 0);
        HttpClient::Options http;
        http.proxy = proxy;
        const auto budget = provider->budget();
        const RequestExecutor executor(HttpClient(http), RetryPolicy(),
                                       std::make_shared<RateLimiter>(budget.capacity, budget.windowMs));
        FetchJob fetch(*provider, *store.value(), executor);
        const auto outcome = fetch.run(request, cancel.get(), [&](const FetchProgress &p) {
            report([=](FetchService *s) { emit s->progress(job, p); });
        });
        if (!outcome)
            return finish(false, outcome.error(), 0, 0);
        finish(true, outcome->notes.join(u'\n'), outcome->requests, outcome->rows);
    };
    m_running = std::make_shared<std::atomic_bool>(true);
    // A std::thread rather than QThread::create: joining it is a pthread_join, which
    // ThreadSanitizer sees (QThread::wait is a futex inside Qt), and QThread::create runs its body
    // under std::call_once, where TSan's ignore_noninstrumented_modules reports nothing.
    m_thread = std::thread([fetchOnThisThread, running = m_running] {
        fetchOnThisThread();
        *running = false;
    });
    return job;
}

} // namespace cascade

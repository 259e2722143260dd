#include "store/StoreWatcher.h"

#include "store/PostgresMarketStore.h"

namespace cascade {

StoreWatcher::StoreWatcher(MarketStore &store, std::vector<SeriesKey> keys, int pollMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(std::move(keys))
    , m_seen(m_keys.size(), 0)
{
    m_timer.setInterval(pollMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

void StoreWatcher::start()
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const auto last = m_store.lastWrite(m_keys[i]);
        m_seen[i] = last ? *last : 0;
    }
    if (auto *postgres = dynamic_cast<PostgresMarketStore *>(&m_store); postgres && !m_listening) {
        // Any writer's commit wakes us; check() then asks which of our series changed.
        const Status listening = postgres->listenForWrites(this, [this](const QString &) {
            if (m_timer.isActive())
                check();
        });
        m_listening = listening.ok();
        if (!listening)
            emit problem(listening.error() + QStringLiteral(" (polling only)"));
    }
    m_timer.start();
}

void StoreWatcher::stop()
{
    m_timer.stop();
}

void StoreWatcher::check()
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const auto last = m_store.lastWrite(m_keys[i]);
        if (!last) {
            if (!m_failing)
                emit problem(last.error());
            m_failing = true;
            return;
        }
        m_failing = false;
        if (*last != m_seen[i]) {
            m_seen[i] = *last;
            emit seriesChanged(m_keys[i], *last);
        }
    }
}

} // namespace cascade

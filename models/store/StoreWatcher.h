#pragma once

#include "market/SeriesKey.h"
#include "store/MarketStore.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace cascade {

// Follows series as other processes write them (a recorder feeding a team store, another
// Cascade importing into a shared file): emits seriesChanged once per committed change, so a
// live view can read the new tail without a reload. It polls MarketStore::lastWrite, which is
// cheap and grows with every write; on a PostgreSQL store it also LISTENs for the NOTIFY every
// write sends, so changes arrive at once and polling is only the safety net.
// The store must be this watcher's own instance (stores are used from one thread at a time).
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    StoreWatcher(MarketStore &store, std::vector<SeriesKey> keys, int pollMs = 2000,
                 QObject *parent = nullptr);

    // Takes the current state as seen (no signal for it), then follows changes.
    void start();
    void stop();
    // Polls now; what the timer and notifications call.
    void check();

    int pollMs() const { return m_timer.interval(); }

signals:
    void seriesChanged(const cascade::SeriesKey &key, qint64 lastWrite);
    // A poll failed (said once until a poll works again); the watcher keeps trying.
    void problem(const QString &message);

private:
    MarketStore &m_store;
    std::vector<SeriesKey> m_keys;
    std::vector<qint64> m_seen;
    QTimer m_timer;
    bool m_failing = false;
    bool m_listening = false;
};

} // namespace cascade

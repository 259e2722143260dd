#pragma once

#include "market/SeriesKey.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace cascade {

class MarketStore;
class StoreWatcher;

// Follows the session on screen as other processes write it (a recorder feeding a team store,
// another Cascade importing into the same file): says `changed` once a burst of commits to the
// session's series has settled, so the window can reload it and the charts grow by themselves.
// Holds its own store connection (stores are used from one thread at a time).
class LiveFollower : public QObject
{
    Q_OBJECT

public:
    explicit LiveFollower(QString storeLocation, int pollMs = 2000, QObject *parent = nullptr);
    ~LiveFollower() override;

    // Starts following the series of one exchange and symbol (drops the previous ones).
    void follow(const QString &exchange, const QString &symbol);
    void stop();
    bool isFollowing() const { return m_watcher != nullptr; }

signals:
    void changed(const QString &exchange, const QString &symbol);
    void failed(const QString &message);

private:
    QString m_location;
    int m_pollMs = 2000;
    std::unique_ptr<MarketStore> m_store;
    std::unique_ptr<StoreWatcher> m_watcher;
    QString m_exchange;
    QString m_symbol;
    QTimer m_settle; // one reload per burst of commits
};

} // namespace cascade

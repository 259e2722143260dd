#include "LiveFollower.h"

#include "store/StoreFactory.h"
#include "store/StoreWatcher.h"

namespace cascade {

namespace {
constexpr int kSettleMs = 300;
} // namespace

LiveFollower::LiveFollower(QString storeLocation, int pollMs, QObject *parent)
    : QObject(parent)
    , m_location(std::move(storeLocation))
    , m_pollMs(pollMs)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] { emit changed(m_exchange, m_symbol); });
}

LiveFollower::~LiveFollower() = default;

void LiveFollower::follow(const QString &exchange, const QString &symbol)
{
    if (m_watcher && exchange == m_exchange && symbol == m_symbol)
        return;
    stop();
    if (!m_store) {
        auto store = openStore(m_location);
        if (!store) {
            emit failed(store.error());
            return;
        }
        m_store = std::move(store).value();
    }
    m_exchange = exchange;
    m_symbol = symbol;
    std::vector<SeriesKey> keys;
    for (SeriesKind kind : {SeriesKind::Candles, SeriesKind::Liquidations, SeriesKind::OpenInterest,
                            SeriesKind::LongShortAccountRatio, SeriesKind::TakerBuySellRatio})
        keys.push_back({exchange, symbol, kind});
    m_watcher = std::make_unique<StoreWatcher>(*m_store, std::move(keys), m_pollMs);
    connect(m_watcher.get(), &StoreWatcher::seriesChanged, this, [this] { m_settle.start(); });
    connect(m_watcher.get(), &StoreWatcher::problem, this, &LiveFollower::failed);
    m_watcher->start();
}

void LiveFollower::stop()
{
    m_settle.stop();
    m_watcher.reset();
}

} // namespace cascade

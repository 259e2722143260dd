#pragma once

#include "market/Liquidation.h"
#include "market/Result.h"
#include "market/SeriesKey.h"
#include "store/MarketStore.h"

#include <QString>

#include <vector>

namespace cascade {

// Appends streamed liquidations to the store in batches (one write per flush), and records as
// covered exactly the time the stream was connected: a disconnection leaves a gap, never a
// silent hole. A failed write keeps the batch for the next flush, up to a bound.
class LiquidationRecorder
{
public:
    LiquidationRecorder(MarketStore &store, SeriesKey key, QString source);

    void connected(qint64 at);
    void disconnected(qint64 at);
    void add(const std::vector<Liquidation> &events);
    // Writes what is buffered, covering [start of listening, now) if connected.
    Status flush(qint64 now);

    qint64 written() const { return m_written; }
    qint64 dropped() const { return m_dropped; }
    std::size_t buffered() const { return m_buffer.size(); }

    static constexpr std::size_t maxBuffered = 1'000'000;

private:
    MarketStore &m_store;
    SeriesKey m_key;
    QString m_source;
    std::vector<Liquidation> m_buffer;
    bool m_listening = false;
    qint64 m_segmentStart = 0;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
};

} // namespace cascade

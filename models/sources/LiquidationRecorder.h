#pragma once

#include "market/Liquidation.h"
#include "market/Result.h"
#include "market/SeriesKey.h"
#include "store/MarketStore.h"

#include <QString>

#include <vector>

namespace cascade {

// Appends streamed liquidations to the store in batches (one transaction per flush), and
// records as covered exactly the time the stream was connected: a disconnection leaves a gap,
// never a silent hole. While the store is unavailable (a team server restarting, the network
// gone) it keeps events and the connected spans in memory, up to `maxBuffered` events, and tries
// again with exponential backoff (1 s doubling to 30 s); what arrives while the buffer is full is
// counted in dropped(), and a span in which events were dropped is not recorded as covered.
class LiquidationRecorder
{
public:
    static constexpr std::size_t defaultMaxBuffered = 1'000'000;
    static constexpr qint64 firstRetryMs = 1000;
    static constexpr qint64 maxRetryMs = 30'000;

    LiquidationRecorder(MarketStore &store, SeriesKey key, QString source,
                        std::size_t maxBuffered = defaultMaxBuffered);

    void connected(qint64 at);
    // Ends the connected span at `at` (kept until it is written) and flushes when due.
    void disconnected(qint64 at);
    void add(const std::vector<Liquidation> &events);
    // Something the stream sent was lost unread (a message over the stream's size limit): the
    // connected span is not complete, so it is not recorded as covered.
    void lost() { m_droppedInSpan = true; }
    // Writes what is buffered, covering the connected spans up to `now`. After a failure it
    // waits for the backoff to pass (returning success without writing) unless `force` is set.
    Status flush(qint64 now, bool force = false);

    qint64 written() const { return m_written; }
    qint64 dropped() const { return m_dropped; }
    std::size_t buffered() const { return m_buffer.size(); }
    std::size_t maxBuffered() const { return m_maxBuffered; }
    // Consecutive failed writes (0 while the store works) and when the next try is due.
    int failures() const { return m_failures; }
    qint64 retryAt() const { return m_retryAt; }
    // Why the last write failed (also one tried by disconnected()).
    QString lastError() const { return m_lastError; }

private:
    Status write(qint64 now);

    MarketStore &m_store;
    SeriesKey m_key;
    QString m_source;
    std::size_t m_maxBuffered;
    std::vector<Liquidation> m_buffer;
    std::vector<TimeRange> m_closedSpans; // connected spans that ended, not yet written
    bool m_listening = false;
    qint64 m_segmentStart = 0;
    bool m_droppedInSpan = false;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
    int m_failures = 0;
    qint64 m_retryAt = 0;
    QString m_lastError;
};

} // namespace cascade

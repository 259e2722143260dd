#pragma once

#include "market/Liquidation.h"
#include "market/SeriesKey.h"
#include "sources/BufferedRecorder.h"
#include "store/MarketStore.h"

#include <QString>

#include <vector>

namespace cascade {

// Appends streamed liquidations to the store in batches (one transaction per flush), and
// records as covered exactly the time the stream was connected: a disconnection leaves a gap,
// never a silent hole. While the store is unavailable it keeps events and the connected spans
// in memory (BufferedRecorder: up to `maxBuffered` events, retried with backoff); a span in
// which events were dropped is not recorded as covered.
class LiquidationRecorder : public BufferedRecorder
{
public:
    LiquidationRecorder(MarketStore &store, SeriesKey key, QString source,
                        std::size_t maxBuffered = defaultMaxBuffered);

    void connected(qint64 at);
    // Ends the connected span at `at` (kept until it is written) and flushes when due.
    void disconnected(qint64 at);
    void add(const std::vector<Liquidation> &events);
    // Something the stream sent was lost unread (a message over the stream's size limit): the
    // connected span is not complete, so it is not recorded as covered.
    void lost() { m_droppedInSpan = true; }
    // flush() writes what is buffered and covers the connected spans up to `now`.

    std::size_t buffered() const override { return m_buffer.size(); }

private:
    Status write(qint64 now) override;

    MarketStore &m_store;
    SeriesKey m_key;
    QString m_source;
    std::vector<Liquidation> m_buffer;
    std::vector<TimeRange> m_closedSpans; // connected spans that ended, not yet written
    bool m_listening = false;
    qint64 m_segmentStart = 0;
    bool m_droppedInSpan = false;
};

} // namespace cascade

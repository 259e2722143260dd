#pragma once

#include "market/OptionQuote.h"
#include "market/SeriesKey.h"
#include "sources/BufferedRecorder.h"
#include "store/MarketStore.h"

#include <QString>

#include <deque>
#include <vector>

namespace cascade {

// Keeps polled option-chain snapshots until the store has them (`cascade record --options`):
// while the store is unavailable they wait in memory in the order they were taken, up to
// `maxBuffered` quotes (BufferedRecorder: retried with backoff), and the next successful flush
// writes all of them in one transaction. A snapshot is kept whole or not at all, since a chain
// with strikes missing would mislead: one that does not fit in the room left is dropped and
// counted (droppedSnapshots(), its quotes in dropped()).
class OptionSnapshotRecorder : public BufferedRecorder
{
public:
    struct Snapshot
    {
        SeriesKey key; // kind Options
        std::vector<OptionQuote> quotes;
        QString source;
    };

    explicit OptionSnapshotRecorder(MarketStore &store, std::size_t maxBuffered = defaultMaxBuffered);

    // Keeps `snapshot` for the next flush; false when it did not fit and was dropped.
    bool add(Snapshot snapshot);

    std::size_t buffered() const override { return m_quotes; }
    std::size_t bufferedSnapshots() const { return m_buffer.size(); }
    qint64 writtenSnapshots() const { return m_writtenSnapshots; }
    qint64 droppedSnapshots() const { return m_droppedSnapshots; }

private:
    Status write(qint64 now) override;

    MarketStore &m_store;
    std::deque<Snapshot> m_buffer;
    std::size_t m_quotes = 0;
    qint64 m_writtenSnapshots = 0;
    qint64 m_droppedSnapshots = 0;
};

} // namespace cascade

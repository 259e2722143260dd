#include "sources/OptionSnapshotRecorder.h"

namespace cascade {

OptionSnapshotRecorder::OptionSnapshotRecorder(MarketStore &store, std::size_t maxBuffered)
    : BufferedRecorder(maxBuffered)
    , m_store(store)
{}

bool OptionSnapshotRecorder::add(Snapshot snapshot)
{
    if (!admit(snapshot.quotes.size())) {
        ++m_droppedSnapshots;
        return false;
    }
    m_quotes += snapshot.quotes.size();
    m_buffer.push_back(std::move(snapshot));
    return true;
}

Status OptionSnapshotRecorder::write(qint64)
{
    if (m_buffer.empty())
        return {};
    // Oldest first, all or none: after a failure the same snapshots are tried again, and the
    // upsert keyed by (snapshot time, instrument) keeps a retried one from being stored twice.
    const Status status = m_store.inTransaction([&]() -> Status {
        for (const Snapshot &snapshot : m_buffer) {
            if (Status written = m_store.writeOptionSnapshot(snapshot.key, snapshot.quotes, snapshot.source);
                !written)
                return written;
        }
        return {};
    });
    if (!status)
        return status;
    countWritten(qint64(m_quotes));
    m_writtenSnapshots += qint64(m_buffer.size());
    m_buffer.clear();
    m_quotes = 0;
    return {};
}

} // namespace cascade

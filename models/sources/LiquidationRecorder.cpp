#include "sources/LiquidationRecorder.h"

#include <algorithm>

namespace cascade {

LiquidationRecorder::LiquidationRecorder(MarketStore &store, SeriesKey key, QString source)
    : m_store(store)
    , m_key(std::move(key))
    , m_source(std::move(source))
{}

void LiquidationRecorder::connected(qint64 at)
{
    m_listening = true;
    m_segmentStart = at;
}

void LiquidationRecorder::disconnected(qint64 at)
{
    flush(at);
    m_listening = false;
}

void LiquidationRecorder::add(const std::vector<Liquidation> &events)
{
    for (const auto &event : events) {
        if (m_buffer.size() >= maxBuffered) {
            ++m_dropped; // the store has been failing for a long while; say so in the summary
            continue;
        }
        m_buffer.push_back(event);
    }
}

Status LiquidationRecorder::flush(qint64 now)
{
    const TimeRange covered = m_listening ? TimeRange{m_segmentStart, now} : TimeRange{};
    if (m_buffer.empty() && covered.isEmpty())
        return {};
    std::stable_sort(m_buffer.begin(), m_buffer.end(),
                     [](const Liquidation &a, const Liquidation &b) { return a.time < b.time; });
    const Status status = m_store.writeLiquidations(m_key, m_buffer, covered, m_source);
    if (!status)
        return status;
    m_written += qint64(m_buffer.size());
    m_buffer.clear();
    if (m_listening)
        m_segmentStart = now;
    return {};
}

} // namespace cascade

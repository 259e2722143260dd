#include "sources/LiquidationRecorder.h"

#include <algorithm>

namespace cascade {

LiquidationRecorder::LiquidationRecorder(MarketStore &store, SeriesKey key, QString source,
                                         std::size_t maxBuffered)
    : BufferedRecorder(maxBuffered)
    , m_store(store)
    , m_key(std::move(key))
    , m_source(std::move(source))
{}

void LiquidationRecorder::connected(qint64 at)
{
    m_listening = true;
    m_segmentStart = at;
    m_droppedInSpan = false;
}

void LiquidationRecorder::disconnected(qint64 at)
{
    if (m_listening && at > m_segmentStart && !m_droppedInSpan)
        m_closedSpans.push_back({m_segmentStart, at});
    m_listening = false;
    flush(at);
}

void LiquidationRecorder::add(const std::vector<Liquidation> &events)
{
    for (const auto &event : events) {
        if (!admit(1)) {
            m_droppedInSpan = true; // this span is no longer complete: never claim it as covered
            continue;
        }
        m_buffer.push_back(event);
    }
}

Status LiquidationRecorder::write(qint64 now)
{
    std::vector<TimeRange> spans = m_closedSpans;
    const bool openSpan = m_listening && now > m_segmentStart && !m_droppedInSpan;
    if (openSpan)
        spans.push_back({m_segmentStart, now});
    if (m_buffer.empty() && spans.empty())
        return {};
    std::stable_sort(m_buffer.begin(), m_buffer.end(),
                     [](const Liquidation &a, const Liquidation &b) { return a.time < b.time; });
    // Rows and every span land together or not at all; after a failure all of it is retried.
    const Status status = m_store.inTransaction([&]() -> Status {
        if (Status first =
                m_store.writeLiquidations(m_key, m_buffer, spans.empty() ? TimeRange{} : spans[0], m_source);
            !first)
            return first;
        for (std::size_t i = 1; i < spans.size(); ++i) {
            if (Status more = m_store.writeLiquidations(m_key, {}, spans[i], m_source); !more)
                return more;
        }
        return {};
    });
    if (!status)
        return status;
    countWritten(qint64(m_buffer.size()));
    m_buffer.clear();
    m_closedSpans.clear();
    if (m_listening) {
        m_segmentStart = now;
        m_droppedInSpan = false;
    }
    return {};
}

} // namespace cascade

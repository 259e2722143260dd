#include "sources/BufferedRecorder.h"

#include <algorithm>

namespace cascade {

BufferedRecorder::BufferedRecorder(std::size_t maxBuffered)
    : m_maxBuffered(std::max<std::size_t>(maxBuffered, 1))
{}

bool BufferedRecorder::admit(std::size_t rows)
{
    if (buffered() + rows <= m_maxBuffered)
        return true;
    m_dropped += qint64(rows);
    return false;
}

Status BufferedRecorder::flush(qint64 now, bool force)
{
    if (m_failures > 0 && now < m_retryAt && !force)
        return {};
    const Status status = write(now);
    if (status) {
        m_failures = 0;
        m_retryAt = 0;
        return status;
    }
    ++m_failures;
    m_lastError = status.error();
    const qint64 backoff = std::min(maxRetryMs, firstRetryMs << std::min(m_failures - 1, 5));
    m_retryAt = now + backoff;
    return status;
}

} // namespace cascade

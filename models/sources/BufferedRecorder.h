#pragma once

#include "market/Result.h"

#include <QString>

#include <cstddef>

namespace cascade {

// What every recorder shares (LiquidationRecorder, OptionSnapshotRecorder): rows wait in
// memory while the store is unavailable (a team server restarting, the network gone), up to
// `maxBuffered` rows, and a failed write is tried again with exponential backoff (1 s doubling
// to 30 s). Rows that arrive while the buffer is full are counted in dropped(), never lost
// silently: a service's log has to explain every gap.
class BufferedRecorder
{
public:
    static constexpr std::size_t defaultMaxBuffered = 1'000'000;
    static constexpr qint64 firstRetryMs = 1000;
    static constexpr qint64 maxRetryMs = 30'000;

    explicit BufferedRecorder(std::size_t maxBuffered);
    virtual ~BufferedRecorder() = default;
    BufferedRecorder(const BufferedRecorder &) = delete;
    BufferedRecorder &operator=(const BufferedRecorder &) = delete;

    // Writes what is buffered. After a failure it waits for the backoff to pass (returning
    // success without writing) unless `force` is set.
    Status flush(qint64 now, bool force = false);

    // Rows stored, and rows that found the buffer full.
    qint64 written() const { return m_written; }
    qint64 dropped() const { return m_dropped; }
    // Rows waiting in memory for the store.
    virtual std::size_t buffered() const = 0;
    std::size_t maxBuffered() const { return m_maxBuffered; }
    // Consecutive failed writes (0 while the store works) and when the next try is due.
    int failures() const { return m_failures; }
    qint64 retryAt() const { return m_retryAt; }
    // Why the last write failed.
    QString lastError() const { return m_lastError; }

protected:
    // Writes everything buffered as one transaction and forgets it once stored; on failure
    // keeps all of it for the next try.
    virtual Status write(qint64 now) = 0;
    // Whether `rows` more fit in the buffer; when they do not they count as dropped.
    bool admit(std::size_t rows);
    void countWritten(qint64 rows) { m_written += rows; }

private:
    std::size_t m_maxBuffered;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
    int m_failures = 0;
    qint64 m_retryAt = 0;
    QString m_lastError;
};

} // namespace cascade

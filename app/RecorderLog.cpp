#include "RecorderLog.h"

#include <cstdio>

namespace cascade {

RecorderLog::RecorderLog(const BufferedRecorder &recorder, QString command, QString rows)
    : m_recorder(recorder)
    , m_command(std::move(command))
    , m_rows(std::move(rows))
{}

void RecorderLog::report(qint64 now)
{
    const BufferedRecorder &r = m_recorder;
    // The recorder counts every failed try (a flush, or a write it tried on its own).
    if (r.failures() > m_reportedFailures) {
        if (m_reportedFailures == 0) {
            m_outageStart = now;
            m_droppedBefore = m_droppedSeen;
        }
        std::fprintf(stderr,
                     "%s: store unavailable (attempt %d): %s; %zu %s kept in memory (at most %zu), next try "
                     "in %lld s\n",
                     qPrintable(m_command), r.failures(), qPrintable(r.lastError()), r.buffered(),
                     qPrintable(m_rows), r.maxBuffered(), qlonglong((r.retryAt() - now + 999) / 1000));
    } else if (m_reportedFailures > 0 && r.failures() == 0) {
        const qint64 dropped = r.dropped() - m_droppedBefore;
        std::fprintf(stderr, "%s: store available again after %lld s; everything buffered is written%s\n",
                     qPrintable(m_command), qlonglong((now - m_outageStart + 500) / 1000),
                     dropped > 0 ? qPrintable(QStringLiteral("; %1 %2 were dropped while the buffer was full")
                                                  .arg(dropped)
                                                  .arg(m_rows))
                                 : "");
    }
    m_reportedFailures = r.failures();
    m_droppedSeen = r.dropped();
}

QString RecorderLog::lost(const Status &last) const
{
    return QStringLiteral("%1 %2 could not be stored%3: %4")
        .arg(m_recorder.buffered())
        .arg(m_rows,
             m_recorder.dropped() > 0 ? QStringLiteral(" and %1 were dropped").arg(m_recorder.dropped())
                                      : QString(),
             last.error());
}

} // namespace cascade

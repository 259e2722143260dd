#pragma once

#include "market/Result.h"
#include "sources/BufferedRecorder.h"

#include <QString>

namespace cascade {

// What `cascade record`, running as a service, tells its log (stderr: the journal) about the
// store, so that the log explains any gap: when the store went away, each failed try with what
// is kept in memory and when the next is due, when it came back, and how many rows the bounded
// buffer had to drop meanwhile. `rows` names them ("liquidations", "option quotes").
class RecorderLog
{
public:
    RecorderLog(const BufferedRecorder &recorder, QString command, QString rows);

    // Call after each flush: reports what changed since the previous call.
    void report(qint64 now);
    // The message when the last try before exit failed too: what is lost, and why.
    QString lost(const Status &last) const;

private:
    const BufferedRecorder &m_recorder;
    QString m_command;
    QString m_rows;
    int m_reportedFailures = 0;
    qint64 m_outageStart = 0;
    qint64 m_droppedSeen = 0;   // dropped() at the previous report
    qint64 m_droppedBefore = 0; // dropped() when the outage began
};

} // namespace cascade

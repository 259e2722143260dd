#include "store/StoreTransaction.h"

namespace cascade {

Status StoreTransaction::run(const std::function<Status()> &work, const Engine &engine,
                             const QString &location)
{
    if (m_depth > 0) {
        Status status = work();
        if (!status && m_innerFailure.isEmpty())
            m_innerFailure = status.error();
        return status;
    }
    if (Status begun = engine.begin(); !begun)
        return Status::failure(
            QStringLiteral("store %1: cannot begin a transaction: %2").arg(location, begun.error()));
    m_depth = 1;
    m_innerFailure.clear();
    Status status = work();
    m_depth = 0;
    if (status && !m_innerFailure.isEmpty())
        status = Status::failure(m_innerFailure);
    m_innerFailure.clear();
    if (status) {
        if (Status committed = engine.commit(); !committed)
            status = Status::failure(
                QStringLiteral("store %1: commit failed: %2").arg(location, committed.error()));
    }
    if (!status)
        engine.rollback();
    return status;
}

} // namespace cascade

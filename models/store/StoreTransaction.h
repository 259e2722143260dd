#pragma once

#include "market/Result.h"

#include <QString>

#include <functional>

namespace cascade {

// The transaction rule every backend follows: a write call runs in a transaction of its own,
// unless it is inside MarketStore::inTransaction, where it joins the caller's; a write that
// failed inside fails the whole transaction even if the caller's work ignored its status.
// The backend supplies its engine's begin, commit and rollback.
class StoreTransaction
{
public:
    struct Engine
    {
        std::function<Status()> begin;
        std::function<Status()> commit;
        std::function<void()> rollback; // also forgets what the backend cached inside
    };

    // `location` names the store in the messages of a failed begin or commit.
    Status run(const std::function<Status()> &work, const Engine &engine, const QString &location);
    bool isOpen() const { return m_depth > 0; }

private:
    int m_depth = 0;
    QString m_innerFailure;
};

} // namespace cascade

#pragma once

#include "Command.h"

namespace cascade {

// `cascade store info [--store PATH]`: what the store holds, per series.
// `cascade store copy [--from STORE] --to STORE [--kinds K,...] [--since T] [--until T]`: the
// series (all, or those kinds and that time range) into another store, across backends.
class StoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("store"); }
    QString summary() const override
    {
        return QStringLiteral("Describe (info) or copy (copy --to) the local store");
    }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

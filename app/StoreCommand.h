#pragma once

#include "Command.h"

namespace cascade {

// `cascade store info [--store PATH]`: what the store holds, per series.
// `cascade store copy [--store PATH] --to PATH`: every series into another store.
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

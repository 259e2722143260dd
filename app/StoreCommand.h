#pragma once

#include "Command.h"

namespace cascade {

// `cascade store info [--store PATH]`: what the store holds, per series.
class StoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("store"); }
    QString summary() const override { return QStringLiteral("Describe the local store (store info)"); }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

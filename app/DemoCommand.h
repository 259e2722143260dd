#pragma once

#include "Command.h"

namespace cascade {

// `cascade demo [--store PATH] [--seed N] [--days N]`: writes the simulated session into a store.
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return QStringLiteral("Write the simulated demo session into a store"); }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

#pragma once

#include "Command.h"

namespace cascade {

// `cascade export --kind candles|liquidations --out FILE.csv ...`: series as documented CSV.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Export a series as CSV"); }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

#pragma once

#include "Command.h"

namespace cascade {

// `cascade import FILE... [--exchange E] [--symbol S] [--store PATH]`: Binance public-data
// archives (.csv or .zip, checked against a .CHECKSUM beside them), Cascade's own CSV exports
// and generic candle, liquidation and option-chain CSVs. Each file is one transaction.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import archives and CSV files into the store");
    }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

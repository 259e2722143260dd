#pragma once

#include "Command.h"

namespace cascade {

// `cascade report --out DIR [--from T] [--to T] [--interval I] [--params FILE] [--size WxH]`:
// the report bundle, headlessly, as File > Export report writes it.
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return QStringLiteral("Write a report bundle (PNGs, CSVs, report.json, PDF)"); }
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

#pragma once

#include "Command.h"

namespace cascade {

// `cascade report --out DIR [--from T] [--to T] [--interval I] [--params FILE] [--size WxH]
// [--page a4|letter] [--scale 1|2] [--theme dark|light]`:
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

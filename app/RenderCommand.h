#pragma once

#include "Command.h"

namespace cascade {

// `cascade render --view price|dashboard --out FILE.png [--size WxH] ...`: draws a view offscreen
// with the same widgets the GUI uses.
class RenderCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override { return QStringLiteral("Render a view to a PNG file, headlessly"); }
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

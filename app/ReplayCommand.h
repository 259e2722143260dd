#pragma once

#include "Command.h"

namespace cascade {

// `cascade replay --from T --to T [--interval I] --step N --view dashboard --frames DIR`: replays
// the session headlessly and writes one numbered PNG every N bars, each showing only what was known
// at its replay time (a user can turn them into a video).
class ReplayCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("replay"); }
    QString summary() const override { return QStringLiteral("Replay a session bar by bar into PNG frames"); }
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace cascade

#pragma once

#include <QString>
#include <QStringList>

namespace cascade {

// One sub-command of the `cascade` binary (`cascade demo`, `cascade render`, ...).
// Each command parses its own arguments with QCommandLineParser and answers `--help`.
class Command
{
public:
    enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Whether the command draws (needs a QApplication; offscreen when there is no display).
    virtual bool needsGui() const { return false; }
    // arguments[0] is "cascade <name>", as QCommandLineParser expects the program name first.
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace cascade

#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace cascade {

// The list of sub-commands. Adding a command is one line in CommandRegistry.cpp.
class CommandRegistry
{
public:
    CommandRegistry();
    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cascade

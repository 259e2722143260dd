#include "CommandRegistry.h"

#include "DemoCommand.h"
#include "ExportCommand.h"
#include "FetchCommand.h"
#include "ImportCommand.h"
#include "RecordCommand.h"
#include "RenderCommand.h"
#include "ReplayCommand.h"
#include "ReportCommand.h"
#include "StoreCommand.h"

namespace cascade {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<RenderCommand>());
    m_commands.push_back(std::make_unique<ReplayCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<StoreCommand>());
    m_commands.push_back(std::make_unique<FetchCommand>());
    m_commands.push_back(std::make_unique<RecordCommand>());
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::usage() const
{
    QString text = QStringLiteral("Usage: cascade [COMMAND] [OPTIONS]\n\n"
                                  "Without a command, Cascade opens its main window.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -8).arg(command->summary());
    text += QStringLiteral("\n`cascade COMMAND --help` describes a command's options.\n"
                           "Options: --help, --version\n");
    return text;
}

} // namespace cascade

#include "StoreCommand.h"

#include "CliOptions.h"
#include "store/StoreFactory.h"
#include "store/StoreInfoReport.h"
#include "StoreLocation.h"

#include <QFileInfo>

#include <cstdio>

namespace cascade {

int StoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() +
        QStringLiteral(".\n  info   per series: rows, covered ranges, gaps, sources, last write"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("info"));
    CliOptions options(parser, CliOptions::Store | CliOptions::Positional);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];
    const QStringList actions = parser.positionalArguments();
    if (actions.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("ACTION: give one of: info"));
    if (actions.size() > 1 || actions.first() != QLatin1String("info"))
        return CliOptions::badArgument(
            command, QStringLiteral("ACTION: '%1' is not one of: info").arg(actions.join(u' ')));

    const QString location = StoreLocation::resolve(options.store());
    // Describing must not create: a mistyped path is an error, not a new empty store.
    if (!location.contains(QLatin1String("://")) && !QFileInfo::exists(location))
        return CliOptions::failure(command, QStringLiteral("%1: no store there").arg(location));
    auto store = openStore(location);
    if (!store)
        return CliOptions::failure(command, store.error());
    auto report = StoreInfoReport::build(*store.value());
    if (!report)
        return CliOptions::failure(command, report.error());
    std::fputs(qPrintable(*report), stdout);
    return Success;
}

} // namespace cascade

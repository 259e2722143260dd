#include "DemoCommand.h"

#include "CliOptions.h"
#include "DemoSession.h"
#include "StoreLocation.h"
#include "market/TimeFormat.h"
#include "store/StoreFactory.h"

#include <cstdio>

namespace cascade {

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliOptions options(parser, CliOptions::Store);
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Length in days (default 60)."),
                                        QStringLiteral("N"), QStringLiteral("60"));
    parser.addOption(seedOption);
    parser.addOption(daysOption);
    if (const auto exit = options.parse(arguments))
        return *exit;

    SimulationConfig config;
    bool ok = false;
    config.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return CliOptions::badArgument(arguments[0], QStringLiteral("--seed: '%1' is not a non-negative integer")
                                                         .arg(parser.value(seedOption)));
    config.days = parser.value(daysOption).toInt(&ok);
    if (!ok || config.days < 1 || config.days > 3660)
        return CliOptions::badArgument(arguments[0], QStringLiteral("--days: '%1' is not a number of days from 1 to 3660")
                                                         .arg(parser.value(daysOption)));

    const QString location = StoreLocation::resolve(options.store());
    auto store = openStore(location);
    if (!store)
        return CliOptions::failure(arguments[0], store.error());
    auto truth = DemoSession::write(*store.value(), config);
    if (!truth)
        return CliOptions::failure(arguments[0], truth.error());
    std::printf("Wrote the simulated %s session (seed %llu, %d days, %s to %s) into %s\n",
                qPrintable(config.symbol), static_cast<unsigned long long>(config.seed), config.days,
                qPrintable(TimeFormat::isoUtc(truth->start)), qPrintable(TimeFormat::isoUtc(truth->end)),
                qPrintable(location));
    return Success;
}

} // namespace cascade

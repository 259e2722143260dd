#include "StoreCommand.h"

#include "CliOptions.h"
#include "market/TimeFormat.h"
#include "store/StoreCopier.h"
#include "store/StoreFactory.h"
#include "store/StoreInfoReport.h"
#include "StoreLocation.h"

#include <QFileInfo>

#include <cstdio>

namespace cascade {

namespace {

const QStringList kActions{QStringLiteral("info"), QStringLiteral("copy")};

bool isMissingFile(const QString &location)
{
    return !location.contains(QLatin1String("://")) && !QFileInfo::exists(location);
}

} // namespace

int StoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() +
        QStringLiteral(".\n  info   per series: rows, covered ranges, gaps, sources, last write\n"
                       "  copy   every series, with coverage and sources, into the store --to names"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), kActions.join(QStringLiteral(" | ")));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("copy: the store to copy into (path or postgresql:// URL)."),
        QStringLiteral("STORE"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("copy: the store to copy from (default: --store)."),
                                        QStringLiteral("STORE"));
    const QCommandLineOption kindsOption(QStringLiteral("kinds"),
                                         QStringLiteral("copy: only these kinds, comma-separated (candles, "
                                                        "liquidations, open-interest, options, ...)."),
                                         QStringLiteral("KINDS"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), QStringLiteral("copy: rows from this time (ISO 8601 UTC or epoch ms)."),
        QStringLiteral("TIME"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"), QStringLiteral("copy: rows before this time (ISO 8601 UTC or epoch ms)."),
        QStringLiteral("TIME"));
    parser.addOptions({toOption, fromOption, kindsOption, sinceOption, untilOption});
    CliOptions options(parser, CliOptions::Store | CliOptions::Positional);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];
    const QStringList actions = parser.positionalArguments();
    if (actions.isEmpty())
        return CliOptions::badArgument(command,
                                       QStringLiteral("ACTION: give one of: %1").arg(kActions.join(u' ')));
    if (actions.size() > 1 || !kActions.contains(actions.first()))
        return CliOptions::badArgument(
            command,
            QStringLiteral("ACTION: '%1' is not one of: %2").arg(actions.join(u' '), kActions.join(u' ')));
    const bool copying = actions.first() == QLatin1String("copy");
    if (copying && parser.value(toOption).isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--to: copy needs the store to copy into"));
    if (!copying && parser.isSet(toOption))
        return CliOptions::badArgument(command, QStringLiteral("--to: only copy takes a target store"));
    for (const QCommandLineOption *copyOnly : {&fromOption, &kindsOption, &sinceOption, &untilOption}) {
        if (!copying && parser.isSet(*copyOnly))
            return CliOptions::badArgument(
                command, QStringLiteral("--%1: only copy takes it").arg(copyOnly->names().constFirst()));
    }
    StoreCopier::Options copyOptions;
    for (const QString &name : parser.value(kindsOption).split(u',', Qt::SkipEmptyParts)) {
        const auto kind = kindFromName(name.trimmed());
        if (!kind)
            return CliOptions::badArgument(command,
                                           QStringLiteral("--kinds: '%1' is not a series kind").arg(name));
        copyOptions.kinds.push_back(*kind);
    }
    for (const auto &[option, end] :
         {std::pair{&sinceOption, &copyOptions.range.from}, std::pair{&untilOption, &copyOptions.range.to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto time = TimeFormat::parse(parser.value(*option));
        if (!time)
            return CliOptions::badArgument(
                command, QStringLiteral("--%1: %2").arg(option->names().constFirst(), time.error()));
        *end = *time;
    }
    if (copyOptions.range.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--until must be after --since"));

    const QString location =
        parser.isSet(fromOption) ? parser.value(fromOption) : StoreLocation::resolve(options.store());
    // Reading must not create: a mistyped path is an error, not a new empty store.
    if (isMissingFile(location))
        return CliOptions::failure(command, QStringLiteral("%1: no store there").arg(location));
    auto store = openStore(location);
    if (!store)
        return CliOptions::failure(command, store.error());

    if (copying) {
        const QFileInfo targetFile(parser.value(toOption));
        if (targetFile.exists() && targetFile.canonicalFilePath() == QFileInfo(location).canonicalFilePath())
            return CliOptions::badArgument(
                command, QStringLiteral("--to: %1 is the store being copied").arg(parser.value(toOption)));
        auto target = openStore(parser.value(toOption));
        if (!target)
            return CliOptions::failure(command, target.error());
        auto copied = StoreCopier::copy(*store.value(), *target.value(), copyOptions);
        if (!copied)
            return CliOptions::failure(command, copied.error());
        std::printf("copied %lld series, %lld rows, from %s to %s\n", qlonglong(copied->series),
                    qlonglong(copied->rows), qPrintable(store.value()->location()),
                    qPrintable(target.value()->location()));
        return Success;
    }
    auto report = StoreInfoReport::build(*store.value());
    if (!report)
        return CliOptions::failure(command, report.error());
    std::fputs(qPrintable(*report), stdout);
    return Success;
}

} // namespace cascade

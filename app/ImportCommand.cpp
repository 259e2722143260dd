#include "ImportCommand.h"

#include "CliOptions.h"
#include "store/Importer.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace cascade {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() +
        QStringLiteral(".\nFormats: Binance klines, metrics and liquidationSnapshot (.csv or .zip); "
                       "Cascade CSV exports; OHLCV, liquidation and option-chain CSVs with a header.\n"
                       "--exchange and --symbol fill in what a file does not say itself."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Files, or folders of .csv/.zip files, to import."),
                                 QStringLiteral("FILE..."));
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Positional);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];
    // A folder stands for the archives and CSV files in it (e.g. a month of daily Binance files).
    QStringList files;
    for (const QString &argument : parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QStringList inside = QDir(argument).entryList(
                {QStringLiteral("*.csv"), QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
            if (inside.isEmpty())
                return CliOptions::badArgument(
                    command, QStringLiteral("%1: no .csv or .zip files in this folder").arg(argument));
            for (const QString &name : inside)
                files << QDir(argument).filePath(name);
        } else if (!info.exists()) {
            return CliOptions::badArgument(command, QStringLiteral("%1: no such file").arg(argument));
        } else {
            files << argument;
        }
    }
    if (files.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("FILE: give one or more files to import"));

    auto store = openStore(StoreLocation::resolve(options.store()));
    if (!store)
        return CliOptions::failure(command, store.error());
    Importer importer(*store.value());
    int failed = 0;
    for (const QString &file : files) {
        auto summary = importer.importFile(file, options.exchange(), options.symbol());
        if (!summary) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(command), qPrintable(summary.error()));
            ++failed;
            continue;
        }
        QStringList written;
        for (const auto &[key, rows] : summary->rows)
            written << QStringLiteral("%1 %2 rows").arg(key.toString()).arg(rows);
        std::printf("%s: %s%s: %s\n", qPrintable(file), qPrintable(summary->format),
                    summary->checksumVerified ? ", checksum verified" : "",
                    qPrintable(written.join(QStringLiteral(", "))));
    }
    if (failed > 0) {
        std::fprintf(stderr, "%s: %d of %lld files failed (a failed file imports nothing)\n", qPrintable(command),
                     failed, qlonglong(files.size()));
        return Failure;
    }
    return Success;
}

} // namespace cascade

#include "ExportCommand.h"

#include "CliOptions.h"
#include "SessionLoader.h"
#include "analysis/CandleAggregator.h"
#include "store/SeriesCsvWriter.h"

#include <QFileInfo>

#include <cstdio>

namespace cascade {

namespace {
const QStringList kKinds{QStringLiteral("candles"), QStringLiteral("liquidations")};
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Range | CliOptions::IntervalOption);
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("What to export: candles or liquidations."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("CSV file to write."),
                                       QStringLiteral("FILE.csv"));
    parser.addOption(kindOption);
    parser.addOption(outOption);
    if (const auto exit = options.parse(arguments))
        return *exit;

    const QString command = arguments[0];
    const QString kind = parser.value(kindOption);
    if (!kKinds.contains(kind))
        return CliOptions::badArgument(command, QStringLiteral("--kind: '%1' is not one of %2")
                                                    .arg(kind, kKinds.join(QStringLiteral(", "))));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--out: the CSV file to write is required"));

    auto data = SessionLoader::load(options, false);
    if (!data)
        return CliOptions::failure(command, data.error());

    Status written;
    if (kind == QLatin1String("candles")) {
        const Interval interval = std::max(options.interval().value_or(data->baseInterval), data->baseInterval);
        const auto candles = interval == data->baseInterval ? data->candles
                                                            : CandleAggregator::aggregate(data->candles, interval);
        written = SeriesCsvWriter::writeCandles(out, data->exchange, data->symbol, candles, interval);
    } else {
        written = SeriesCsvWriter::writeLiquidations(out, data->exchange, data->symbol, data->liquidations);
    }
    if (!written)
        return CliOptions::failure(command, written.error());
    std::printf("%s\n", qPrintable(QFileInfo(out).absoluteFilePath()));
    return Success;
}

} // namespace cascade

#include "ReportCommand.h"

#include "BookmarkKeeper.h"

#include "ChartTheme.h"
#include "CliOptions.h"
#include "ReportBundle.h"
#include "SessionLoader.h"
#include "store/StoreFactory.h"
#include "StoreLocation.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace cascade {

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Range |
                                   CliOptions::IntervalOption);
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Folder to create for the report."), QStringLiteral("DIR"));
    const QCommandLineOption paramsOption(
        QStringLiteral("params"), QStringLiteral("Analysis parameters (JSON, as written beside exports)."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Image size (default 1920x1080)."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("PDF page: a4 (default) or letter."),
                                        QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("Device pixels per pixel of the PNGs: 1 (default) or 2."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("dark (default) or light."),
                                         QStringLiteral("THEME"), QStringLiteral("dark"));
    parser.addOptions({outOption, paramsOption, sizeOption, pageOption, scaleOption, themeOption});
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--out: the report folder is required"));
    const auto size = CliOptions::imageSize(parser.value(sizeOption));
    if (!size)
        return CliOptions::badArgument(
            command, QStringLiteral("--size: '%1' is not WIDTHxHEIGHT").arg(parser.value(sizeOption)));

    const auto page = ReportBundle::pageSizeNamed(parser.value(pageOption));
    if (!page)
        return CliOptions::badArgument(
            command, QStringLiteral("--page: '%1' is not a4 or letter").arg(parser.value(pageOption)));
    const QString scale = parser.value(scaleOption);
    if (scale != QLatin1String("1") && scale != QLatin1String("2"))
        return CliOptions::badArgument(command, QStringLiteral("--scale: '%1' is not 1 or 2").arg(scale));
    const QString theme = parser.value(themeOption);
    if (theme != QLatin1String("dark") && theme != QLatin1String("light"))
        return CliOptions::badArgument(command,
                                       QStringLiteral("--theme: '%1' is not dark or light").arg(theme));

    ReportBundle::Inputs inputs;
    inputs.imageSize = *size;
    inputs.pageSize = *page;
    inputs.scale = scale.toInt();
    inputs.theme = theme;
    ChartTheme::byName(theme).applyToApplication();
    if (parser.isSet(paramsOption)) {
        QFile file(parser.value(paramsOption));
        if (!file.open(QIODevice::ReadOnly))
            return CliOptions::badArgument(
                command,
                QStringLiteral("--params: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto params = AnalysisParams::fromJsonBytes(file.readAll());
        if (!params)
            return CliOptions::badArgument(
                command, QStringLiteral("--params: %1: %2").arg(file.fileName(), params.error()));
        inputs.params = params.value();
    }

    auto data = SessionLoader::load(options, true);
    if (!data)
        return CliOptions::failure(command, data.error());
    const qint64 span = data->candles.back().openTime - data->candles.front().openTime;
    inputs.interval =
        std::max(options.interval().value_or(Interval::fitting(span, 1000)), data->baseInterval);
    inputs.data = std::move(data).value();
    inputs.storeLocation = StoreLocation::resolve(options.store());
    // The bookmarks the window saved for this session, as File > Export report carries them.
    inputs.bookmarks = BookmarkKeeper::savedFor(inputs.data.exchange, inputs.data.symbol);
    auto store = openStore(inputs.storeLocation);
    if (store) {
        if (auto series = store.value()->listSeries())
            inputs.series = series.value();
    }

    auto files = ReportBundle::write(out, inputs);
    if (!files)
        return CliOptions::failure(command, files.error());
    std::printf("%s (%lld files)\n", qPrintable(QFileInfo(out).absoluteFilePath()),
                static_cast<long long>(files->size()));
    return Success;
}

} // namespace cascade

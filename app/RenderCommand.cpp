#include "RenderCommand.h"

#include "CliOptions.h"
#include "SessionLoader.h"
#include "SessionModel.h"
#include "Translations.h"
#include "ViewImage.h"

#include <QFileInfo>

#include <cstdio>

namespace cascade {

namespace {} // namespace

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Range |
                                   CliOptions::IntervalOption);
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("What to draw: price, heatmap, map, options, imbalance, zones or dashboard."),
        QStringLiteral("VIEW"), QStringLiteral("dashboard"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PNG file to write."),
                                       QStringLiteral("FILE.png"));
    const QCommandLineOption heatmapOption(QStringLiteral("heatmap"),
                                           QStringLiteral("Heatmap source: realized (default) or estimated."),
                                           QStringLiteral("SOURCE"), QStringLiteral("realized"));
    parser.addOption(heatmapOption);
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Device pixels per pixel: 1, 2 or 3 (default 1)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("dark (default) or light."),
                                         QStringLiteral("THEME"), QStringLiteral("dark"));
    parser.addOption(scaleOption);
    parser.addOption(themeOption);
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("Language of the drawn text: en (default), de, es, ja, ko, zh_CN."),
        QStringLiteral("CODE"));
    parser.addOption(langOption);
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Image size (default 1920x1080)."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    parser.addOption(viewOption);
    parser.addOption(outOption);
    parser.addOption(sizeOption);
    if (const auto exit = options.parse(arguments))
        return *exit;

    const QString command = arguments[0];
    const QString view = parser.value(viewOption);
    if (!ViewImage::views().contains(view))
        return CliOptions::badArgument(command,
                                       QStringLiteral("--view: '%1' is not one of %2")
                                           .arg(view, ViewImage::views().join(QStringLiteral(", "))));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return CliOptions::badArgument(command, QStringLiteral("--out: the PNG file to write is required"));
    const auto size = CliOptions::imageSize(parser.value(sizeOption));
    if (!size)
        return CliOptions::badArgument(command,
                                       QStringLiteral("--size: '%1' is not WIDTHxHEIGHT between 200x150 and "
                                                      "16384x16384")
                                           .arg(parser.value(sizeOption)));

    const QString heatmapSource = parser.value(heatmapOption);
    if (heatmapSource != QLatin1String("realized") && heatmapSource != QLatin1String("estimated"))
        return CliOptions::badArgument(
            command, QStringLiteral("--heatmap: '%1' is not realized or estimated").arg(heatmapSource));

    const int scale = parser.value(scaleOption).toInt();
    if (scale < 1 || scale > 3)
        return CliOptions::badArgument(
            command, QStringLiteral("--scale: '%1' is not 1, 2 or 3").arg(parser.value(scaleOption)));
    const QString themeName = parser.value(themeOption);
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light"))
        return CliOptions::badArgument(command,
                                       QStringLiteral("--theme: '%1' is not dark or light").arg(themeName));

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !Translations::isAvailable(language)) {
        QStringList codes;
        for (const Translations::Language &available : Translations::available())
            codes << available.code;
        return CliOptions::badArgument(
            command,
            QStringLiteral("--lang: '%1' is not one of %2").arg(language, codes.join(QStringLiteral(", "))));
    }
    if (!language.isEmpty())
        Translations::install(language);

    auto data = SessionLoader::load(options, true);
    if (!data)
        return CliOptions::failure(command, data.error());

    SessionModel session;
    const qint64 span = data->candles.back().openTime - data->candles.front().openTime;
    session.setMarketData(std::move(data).value());
    session.setInterval(options.interval().value_or(Interval::fitting(span, size->width() / 2)));

    if (heatmapSource == QLatin1String("estimated"))
        session.setHeatmapSource(HeatGrid::Source::Estimated);
    session.waitForAnalysis();
    ViewImage::Options image;
    image.view = view;
    image.size = *size;
    image.scale = scale;
    image.theme = ChartTheme::byName(themeName);
    image.theme.applyToApplication();
    if (const Status saved = ViewImage::savePng(ViewImage::render(session, image), out); !saved)
        return CliOptions::failure(command, saved.error());
    std::printf("%s\n", qPrintable(QFileInfo(out).absoluteFilePath()));
    return Success;
}

} // namespace cascade

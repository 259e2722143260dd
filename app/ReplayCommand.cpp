#include "ReplayCommand.h"

#include "CliOptions.h"
#include "ImageFooter.h"
#include "MainWindow.h"
#include "market/TimeFormat.h"
#include "PriceChartWidget.h"
#include "ReplayController.h"
#include "ReplayDocks.h"
#include "SessionLoader.h"
#include "SessionModel.h"
#include "ViewImage.h"
#include "WidgetRenderer.h"

#include <QDir>

#include <cstdio>
#include <memory>

namespace cascade {

namespace {

// The frames folder must be new or empty: frames of two runs must never mix.
Status prepareFolder(const QString &path)
{
    QDir dir(path);
    if (dir.exists() && !dir.isEmpty())
        return Status::failure(QStringLiteral("--frames: %1 is not empty").arg(path));
    if (!QDir().mkpath(path))
        return Status::failure(QStringLiteral("--frames: cannot create %1").arg(path));
    return {};
}

} // namespace

int ReplayCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliOptions options(parser, CliOptions::Store | CliOptions::Series | CliOptions::Range |
                                   CliOptions::IntervalOption);
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                        QStringLiteral("Bars between frames (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("dashboard (default) or price."),
                                        QStringLiteral("VIEW"), QStringLiteral("dashboard"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Folder for frame-000001.png, ... (new or empty)."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Frame size (default 1280x720)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x720"));
    parser.addOption(stepOption);
    parser.addOption(viewOption);
    parser.addOption(framesOption);
    parser.addOption(sizeOption);
    if (const auto exit = options.parse(arguments))
        return *exit;
    const QString command = arguments[0];

    bool stepOk = false;
    const int step = parser.value(stepOption).toInt(&stepOk);
    if (!stepOk || step < 1)
        return CliOptions::badArgument(
            command,
            QStringLiteral("--step: '%1' is not a whole number of bars >= 1").arg(parser.value(stepOption)));
    const QString view = parser.value(viewOption);
    if (view != QLatin1String("dashboard") && view != QLatin1String("price"))
        return CliOptions::badArgument(command,
                                       QStringLiteral("--view: '%1' is not dashboard or price").arg(view));
    const QString frames = parser.value(framesOption);
    if (frames.isEmpty())
        return CliOptions::badArgument(command,
                                       QStringLiteral("--frames: the folder for the frames is required"));
    const auto size = CliOptions::imageSize(parser.value(sizeOption));
    if (!size)
        return CliOptions::badArgument(command,
                                       QStringLiteral("--size: '%1' is not WIDTHxHEIGHT between 200x150 and "
                                                      "16384x16384")
                                           .arg(parser.value(sizeOption)));

    auto data = SessionLoader::load(options, true);
    if (!data)
        return CliOptions::failure(command, data.error());
    if (const Status ready = prepareFolder(frames); !ready)
        return CliOptions::failure(command, ready.error());

    SessionModel session;
    const qint64 span = data->candles.back().openTime - data->candles.front().openTime;
    session.setMarketData(std::move(data).value());
    session.setInterval(options.interval().value_or(Interval::fitting(span, size->width() / 4)));
    const ChartTheme theme = ChartTheme::byName(QStringLiteral("dark"));
    theme.applyToApplication();

    // The same widgets `cascade render` draws (ViewImage), driven by a replay.
    ViewImage::Options look;
    look.view = view;
    look.theme = theme;
    std::unique_ptr<QWidget> widget = ViewImage::widget(session, look);
    ReplayController *replay = nullptr;
    std::unique_ptr<ReplayController> ownReplay;
    if (auto *window = qobject_cast<MainWindow *>(widget.get())) {
        replay = window->replayDocks()->controller();
    } else {
        static_cast<PriceChartWidget *>(widget.get())->setKeepRangeOnReload(true);
        ownReplay = std::make_unique<ReplayController>(&session);
        replay = ownReplay.get();
    }

    replay->start();
    if (view == QLatin1String("price")) {
        auto *chart = static_cast<PriceChartWidget *>(widget.get());
        chart->setVisibleRange(replay->startTime() - replay->barMs(), replay->endTime());
    }
    int written = 0;
    for (qint64 t = replay->startTime();; t += qint64(step) * replay->barMs()) {
        replay->seek(t);
        session.waitForAnalysis();
        const QImage image = WidgetRenderer::render(
            widget.get(), *size, 1.0,
            ImageFooter::text(session, true, TimeRange{session.span().from, replay->time()}));
        const QString path =
            QDir(frames).filePath(QStringLiteral("frame-%1.png").arg(written + 1, 6, 10, QChar(u'0')));
        if (const Status saved = ViewImage::savePng(image, path); !saved)
            return CliOptions::failure(command, saved.error());
        ++written;
        if (replay->time() >= replay->endTime())
            break;
    }
    std::fprintf(stdout, "%d frames of %s from %s to %s in %s\n", written,
                 qPrintable(session.interval().name()), qPrintable(TimeFormat::isoUtc(replay->startTime())),
                 qPrintable(TimeFormat::isoUtc(replay->endTime())),
                 qPrintable(QDir::toNativeSeparators(frames)));
    return 0;
}

} // namespace cascade

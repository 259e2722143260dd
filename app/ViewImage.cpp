#include "ViewImage.h"

#include "HeatmapPanel.h"
#include "ImageFooter.h"
#include "ImbalancePanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "SessionModel.h"
#include "WidgetRenderer.h"
#include "ZonesPanel.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>
#include <QWidget>

namespace cascade {

namespace {
std::unique_ptr<QWidget> priceChart(SessionModel &session, const ViewImage::Options &options)
{
    // map and options: that column beside the candles, on their price axis.
    auto chart = std::make_unique<PriceChartWidget>(nullptr, true);
    chart->setModels(session.candles(), session.liquidationBars());
    chart->setStructureModels(session.liquidationMap(), session.optionStrikes());
    chart->setZonesModel(session.zones());
    chart->setStructureColumnsVisible(options.view != QLatin1String("options"),
                                      options.view != QLatin1String("map"));
    chart->setTheme(options.theme);
    chart->setWatermark(
        QStringLiteral("%1 · %2").arg(session.marketData().symbol, session.interval().name()),
        session.marketData().simulated
            ? QCoreApplication::translate("cascade::MainWindow", "SIMULATED") // the window's badge
            : QString());
    chart->setCoverageGaps(session.gaps());
    if (options.visible)
        chart->setVisibleRange(options.visible->from, options.visible->to);
    return chart;
}
} // namespace

const QStringList &ViewImage::views()
{
    static const QStringList names{QStringLiteral("price"),     QStringLiteral("heatmap"),
                                   QStringLiteral("map"),       QStringLiteral("options"),
                                   QStringLiteral("imbalance"), QStringLiteral("zones"),
                                   QStringLiteral("dashboard")};
    return names;
}

std::unique_ptr<QWidget> ViewImage::widget(SessionModel &session, const Options &options)
{
    const QString &view = options.view;
    const TimeRange range = options.visible.value_or(session.span());
    std::unique_ptr<QWidget> widget;
    if (view == QLatin1String("price") || view == QLatin1String("map") || view == QLatin1String("options")) {
        widget = priceChart(session, options);
    } else if (view == QLatin1String("heatmap")) {
        auto panel = std::make_unique<HeatmapPanel>();
        panel->setModels(session.heatmap(), session.candles());
        panel->setTheme(options.theme);
        if (options.visible)
            panel->setTimeRange(range.from, range.to);
        widget = std::move(panel);
    } else if (view == QLatin1String("zones")) {
        auto panel = std::make_unique<ZonesPanel>(&session);
        panel->setTimeRange(range.from, range.to);
        widget = std::move(panel);
    } else if (view == QLatin1String("imbalance")) {
        auto panel = std::make_unique<ImbalancePanel>();
        panel->setModel(session.imbalance());
        panel->setTheme(options.theme);
        if (options.visible)
            panel->setTimeRange(range.from, range.to);
        widget = std::move(panel);
    } else {
        auto window = std::make_unique<MainWindow>(&session);
        window->setSeriesChoices({{session.marketData().exchange, session.marketData().symbol}}, 0);
        window->applyTheme(options.theme);
        if (options.visible)
            window->priceChart()->setVisibleRange(range.from, range.to);
        widget = std::move(window);
    }
    // The theme's palette on the widget itself: the GUI may be in the other theme.
    widget->setPalette(options.theme.palette());
    return widget;
}

bool ViewImage::showsEstimates(const SessionModel &session, const QString &view)
{
    if (view == QLatin1String("imbalance"))
        return false;
    return view != QLatin1String("heatmap") || session.heatmapSource() == HeatGrid::Source::Estimated;
}

QImage ViewImage::render(SessionModel &session, const Options &options)
{
    const std::unique_ptr<QWidget> drawn = widget(session, options);
    return WidgetRenderer::render(
        drawn.get(), options.size, options.scale,
        ImageFooter::text(session, showsEstimates(session, options.view), options.visible));
}

Status ViewImage::savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    writer.setQuality(WidgetRenderer::kPngQuality);
    if (!writer.write(image)) {
        file.cancelWriting();
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cascade

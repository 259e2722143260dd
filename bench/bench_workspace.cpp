// The workspace with a year of 1-minute candles (issue 6's scale targets), drawn by the real
// widgets offscreen at 1920x1080: replot time at several zoom levels with the heatmap panel and
// the structure columns visible (and, in replotAllTimePanels, the imbalance panel too, since a
// zoom replots every time panel), and the time from opening a store to a drawn dashboard.
#include "HeatmapPanel.h"
#include "ImbalancePanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "QCustomPlotInclude.h"
#include "SessionModel.h"
#include "SessionRepository.h"
#include "simulation/SessionSimulator.h"
#include "store/StoreFactory.h"
#include "WidgetRenderer.h"

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace cascade;

namespace {
constexpr qint64 kDay = 86'400'000;

// One simulated year, generated once and written to a store once.
struct Year
{
    QTemporaryDir dir;
    QString store;
    MarketData data;
    Year()
    {
        SimulationConfig config;
        config.days = 365;
        data = SessionSimulator(config).run().data;
        store = dir.filePath(QStringLiteral("year.sqlite"));
        auto opened = openStore(store);
        SessionRepository(*opened.value()).save(data, QStringLiteral("bench"));
    }
};

Year &year()
{
    static Year instance;
    return instance;
}

void replotAtZoom(benchmark::State &state, bool withImbalance)
{
    SessionModel session;
    session.setMarketData(year().data);
    session.setInterval(Interval::minutes(1));
    session.waitForAnalysis();
    MainWindow window(&session);
    window.resize(1920, 1080);
    window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.show();
    QApplication::processEvents();
    const qint64 end = session.span().to;
    const qint64 days = state.range(0);
    window.priceChart()->setVisibleRange(end - days * kDay, end);
    QApplication::processEvents();
    QCustomPlot *price = window.priceChart()->plot();
    QCustomPlot *heatmap = window.findChild<HeatmapPanel *>()->plot();
    QCustomPlot *imbalance = window.findChild<ImbalancePanel *>()->plot();
    for (auto _ : state) {
        price->replot(QCustomPlot::rpImmediateRefresh);
        heatmap->replot(QCustomPlot::rpImmediateRefresh);
        if (withImbalance)
            imbalance->replot(QCustomPlot::rpImmediateRefresh);
    }
    state.counters["drawn_bars"] = window.priceChart()->drawnBarCount();
}
// The last 1, 7 and 30 days and the whole year visible.
void zoomLevels(benchmark::internal::Benchmark *bench)
{
    for (int days : {1, 7, 30, 365})
        bench->Arg(days);
    bench->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK_CAPTURE(replotAtZoom, priceAndHeatmap, false)->Apply(zoomLevels);
BENCHMARK_CAPTURE(replotAtZoom, allTimePanels, true)->Apply(zoomLevels);

void openStoreToDrawnDashboard(benchmark::State &state)
{
    const QString store = year().store;
    for (auto _ : state) {
        auto opened = openStore(store);
        auto data =
            SessionRepository(*opened.value()).load(QStringLiteral("simulated"), QStringLiteral("BTCUSDT"));
        SessionModel session;
        session.setMarketData(std::move(data).value());
        session.setInterval(Interval::minutes(int(state.range(0))));
        session.waitForAnalysis();
        MainWindow window(&session);
        const QImage image = WidgetRenderer::render(&window, QSize(1920, 1080));
        benchmark::DoNotOptimize(image.constBits());
    }
}
// At 1-hour bars and at 1-minute bars (every panel then holds 525,600 bars).
BENCHMARK(openStoreToDrawnDashboard)
    ->Arg(60)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
// Encoding the 1920x1080 dashboard as PNG at Qt quality settings (0 = smallest file, 100 = fastest).
void dashboardPng(benchmark::State &state)
{
    SessionModel session;
    session.setMarketData(year().data);
    session.setInterval(Interval::hours(4));
    session.waitForAnalysis();
    MainWindow window(&session);
    const QImage image = WidgetRenderer::render(&window, QSize(1920, 1080));
    qint64 bytes = 0;
    for (auto _ : state) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(int(state.range(0)));
        writer.write(image);
        bytes = png.size();
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(dashboardPng)->Arg(0)->Arg(40)->Arg(80)->Arg(100)->Unit(benchmark::kMillisecond);

// Drawing the dashboard into an image (no encoding).
void dashboardDraw(benchmark::State &state)
{
    SessionModel session;
    session.setMarketData(year().data);
    session.setInterval(Interval::hours(4));
    session.waitForAnalysis();
    MainWindow window(&session);
    WidgetRenderer::render(&window, QSize(1920, 1080));
    for (auto _ : state) {
        QImage image(QSize(1920, 1080), QImage::Format_RGB32);
        window.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(dashboardDraw)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

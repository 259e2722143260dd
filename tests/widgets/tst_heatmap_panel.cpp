#include "analysis/HeatGrid.h"
#include "CandleTableModel.h"
#include "HeatmapModel.h"
#include "HeatmapPanel.h"
#include "QCustomPlotInclude.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kHour = 3'600'000;

// Four hourly candles between 99,000 and 101,000 and three liquidations.
MarketData sample()
{
    MarketData data;
    for (int h = 0; h < 4; ++h)
        data.candles.push_back({kT0 + h * kHour, 100'000, 101'000, 99'000, 100'000, 1, 0.5, 1e5});
    data.liquidations = {{kT0 + 10, LiquidationSide::LongLiquidated, 99'100, 10, 991'000},
                         {kT0 + 20, LiquidationSide::ShortLiquidated, 100'900, 1, 100'900},
                         {kT0 + 2 * kHour + 5, LiquidationSide::LongLiquidated, 99'100, 2, 198'200}};
    return data;
}
} // namespace

class TestHeatmapPanel : public QObject
{
    Q_OBJECT

private slots:
    void realizedGridBinsByBarAndPrice()
    {
        const MarketData data = sample();
        const HeatGrid grid =
            HeatGrid::build(HeatGrid::Source::Realized, data, data.candles, Interval::hours(1), {}, 1500, 10);
        QCOMPARE(grid.columns, 4);
        QCOMPARE(grid.interval, Interval::hours(1));
        // 99,000..101,000 widened by 3% of 2,000 each side: 98,940..101,060 in 10 rows of 212.
        QCOMPARE(grid.prices.origin, 98'940.0);
        QCOMPARE(grid.prices.width, 212.0);
        const int longRow = grid.prices.index(99'100);
        const int shortRow = grid.prices.index(100'900);
        QCOMPARE(longRow, 0);
        QCOMPARE(shortRow, 9);
        QCOMPARE(double(grid.longUsd[grid.at(0, longRow)]), 991'000.0);
        QCOMPARE(double(grid.shortUsd[grid.at(0, shortRow)]), 100'900.0);
        QCOMPARE(double(grid.longUsd[grid.at(2, longRow)]), 198'200.0);
        QCOMPARE(grid.totalUsd(1, longRow), 0.0);
    }

    void columnsAreCappedByDoublingTheInterval()
    {
        const MarketData data = sample();
        const HeatGrid grid =
            HeatGrid::build(HeatGrid::Source::Realized, data, data.candles, Interval::hours(1), {}, 2, 10);
        QCOMPARE(grid.interval, Interval::hours(2));
        QCOMPARE(grid.columns, 2);
        QCOMPARE(double(grid.longUsd[grid.at(1, 0)]), 198'200.0);
    }

    void modelAndPanel()
    {
        const MarketData data = sample();
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrid(HeatGrid::build(HeatGrid::Source::Realized, data, data.candles, Interval::hours(1), {},
                                      1500, 10));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.data(model.index(0, 0), HeatmapModel::LongRole).toDouble(), 991'000.0);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2025-10-10 02:00"));

        CandleTableModel candles;
        candles.setCandles(data.candles, Interval::hours(1));
        HeatmapPanel panel;
        panel.resize(900, 400);
        panel.setModels(&model, &candles);
        QCOMPARE(panel.colorMap()->data()->keySize(), 4);
        QCOMPARE(panel.colorMap()->data()->valueSize(), 10);
        QCOMPARE(panel.colorMap()->data()->cell(0, 0), 991'000.0);
        QVERIFY(std::isnan(panel.colorMap()->data()->cell(1, 0))); // empty cells are transparent
        // Relative to the window: the largest visible cell sets the top of the scale.
        panel.setTimeRange(kT0 + kHour, kT0 + 4 * kHour);
        QCOMPARE(panel.colorMap()->dataRange().upper, 198'200.0);
        panel.setScale(HeatmapPanel::Scale::Absolute);
        QCOMPARE(panel.colorMap()->dataRange().upper, 991'000.0);
        panel.setScale(HeatmapPanel::Scale::Logarithmic);
        QCOMPARE(panel.colorMap()->dataRange().lower, 99.1);
        QCOMPARE(panel.colorMap()->dataScaleType(), QCPAxis::stLogarithmic);

        QSignalSpy requested(&panel, &HeatmapPanel::sourceRequested);
        panel.sourcePicker()->setCurrentIndex(1);
        emit panel.sourcePicker()->activated(1);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<HeatGrid::Source>(), HeatGrid::Source::Estimated);
    }

    void closeLineIsDrawnAtAboutOnePointPerPixel()
    {
        // 10,000 one-minute candles closing at their index.
        std::vector<Candle> minutes;
        for (int i = 0; i < 10'000; ++i)
            minutes.push_back(
                {kT0 + i * 60'000, double(i), double(i) + 0.5, double(i) - 0.5, double(i), 1, 0.5, 1});
        CandleTableModel candles;
        candles.setCandles(minutes, Interval::minutes(1));
        HeatmapModel model;
        HeatmapPanel panel;
        panel.setModels(&model, &candles);
        // All of it: 10,000 bars in at most 2,048 points takes 8-minute bars, 1,250 of them, each
        // carrying the close of its last minute.
        QCOMPARE(panel.closeLine()->data()->size(), 1'250);
        QCOMPARE(panel.closeLine()->data()->at(0)->value, 7.0);
        QCOMPARE(panel.closeLine()->data()->at(1'249)->value, 9'999.0);
        QCOMPARE(panel.closeLine()->data()->at(1)->key, double(kT0 + 8 * 60'000 + 4 * 60'000) / 1000.0);
        // An hour of it: every minute.
        panel.setTimeRange(kT0, kT0 + kHour);
        QCOMPARE(panel.closeLine()->data()->size(), 10'000);
        QCOMPARE(panel.closeLine()->data()->at(59)->value, 59.0);
    }
};

QTEST_MAIN(TestHeatmapPanel)
#include "tst_heatmap_panel.moc"

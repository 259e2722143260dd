#include "CandleTableModel.h"
#include "HeatmapModel.h"
#include "HeatmapPanel.h"
#include "QCustomPlotInclude.h"
#include "analysis/HeatGrid.h"

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
        model.setGrid(HeatGrid::build(HeatGrid::Source::Realized, data, data.candles, Interval::hours(1), {}, 1500, 10));
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
};

QTEST_MAIN(TestHeatmapPanel)
#include "tst_heatmap_panel.moc"

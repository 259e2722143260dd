#include "CandleTableModel.h"
#include "LiquidationBarModel.h"
#include "LiquidationBubbles.h"
#include "LiquidationMapColumn.h"
#include "LiquidationMapModel.h"
#include "OptionsColumn.h"
#include "OptionsStrikeModel.h"
#include "PriceChartWidget.h"
#include "QCustomPlotInclude.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

// n one-minute candles rising by 1 per minute from 100,000; bar 5 has a deep wick.
std::vector<Candle> rising(int n)
{
    std::vector<Candle> candles;
    for (int m = 0; m < n; ++m) {
        const double open = 100'000 + m;
        candles.push_back({kT0 + m * kMin, open, open + 2, open - 2, open + 1, 1.0 + (m % 3), 0.5, 0});
    }
    if (n > 5)
        candles[5].low = 99'000;
    return candles;
}
} // namespace

class TestPriceChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void drawsEveryBarWhenFew()
    {
        CandleTableModel candles;
        LiquidationBarModel liquidations;
        candles.setCandles(rising(60), Interval::minutes(1));
        liquidations.setBars({{kT0 + 5 * kMin, 2e6, 0, 3, 0, 1.5e6, 99'100, 0},
                              {kT0 + 7 * kMin, 0, 5e5, 0, 1, 5e5, 0, 100'008}});
        PriceChartWidget chart;
        chart.resize(1200, 700);
        chart.setModels(&candles, &liquidations);
        QCOMPARE(chart.drawnBarCount(), 60);
        QCOMPARE(chart.drawnInterval(), Interval::minutes(1));
        QCOMPARE(chart.plot()->plottableCount(), 4); // candles, two volume series, liquidation circles
        auto *bubbles = qobject_cast<LiquidationBubbles *>(chart.plot()->plottable(3));
        QVERIFY(bubbles);
        QCOMPARE(bubbles->bars().size(), std::size_t(2));
        QCOMPARE(bubbles->bars()[0].low, 99'000.0); // sits under the wick of bar 5
        QCOMPARE(bubbles->bars()[0].longUsd, 2e6);
        // The largest bar gets the largest circle; a quarter of the notional gets half the radius.
        QCOMPARE(bubbles->radiusFor(2e6), 16.0);
        QCOMPARE(bubbles->radiusFor(5e5), 8.0);

        // The value axis frames all visible candles, the 99,000 wick included.
        const QCPRange price = chart.plot()->axisRect(0)->axis(QCPAxis::atRight)->range();
        QVERIFY(price.lower < 99'000);
        QVERIFY(price.upper > 100'061);
        QVERIFY(price.upper < 100'400);
    }

    void mergesBarsToFitThePixels()
    {
        CandleTableModel candles;
        candles.setCandles(rising(10'000), Interval::minutes(1));
        PriceChartWidget chart;
        chart.resize(1200, 700);
        chart.setModels(&candles, nullptr);
        // At most ~one bar per 3 px: 10,000 one-minute bars are drawn as power-of-two multiples.
        QVERIFY(chart.drawnBarCount() <= 1200 / 3);
        QVERIFY(chart.drawnInterval().ms() % kMin == 0);
        const qint64 factor = chart.drawnInterval().ms() / kMin;
        QCOMPARE(factor & (factor - 1), qint64(0));
        QVERIFY(factor >= 32);

        // Zooming into one hour brings back the 1-minute bars.
        chart.setVisibleRange(kT0 + 600 * kMin, kT0 + 660 * kMin);
        QCOMPARE(chart.drawnInterval(), Interval::minutes(1));
        QCOMPARE(chart.drawnBarCount(), 10'000);
        const QCPRange price = chart.plot()->axisRect(0)->axis(QCPAxis::atRight)->range();
        QVERIFY(price.lower < 100'598 && price.lower > 100'500);
        QVERIFY(price.upper > 100'661 && price.upper < 100'760);
    }

    void volumePanelFollowsTimeAxis()
    {
        CandleTableModel candles;
        candles.setCandles(rising(600), Interval::minutes(1));
        PriceChartWidget chart;
        chart.resize(1000, 600);
        chart.setModels(&candles, nullptr);
        chart.setVisibleRange(kT0 + 100 * kMin, kT0 + 200 * kMin);
        chart.zoomBy(0.5);
        const QCPRange priceTime = chart.plot()->axisRect(0)->axis(QCPAxis::atBottom)->range();
        const QCPRange volumeTime = chart.plot()->axisRect(1)->axis(QCPAxis::atBottom)->range();
        QCOMPARE(priceTime.lower, volumeTime.lower);
        QCOMPARE(priceTime.upper, volumeTime.upper);
        QCOMPARE(chart.visibleTo() - chart.visibleFrom(), 50 * kMin);
        chart.resetView();
        QCOMPARE(chart.visibleFrom(), kT0);
    }

    void structureColumnsShareThePriceAxis()
    {
        CandleTableModel candles;
        candles.setCandles(rising(120), Interval::minutes(1));
        LiquidationMapModel map;
        LiquidationMap m;
        m.time = kT0 + 119 * kMin;
        m.grid = PriceGrid::covering(99'000, 101'000, 500); // 99,000 .. 101,500: 5 rows
        m.tiers = 1;
        m.longTotal = {3e6, 1e6, 0, 0, 0};
        m.shortTotal = {0, 0, 0, 2e6, 0};
        m.cumulativeLong = {4e6, 1e6, 0, 0, 0};
        m.cumulativeShort = {0, 0, 0, 2e6, 2e6};
        map.setMap(m);
        OptionsStrikeModel options;
        OptionsReport report;
        report.snapshotTime = kT0;
        report.spot = 100'100;
        report.byStrike = {{0, 99'000, 800, 10, 8e7, 1e6, 0}, {0, 101'000, 50, 400, 5e6, 4e7, 0}};
        report.putWall = 99'000;
        report.callWall = 101'000;
        report.putCallRatio = 850.0 / 410.0;
        report.expiries = {{kT0 + 86'400'000, 850, 410, 850.0 / 410.0, 100'000, 0}};
        options.setReport(report);

        PriceChartWidget chart(nullptr, true);
        chart.resize(1400, 800);
        chart.setModels(&candles, nullptr);
        chart.setStructureModels(&map, &options);
        QCOMPARE(chart.plot()->plottableCount(), 4 + 4 + 2); // price, map bars and curves, put/call bars
        QCOMPARE(chart.mapColumn()->longBars()->data()->size(), 2); // empty buckets get no bar
        QCOMPARE(chart.mapColumn()->longBars()->data()->at(0)->value, 3e6);
        QCOMPARE(chart.mapColumn()->longBars()->data()->at(0)->key, 99'250.0); // bucket centre
        QCOMPARE(chart.mapColumn()->longBars()->data()->at(1)->key, 99'750.0);
        QCOMPARE(chart.mapColumn()->shortBars()->data()->size(), 1);
        QCOMPARE(chart.mapColumn()->shortBars()->data()->at(0)->key, 100'750.0);
        QCOMPARE(chart.mapColumn()->cumulativeLong()->data()->size(), 2);      // only where non-zero
        QCOMPARE(chart.optionsColumn()->puts()->data()->at(0)->value, -800.0); // puts to the left
        QCOMPARE(chart.optionsColumn()->calls()->data()->at(1)->value, 400.0);
        QCOMPARE(chart.optionsColumn()->putWall(), 99'000.0);
        QCOMPARE(chart.optionsColumn()->callWall(), 101'000.0);
        QCOMPARE(chart.optionsColumn()->maxPain(), 100'000.0);
        // The columns follow the candles' price range.
        const QCPRange price = chart.plot()->axisRect(0)->axis(QCPAxis::atRight)->range();
        const QCPRange mapPrice = chart.mapColumn()->rect()->axis(QCPAxis::atLeft)->range();
        const QCPRange optionsPrice = chart.optionsColumn()->rect()->axis(QCPAxis::atLeft)->range();
        QCOMPARE(mapPrice.lower, price.lower);
        QCOMPARE(mapPrice.upper, price.upper);
        QCOMPARE(optionsPrice.upper, price.upper);
        chart.setStructureVisible(false);
        QVERIFY(!chart.mapColumn()->rect()->visible());
    }

    void crosshairReadoutNamesTheBar()
    {
        CandleTableModel candles;
        LiquidationBarModel liquidations;
        candles.setCandles(rising(60), Interval::minutes(1));
        liquidations.setBars({{kT0 + 5 * kMin, 2.5e6, 1.2e5, 3, 1, 1.5e6, 99'100, 100'004}});
        PriceChartWidget chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setModels(&candles, &liquidations);
        chart.plot()->replot();
        chart.showCrosshairAt(kT0 + 5 * kMin + 30'000, 100'004);
        const QString text = chart.readoutText();
        QVERIFY2(text.contains(QStringLiteral("2025-10-10 00:05 UTC")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("O 100,005.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("L 99,000.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Longs liquidated $2.5M (3)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Shorts liquidated $120K (1)")), qPrintable(text));
        chart.showCrosshairAt(kT0 + 6 * kMin + 1, 100'004);
        QVERIFY(chart.readoutText().contains(QStringLiteral("No liquidations in this bar")));
    }
};

QTEST_MAIN(TestPriceChartWidget)
#include "tst_price_chart_widget.moc"

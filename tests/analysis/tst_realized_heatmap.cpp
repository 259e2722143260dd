#include "analysis/RealizedHeatmap.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr auto L = LiquidationSide::LongLiquidated;
constexpr auto S = LiquidationSide::ShortLiquidated;

Liquidation ev(qint64 ms, LiquidationSide side, double price, double usd)
{
    return Liquidation{kT0 + ms, side, price, usd / price, usd};
}
} // namespace

class TestRealizedHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void gridCoversRangeAlignedToWidth()
    {
        const PriceGrid g = PriceGrid::covering(99'950, 100'310, 100);
        QCOMPARE(g.origin, 99'900.0);
        QCOMPARE(g.count, 5); // 99900, 100000, 100100, 100200, 100300
        QCOMPARE(g.index(99'900), 0);
        QCOMPARE(g.index(100'000), 1); // lower edge belongs to the bucket
        QCOMPARE(g.index(100'399.99), 4);
        QCOMPARE(g.index(100'400), -1);
        QCOMPARE(g.index(99'899), -1);
    }

    void binsSumsAndCountsPerSide()
    {
        // Two 1-minute columns, grid 100 wide from 99,900.
        const std::vector<Liquidation> events{
            ev(0, L, 99'950, 1000),        ev(10'000, L, 99'990, 500), ev(20'000, S, 99'901, 200),
            ev(59'999, L, 100'050, 300),   ev(kMin, S, 100'150, 700),  ev(kMin + 1, S, 100'199, 800),
            ev(kMin + 2, L, 200'000, 999), // outside the grid: counted in outsideGrid
            ev(2 * kMin, L, 99'950, 5000), // outside the time range
        };
        const PriceGrid grid = PriceGrid::covering(99'900, 100'299, 100);
        const auto map = RealizedHeatmap::build(events, {kT0, kT0 + 2 * kMin}, Interval::minutes(1), grid);
        QCOMPARE(map.columns(), 2);
        QCOMPARE(map.prices().count, 4);
        QCOMPARE(map.cell(0, 0).longUsd(), 1500.0);
        QCOMPARE(map.cell(0, 0).longCount(), 2u);
        QCOMPARE(map.cell(0, 0).shortUsd(), 200.0);
        QCOMPARE(map.cell(0, 0).shortCount(), 1u);
        QCOMPARE(map.cell(0, 1).longUsd(), 300.0);
        QCOMPARE(map.cell(1, 2).shortUsd(), 1500.0);
        QCOMPARE(map.cell(1, 2).shortCount(), 2u);
        QCOMPARE(map.cell(1, 0).longUsd(), 0.0);
        QCOMPARE(map.outsideGrid(), qint64(1));
        double total = 0;
        for (const HeatCell &c : map.cells())
            total += c.longUsd() + c.shortUsd();
        QCOMPARE(total, 3500.0);
    }

    void unsortedInputGivesTheSameGrid()
    {
        std::vector<Liquidation> events;
        for (int i = 0; i < 200; ++i)
            events.push_back(ev((i * 7919) % (10 * kMin), i % 3 ? L : S, 99'000 + (i * 37) % 2000, 10 + i));
        const PriceGrid grid = PriceGrid::covering(99'000, 101'000, 250);
        const TimeRange range{kT0 + 30'000, kT0 + 10 * kMin};
        const auto unsorted = RealizedHeatmap::build(events, range, Interval::minutes(2), grid);
        std::sort(events.begin(), events.end(), [](auto &a, auto &b) { return a.time < b.time; });
        const auto sorted = RealizedHeatmap::build(events, range, Interval::minutes(2), grid);
        QCOMPARE(unsorted.columns(), 5);
        QCOMPARE(unsorted.timeOrigin(), kT0);
        for (int c = 0; c < 5; ++c)
            for (int r = 0; r < grid.count; ++r) {
                QCOMPARE(unsorted.cell(c, r).longUsd(), sorted.cell(c, r).longUsd());
                QCOMPARE(unsorted.cell(c, r).shortCount(), sorted.cell(c, r).shortCount());
            }
        // Events before range.from (t < 30 s: i*7919 % 600000 < 30000) are left out.
        quint32 n = 0;
        for (const HeatCell &c : sorted.cells())
            n += c.longCount() + c.shortCount();
        int expected = 0;
        for (int i = 0; i < 200; ++i)
            expected += (i * 7919) % (10 * kMin) >= 30'000;
        QCOMPARE(int(n), expected);
    }

    void gridFromFractionOfRange()
    {
        AnalysisParams::Heatmap p;
        p.bucketMode = BucketMode::FractionOfRange;
        p.rangeFraction = 0.01; // range 97,000..111,900 = 14,900 -> 149 wide
        const std::vector<Liquidation> events{ev(0, L, 97'000, 1), ev(1, S, 111'900, 1)};
        const PriceGrid g = RealizedHeatmap::gridFor(events, {kT0, kT0 + kMin}, p);
        QCOMPARE(g.width, 149.0);
        QCOMPARE(g.origin, 96'999.0); // floor(97000 / 149) * 149 = 651 * 149
        QCOMPARE(g.count, 101);
        QVERIFY(g.index(111'900) >= 0);
        p.bucketMode = BucketMode::Fixed;
        p.bucketWidth = 1000;
        const PriceGrid f = RealizedHeatmap::gridFor(events, {kT0, kT0 + kMin}, p);
        QCOMPARE(f.origin, 97'000.0);
        QCOMPARE(f.count, 15);
    }
};

QTEST_GUILESS_MAIN(TestRealizedHeatmap)
#include "tst_realized_heatmap.moc"

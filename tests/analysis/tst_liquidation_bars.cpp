#include "analysis/LiquidationBars.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

Liquidation liq(qint64 offsetMs, LiquidationSide side, double price, double qty)
{
    return Liquidation{kT0 + offsetMs, side, price, qty, price * qty};
}
} // namespace

class TestLiquidationBars : public QObject
{
    Q_OBJECT

private slots:
    void sumsPerSideAndBar()
    {
        const auto L = LiquidationSide::LongLiquidated;
        const auto S = LiquidationSide::ShortLiquidated;
        const std::vector<Liquidation> events{
            liq(1'000, L, 100'000, 2.0),    // 200,000
            liq(20'000, L, 99'000, 1.0),    //  99,000
            liq(59'999, S, 101'000, 0.5),   //  50,500
            liq(3 * kMin + 5, S, 102'000, 1), // next bar with events: minute 3
        };
        const auto bars = LiquidationBars::perBar(events, Interval::minutes(1));
        QCOMPARE(bars.size(), std::size_t(2));
        QCOMPARE(bars[0].openTime, kT0);
        QCOMPARE(bars[0].longUsd, 299'000.0);
        QCOMPARE(bars[0].shortUsd, 50'500.0);
        QCOMPARE(bars[0].longCount, 2);
        QCOMPARE(bars[0].shortCount, 1);
        QCOMPARE(bars[0].largestUsd, 200'000.0);
        // (100000*200000 + 99000*99000) / 299000
        QCOMPARE(bars[0].longVwap, (100'000.0 * 200'000.0 + 99'000.0 * 99'000.0) / 299'000.0);
        QCOMPARE(bars[0].shortVwap, 101'000.0);
        QCOMPARE(bars[1].openTime, kT0 + 3 * kMin);
        QCOMPARE(bars[1].longUsd, 0.0);
        QCOMPARE(bars[1].longVwap, 0.0);
        QCOMPARE(bars[1].totalUsd(), 102'000.0);
    }

    void coarserIntervalMergesBars()
    {
        const auto L = LiquidationSide::LongLiquidated;
        const std::vector<Liquidation> events{liq(0, L, 10, 1), liq(3 * kMin, L, 20, 1),
                                              liq(61 * kMin, L, 30, 1)};
        const auto bars = LiquidationBars::perBar(events, Interval::hours(1));
        QCOMPARE(bars.size(), std::size_t(2));
        QCOMPARE(bars[0].longUsd, 30.0);
        QCOMPARE(bars[0].longCount, 2);
        QCOMPARE(bars[1].openTime, kT0 + 60 * kMin);
    }
};

QTEST_GUILESS_MAIN(TestLiquidationBars)
#include "tst_liquidation_bars.moc"

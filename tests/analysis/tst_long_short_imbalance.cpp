#include "analysis/LongShortImbalance.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr auto L = LiquidationSide::LongLiquidated;
constexpr auto S = LiquidationSide::ShortLiquidated;

Liquidation ev(qint64 ms, LiquidationSide side, double usd)
{
    return Liquidation{kT0 + ms, side, 100'000, usd / 100'000, usd};
}
} // namespace

class TestLongShortImbalance : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<double>("longUsd");
        QTest::addColumn<double>("shortUsd");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("sharePct");
        QTest::addColumn<double>("imbalancePct");
        const double none = ImbalanceRow::unknown;
        // 13.64 times as much long as short: "1,364%", long share 13.64 / 14.64 = 93.17%.
        QTest::newRow("1364%") << 13'640'000.0 << 1'000'000.0 << int(ImbalanceState::Ratio)
                               << 13.64 / 14.64 * 100 << 1364.0;
        QTest::newRow("balanced") << 500.0 << 500.0 << int(ImbalanceState::Ratio) << 50.0 << 100.0;
        QTest::newRow("short heavy") << 250.0 << 1000.0 << int(ImbalanceState::Ratio) << 20.0 << 25.0;
        QTest::newRow("no shorts") << 1000.0 << 0.0 << int(ImbalanceState::AllLong) << 100.0 << none;
        QTest::newRow("no longs") << 0.0 << 1000.0 << int(ImbalanceState::AllShort) << 0.0 << 0.0;
        QTest::newRow("nothing") << 0.0 << 0.0 << int(ImbalanceState::None) << none << none;
    }
    void classify()
    {
        QFETCH(double, longUsd);
        QFETCH(double, shortUsd);
        QFETCH(int, state);
        QFETCH(double, sharePct);
        QFETCH(double, imbalancePct);
        ImbalanceRow row;
        row.longUsd = longUsd;
        row.shortUsd = shortUsd;
        LongShortImbalance::classify(row);
        QCOMPARE(int(row.state), state);
        QCOMPARE(std::isnan(row.longSharePct), std::isnan(sharePct));
        if (!std::isnan(sharePct))
            QCOMPARE(row.longSharePct, sharePct);
        QCOMPARE(std::isnan(row.imbalancePct), std::isnan(imbalancePct));
        if (!std::isnan(imbalancePct))
            QCOMPARE(row.imbalancePct, imbalancePct);
        QVERIFY(!std::isinf(row.imbalancePct));
    }

    void stateNames()
    {
        QCOMPARE(LongShortImbalance::stateName(ImbalanceState::AllLong), QString("all_long"));
        QCOMPARE(LongShortImbalance::stateName(ImbalanceState::None), QString("none"));
    }

    void perBarAlignsPositioningSeries()
    {
        MarketData d;
        // Five 1-minute candles; 5-minute bars: one bar at 00:00 (minutes 0-4) and, via a
        // liquidation only, one at 00:10.
        for (int m = 0; m < 5; ++m)
            d.candles.push_back({kT0 + m * kMin, 100, 101, 99, 100, 10, 6, 1000}); // buy 6, sell 4
        d.liquidations = {ev(30'000, L, 3000), ev(2 * kMin, S, 1000), ev(4 * kMin, L, 1000),
                          ev(11 * kMin, L, 500)};
        d.openInterest = {
            {kT0 - kMin, 0, 1'000'000}, {kT0 + 3 * kMin, 0, 1'200'000}, {kT0 + 10 * kMin, 0, 1'150'000}};
        d.longShortAccountRatio = {{kT0, 2.0, 0.667, 0.333}, {kT0 + 4 * kMin, 2.5, 0.714, 0.286}};
        const auto rows = LongShortImbalance::perBar(d, Interval::minutes(5), {kT0, kT0 + 15 * kMin});
        QCOMPARE(rows.size(), std::size_t(2));
        const ImbalanceRow &a = rows[0];
        QCOMPARE(a.time, kT0);
        QCOMPARE(a.longUsd, 4000.0);
        QCOMPARE(a.shortUsd, 1000.0);
        QCOMPARE(a.longCount, 2);
        QCOMPARE(a.shortCount, 1);
        QCOMPARE(a.longSharePct, 80.0);
        QCOMPARE(a.imbalancePct, 400.0);
        QCOMPARE(a.takerRatio, 1.5);   // 30 bought / 20 sold
        QCOMPARE(a.accountRatio, 2.5); // the last sample in the bar
        QCOMPARE(a.openInterestUsd, 1'200'000.0);
        QCOMPARE(a.openInterestChangeUsd, 200'000.0); // against the sample before the range
        const ImbalanceRow &b = rows[1];
        QCOMPARE(b.time, kT0 + 10 * kMin);
        QCOMPARE(int(b.state), int(ImbalanceState::AllLong));
        QVERIFY(std::isnan(b.imbalancePct));
        QVERIFY(std::isnan(b.takerRatio)); // no candle, no taker series
        QCOMPARE(b.openInterestChangeUsd, -50'000.0);

        const ImbalanceRow w = LongShortImbalance::window(d, {kT0, kT0 + 15 * kMin});
        QCOMPARE(w.longUsd, 4500.0);
        QCOMPARE(w.shortUsd, 1000.0);
        QCOMPARE(w.imbalancePct, 450.0);
        QCOMPARE(w.openInterestChangeUsd, 150'000.0);
    }

    void noLookAhead()
    {
        MarketData full;
        QRandomGenerator rng(5);
        for (int m = 0; m < 600; ++m) {
            full.candles.push_back({kT0 + m * kMin, 100, 101, 99, 100, 10, rng.generateDouble() * 10, 1000});
            if (m % 5 == 0) {
                full.openInterest.push_back({kT0 + m * kMin + 7, 0, 1e6 + rng.bounded(1000)});
                full.longShortAccountRatio.push_back({kT0 + m * kMin + 3, 1 + rng.generateDouble(), 0, 0});
            }
            for (int k = rng.bounded(3); k > 0; --k)
                full.liquidations.push_back(
                    ev(m * kMin + k * 1000, rng.bounded(2) ? L : S, rng.bounded(10000)));
        }
        for (int trial = 0; trial < 20; ++trial) {
            const qint64 t = kT0 + rng.bounded(600 * int(kMin));
            MarketData cut = full;
            std::erase_if(cut.candles, [t](const Candle &c) { return c.openTime > t; });
            std::erase_if(cut.openInterest, [t](const OpenInterestPoint &p) { return p.time > t; });
            std::erase_if(cut.longShortAccountRatio, [t](const RatioPoint &p) { return p.time > t; });
            std::erase_if(cut.liquidations, [t](const Liquidation &l) { return l.time > t; });
            const TimeRange asOfT{kT0, t + 1};
            const auto a = LongShortImbalance::perBar(full, Interval::minutes(15), asOfT);
            const auto b = LongShortImbalance::perBar(cut, Interval::minutes(15), asOfT);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].longUsd, b[i].longUsd);
                QCOMPARE(a[i].shortCount, b[i].shortCount);
                QCOMPARE(a[i].takerRatio, b[i].takerRatio);
                QCOMPARE(a[i].accountRatio, b[i].accountRatio);
                QCOMPARE(a[i].openInterestUsd, b[i].openInterestUsd);
            }
            const auto wa = LongShortImbalance::window(full, asOfT);
            const auto wb = LongShortImbalance::window(cut, asOfT);
            QCOMPARE(wa.longUsd, wb.longUsd);
            QCOMPARE(wa.openInterestChangeUsd, wb.openInterestChangeUsd);
        }
    }
};

QTEST_GUILESS_MAIN(TestLongShortImbalance)
#include "tst_long_short_imbalance.moc"

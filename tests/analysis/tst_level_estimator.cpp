#include "analysis/EstimatedHeatmap.h"
#include "analysis/LevelEstimator.h"
#include "analysis/LiquidationMap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr auto Long = LiquidationSide::LongLiquidated;
constexpr auto Short = LiquidationSide::ShortLiquidated;

LevelBar bar(qint64 t, double low, double high, double close, double oiUsd, double volume = 10,
             double takerBuy = 5)
{
    LevelBar b;
    b.candle = Candle{t, close, high, low, close, volume, takerBuy, volume * close};
    b.openInterestUsd = oiUsd;
    return b;
}

AnalysisParams::Levels oneTier(double leverage, double halfLifeHours = 0)
{
    AnalysisParams::Levels p;
    p.tiers = {{leverage, 1.0, 0.005, halfLifeHours}};
    return p;
}
} // namespace

class TestLevelEstimator : public QObject
{
    Q_OBJECT

private slots:
    void liquidationPriceFormula_data()
    {
        QTest::addColumn<double>("entry");
        QTest::addColumn<double>("leverage");
        QTest::addColumn<double>("mmr");
        QTest::addColumn<double>("longPrice");
        QTest::addColumn<double>("shortPrice");
        // long = E (1 - 1/L + mmr), short = E (1 + 1/L - mmr)
        QTest::newRow("10x at 100k") << 100'000.0 << 10.0 << 0.005 << 90'500.0 << 109'500.0;
        QTest::newRow("100x at 100k") << 100'000.0 << 100.0 << 0.005 << 99'500.0 << 100'500.0;
        QTest::newRow("5x at 100k") << 100'000.0 << 5.0 << 0.005 << 80'500.0 << 119'500.0;
        QTest::newRow("25x at 110k, mmr 1%") << 110'000.0 << 25.0 << 0.01 << 106'700.0 << 113'300.0;
        QTest::newRow("50x at 97k") << 97'000.0 << 50.0 << 0.005 << 95'545.0 << 98'455.0;
    }
    void liquidationPriceFormula()
    {
        QFETCH(double, entry);
        QFETCH(double, leverage);
        QFETCH(double, mmr);
        QFETCH(double, longPrice);
        QFETCH(double, shortPrice);
        QCOMPARE(LevelEstimator::longLiquidationPrice(entry, leverage, mmr), longPrice);
        QCOMPARE(LevelEstimator::shortLiquidationPrice(entry, leverage, mmr), shortPrice);
    }

    void openInterestDeltaSplitByTakerRatio()
    {
        LevelEstimator est(oneTier(10));
        est.step(bar(kT0, 99'900, 100'100, 100'000, 1'000'000)); // first bar: no previous OI, nothing opens
        QCOMPARE(est.openLevelCount(), std::size_t(0));
        // OI +1,000,000; takers bought 6 of 10 coins: 600,000 long, 400,000 short.
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 2'000'000, 10, 6));
        QCOMPARE(est.openLevelCount(), std::size_t(2));
        QCOMPARE(est.openNotional(Long, 0), 600'000.0);
        QCOMPARE(est.openNotional(Short, 0), 400'000.0);
        QCOMPARE(est.lastAdded().at(0).price, 90'500.0);
        QCOMPARE(est.lastAdded().at(1).price, 109'500.0);
        // OI falls: no new exposure (closing positions are not new levels).
        est.step(bar(kT0 + 2 * kMin, 99'900, 100'100, 100'000, 1'500'000));
        QCOMPARE(est.openLevelCount(), std::size_t(2));
        QCOMPARE(est.openNotional(), 1'000'000.0);
    }

    void splitSources()
    {
        auto p = oneTier(10);
        p.split = SplitSource::AccountRatio;
        LevelEstimator accounts(p);
        LevelBar b0 = bar(kT0, 99'000, 101'000, 100'000, 0);
        LevelBar b1 = bar(kT0 + kMin, 99'000, 101'000, 100'000, 100'000);
        b1.accountLongShare = 0.7;
        accounts.step(b0);
        accounts.step(b1);
        QCOMPARE(accounts.openNotional(Long, 0), 70'000.0);
        p.split = SplitSource::Even;
        LevelEstimator even(p);
        even.step(b0);
        even.step(b1);
        QCOMPARE(even.openNotional(Short, 0), 50'000.0);
    }

    void entryPrices()
    {
        auto p = oneTier(10);
        p.entry = EntryPrice::LowHigh; // longs enter at the low, shorts at the high
        LevelEstimator est(p);
        est.step(bar(kT0, 99'000, 101'000, 100'000, 0));
        est.step(bar(kT0 + kMin, 98'000, 102'000, 100'000, 100'000));
        QCOMPARE(est.lastAdded().at(0).price, 98'000 * 0.905);  // 88,690
        QCOMPARE(est.lastAdded().at(1).price, 102'000 * 1.095); // 111,690
        p.entry = EntryPrice::Ohlc4;
        LevelEstimator ohlc(p);
        ohlc.step(bar(kT0, 99'000, 101'000, 100'000, 0));
        LevelBar b = bar(kT0 + kMin, 98'000, 104'000, 101'000, 100'000);
        b.candle.open = 99'000; // (99,000 + 104,000 + 98,000 + 101,000) / 4 = 100,500
        ohlc.step(b);
        QCOMPARE(ohlc.lastAdded().at(0).price, 100'500 * 0.905);
    }

    void volumeWeightedExposure()
    {
        auto p = oneTier(10);
        p.exposure = ExposureSource::VolumeWeighted;
        p.volumeFraction = 0.1;
        LevelEstimator est(p);
        est.step(bar(kT0, 99'000, 101'000, 100'000, LevelBar::unknown, 3, 1.5)); // 300,000 USD traded
        QCOMPARE(est.openNotional(), 30'000.0);
        QCOMPARE(est.openNotional(Long, 0), 15'000.0);
    }

    void consumedWhenABarReachesTheLevel()
    {
        LevelEstimator est(oneTier(10));
        est.step(bar(kT0, 99'900, 100'100, 100'000, 0));
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 1'000'000)); // long 90,500, short 109,500
        // Lows above 90,500 and highs below 109,500 leave both open.
        est.step(bar(kT0 + 2 * kMin, 90'500.01, 109'499.99, 100'000, 1'000'000));
        QCOMPARE(est.openLevelCount(), std::size_t(2));
        QVERIFY(est.lastSwept().empty());
        // A low exactly at the level consumes it.
        est.step(bar(kT0 + 3 * kMin, 90'500, 100'000, 95'000, 1'000'000));
        const auto swept = est.lastSwept();
        QCOMPARE(swept.size(), std::size_t(1));
        QCOMPARE(swept[0].side, Long);
        QCOMPARE(swept[0].price, 90'500.0);
        QCOMPARE(swept[0].notionalUsd, 500'000.0);
        QCOMPARE(swept[0].time, kT0 + 3 * kMin);
        QCOMPARE(swept[0].created, kT0 + kMin);
        QCOMPARE(est.openNotional(Long, 0), 0.0);
        // A gap up through the short level (whole bar above it) also consumes it.
        est.step(bar(kT0 + 4 * kMin, 110'000, 112'000, 111'000, 1'000'000));
        QCOMPARE(est.lastSwept().size(), std::size_t(1));
        QCOMPARE(est.lastSwept()[0].side, Short);
        QCOMPARE(est.openLevelCount(), std::size_t(0));
        QCOMPARE(est.openNotional(), 0.0);
    }

    void aBarNeverSweepsTheLevelsItOpens()
    {
        LevelEstimator est(oneTier(100)); // 99,500 / 100,500, inside the bar's own range
        est.step(bar(kT0, 99'000, 101'000, 100'000, 0));
        est.step(bar(kT0 + kMin, 99'000, 101'000, 100'000, 100'000));
        QCOMPARE(est.openLevelCount(), std::size_t(2));
        est.step(bar(kT0 + 2 * kMin, 99'000, 101'000, 100'000, 100'000)); // the next bar does
        QCOMPARE(est.lastSwept().size(), std::size_t(2));
        QCOMPARE(est.openLevelCount(), std::size_t(0));
    }

    void sweepTakesOnlyReachedLevelsAcrossBuckets()
    {
        // Three tiers far apart; a bar reaching the middle one takes the upper two longs only.
        AnalysisParams::Levels p;
        p.tiers = {{5, 1, 0.005, 0}, {10, 1, 0.005, 0}, {100, 1, 0.005, 0}}; // 80,500 / 90,500 / 99,500
        LevelEstimator est(p);
        est.step(bar(kT0, 99'900, 100'100, 100'000, 0));
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 3'000'000, 10, 10)); // all long
        QCOMPARE(est.openLevelCount(), std::size_t(3));
        est.step(bar(kT0 + 2 * kMin, 90'000, 100'000, 91'000, 3'000'000));
        QCOMPARE(est.lastSwept().size(), std::size_t(2));
        QCOMPARE(est.openNotional(Long, 0), 1'000'000.0);
        QCOMPARE(est.openNotional(Long, 1), 0.0);
        QCOMPARE(est.openNotional(Long, 2), 0.0);
    }

    void halfLifeHalvesAfterItsHours()
    {
        LevelEstimator est(oneTier(10, 2.0));
        est.step(bar(kT0, 99'900, 100'100, 100'000, 0));
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 800'000, 10, 5));
        QCOMPARE(est.openNotional(Long, 0), 400'000.0);
        est.step(bar(kT0 + kMin + kHour, 99'900, 100'100, 100'000, 800'000));
        QCOMPARE(est.openNotional(Long, 0), 400'000.0 / std::sqrt(2.0));
        est.step(bar(kT0 + kMin + 2 * kHour, 99'900, 100'100, 100'000, 800'000));
        QCOMPARE(est.openNotional(Long, 0), 200'000.0);
        est.step(bar(kT0 + kMin + 6 * kHour, 99'900, 100'100, 100'000, 800'000));
        QCOMPARE(est.openNotional(Long, 0), 50'000.0);
        // The swept notional is the decayed one.
        est.step(bar(kT0 + kMin + 8 * kHour, 90'000, 100'100, 100'000, 800'000));
        QCOMPARE(est.lastSwept().at(0).notionalUsd, 25'000.0);
    }

    void decayFrameRebasesOverLongHistories()
    {
        // 36-second half-life: 100 halvings a hour, so a week crosses the rebase point many times.
        AnalysisParams::Levels p;
        p.tiers = {{10, 1, 0.005, 0.01}, {10, 1, 0.005, 0}};
        LevelEstimator est(p);
        est.step(bar(kT0, 99'900, 100'100, 100'000, 0));
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 2'000'000, 10, 5));
        QCOMPARE(est.openNotional(Long, 1), 500'000.0);
        bool rebased = false;
        for (qint64 m = 2; m < 7 * 24 * 60; ++m) {
            est.step(bar(kT0 + m * kMin, 99'900, 100'100, 100'000, 2'000'000));
            rebased = rebased || !est.lastRebase().empty();
        }
        QVERIFY(rebased);
        QCOMPARE(est.openNotional(Long, 1), 500'000.0); // no decay on tier 1
        QCOMPARE(est.openNotional(Short, 1), 500'000.0);
        QCOMPARE(est.openNotional(Long, 0), 0.0); // decayed away and dropped
        QCOMPARE(est.openLevelCount(), std::size_t(2));
    }

    void calibrationScalesToOpenInterest()
    {
        auto p = oneTier(10, 1.0);
        p.calibrateToOpenInterest = true;
        LevelEstimator est(p);
        est.step(bar(kT0, 99'900, 100'100, 100'000, 3'000'000));
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 4'000'000));
        // 1,000,000 open against 4,000,000 of open interest: each estimated dollar is 4 USD.
        QCOMPARE(est.calibration(), 4.0);
        est.step(bar(kT0 + kMin + kHour, 99'900, 100'100, 100'000, 4'000'000));
        QCOMPARE(est.calibration(), 8.0); // halved by decay, same open interest
        const auto map = LiquidationMap::from(est, PriceGrid::covering(80'000, 120'000, 1000));
        QCOMPARE(map.longTotal[map.grid.index(90'500)], 2'000'000.0);
    }

    void mapPerTierAndCumulativeCurves()
    {
        AnalysisParams::Levels p;
        p.tiers = {{10, 0.5, 0.005, 0}, {100, 0.5, 0.005, 0}};
        LevelEstimator est(p);
        est.step(bar(kT0, 99'900, 100'100, 100'000, 0));
        // 2,000,000 new, 75% long: per tier 750,000 long and 250,000 short.
        est.step(bar(kT0 + kMin, 99'900, 100'100, 100'000, 2'000'000, 4, 3));
        const PriceGrid grid = PriceGrid::covering(88'000, 111'999, 1000); // rows 88k..111k
        const auto map = LiquidationMap::from(est, grid);
        QCOMPARE(map.grid.count, 24);
        QCOMPARE(map.price, 100'000.0);
        const int r90 = grid.index(90'500), r99 = grid.index(99'500), r100 = grid.index(100'500),
                  r109 = grid.index(109'500);
        QCOMPARE(map.longByTier[0 * 24 + r90], 750'000.0);
        QCOMPARE(map.longByTier[1 * 24 + r99], 750'000.0);
        QCOMPARE(map.shortByTier[1 * 24 + r100], 250'000.0);
        QCOMPARE(map.shortTotal[r109], 250'000.0);
        // Cumulative long from the price's row (100k) down.
        QCOMPARE(map.cumulativeLong[r99], 750'000.0);
        QCOMPARE(map.cumulativeLong[r90 + 1], 750'000.0);
        QCOMPARE(map.cumulativeLong[r90], 1'500'000.0);
        QCOMPARE(map.cumulativeLong[0], 1'500'000.0);
        QCOMPARE(map.cumulativeLong[r100 + 1], 0.0); // above the price
        QCOMPARE(map.cumulativeShort[r100], 250'000.0);
        QCOMPARE(map.cumulativeShort[r109], 500'000.0);
        QCOMPARE(map.cumulativeShort[23], 500'000.0);
        QCOMPARE(map.cumulativeShort[r90], 0.0);
    }

    void heatmapColumnsMatchTheMapAtEachColumnEnd()
    {
        const auto bars = randomBars(3000, 7);
        const AnalysisParams::Levels p; // default five tiers with decay
        const PriceGrid grid = PriceGrid::covering(80'000, 125'000, 500);
        const TimeRange range{kT0 + 1000 * kMin, kT0 + 3000 * kMin};
        const auto heat = EstimatedHeatmap::build(bars, p, range, Interval::minutes(15), grid);
        QCOMPARE(heat.columns(), 134); // 2000 minutes from 16:40 in 15-minute columns
        LevelEstimator est(p);
        std::size_t next = 0;
        for (int c = 0; c < heat.columns(); ++c) {
            const qint64 end = heat.columnTime(c + 1);
            while (next < bars.size() && bars[next].candle.openTime < std::min(end, range.to))
                est.step(bars[next++]);
            const auto map = LiquidationMap::from(est, grid);
            for (int r = 0; r < grid.count; ++r) {
                QVERIFY(qAbs(heat.longUsd(c, r) - map.longTotal[r]) <= 1e-6 * (1 + map.longTotal[r]));
                QVERIFY(qAbs(heat.shortUsd(c, r) - map.shortTotal[r]) <= 1e-6 * (1 + map.shortTotal[r]));
            }
        }
    }

    void checkpointCopyContinuesIdentically()
    {
        const auto bars = randomBars(2000, 11);
        LevelEstimator est{AnalysisParams::Levels{}};
        for (int i = 0; i < 1000; ++i)
            est.step(bars[i]);
        LevelEstimator checkpoint = est;
        for (int i = 1000; i < 2000; ++i)
            est.step(bars[i]);
        for (int i = 1000; i < 2000; ++i)
            checkpoint.step(bars[i]);
        QCOMPARE(checkpoint.openNotional(), est.openNotional());
        QCOMPARE(checkpoint.openLevelCount(), est.openLevelCount());
    }

    void noLookAhead()
    {
        // Property: the map at a random t is identical when every sample after t is deleted.
        MarketData full = randomData(2000, 3);
        QRandomGenerator rng(17);
        for (int trial = 0; trial < 10; ++trial) {
            const qint64 t = kT0 + rng.bounded(2000) * kMin + rng.bounded(int(kMin));
            MarketData cut = full;
            std::erase_if(cut.candles, [t](const Candle &c) { return c.openTime > t; });
            std::erase_if(cut.openInterest, [t](const OpenInterestPoint &p) { return p.time > t; });
            std::erase_if(cut.longShortAccountRatio, [t](const RatioPoint &p) { return p.time > t; });
            AnalysisParams::Levels p;
            p.split = SplitSource::AccountRatio;
            p.calibrateToOpenInterest = true;
            LevelEstimator a(p), b(p);
            for (const LevelBar &bar : LevelEstimator::inputs(full, full.candles))
                if (bar.candle.openTime <= t)
                    a.step(bar);
            for (const LevelBar &bar : LevelEstimator::inputs(cut, cut.candles))
                b.step(bar);
            const PriceGrid grid = PriceGrid::covering(80'000, 125'000, 250);
            const auto ma = LiquidationMap::from(a, grid);
            const auto mb = LiquidationMap::from(b, grid);
            QCOMPARE(ma.time, mb.time);
            QVERIFY(ma.longTotal == mb.longTotal);
            QVERIFY(ma.shortTotal == mb.shortTotal);
            QCOMPARE(a.calibration(), b.calibration());
        }
    }

private:
    static std::vector<LevelBar> randomBars(int n, quint32 seed)
    {
        MarketData d = randomData(n, seed);
        return LevelEstimator::inputs(d, d.candles);
    }
    static MarketData randomData(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        MarketData d;
        double price = 100'000, oi = 5e9;
        for (int i = 0; i < n; ++i) {
            const double open = price;
            price *= 1 + (rng.generateDouble() - 0.5) * 0.01;
            const double hi = std::max(open, price) * (1 + rng.generateDouble() * 0.003);
            const double lo = std::min(open, price) * (1 - rng.generateDouble() * 0.003);
            const double vol = 10 + rng.generateDouble() * 100;
            d.candles.push_back(
                {kT0 + i * kMin, open, hi, lo, price, vol, vol * rng.generateDouble(), vol * price});
            if (i % 5 == 0) {
                oi *= 1 + (rng.generateDouble() - 0.45) * 0.004;
                d.openInterest.push_back({kT0 + i * kMin + 1, oi / price, oi});
                const double share = 0.4 + rng.generateDouble() * 0.3;
                d.longShortAccountRatio.push_back({kT0 + i * kMin, share / (1 - share), share, 1 - share});
            }
        }
        return d;
    }
};

QTEST_GUILESS_MAIN(TestLevelEstimator)
#include "tst_level_estimator.moc"

#include "analysis/LevelScorer.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr auto L = LiquidationSide::LongLiquidated;
constexpr auto S = LiquidationSide::ShortLiquidated;

// b1 opens 500,000 long at 90,500 and 500,000 short at 109,500 (10x, mmr 0.5%, 50/50);
// b2 trades down to 90,000 and sweeps the long level.
MarketData session()
{
    MarketData d;
    d.candles = {{kT0, 100'000, 100'100, 99'900, 100'000, 10, 5, 1e6},
                 {kT0 + kMin, 100'000, 100'100, 99'900, 100'000, 10, 5, 1e6},
                 {kT0 + 2 * kMin, 100'000, 100'000, 90'000, 91'000, 10, 5, 1e6},
                 {kT0 + 3 * kMin, 91'000, 92'000, 90'300, 91'500, 10, 5, 1e6}};
    d.openInterest = {{kT0, 0, 5'000'000}, {kT0 + kMin, 0, 6'000'000}};
    auto ev = [](qint64 ms, LiquidationSide side, double price, double usd) {
        return Liquidation{kT0 + ms, side, price, usd / price, usd};
    };
    d.liquidations = {ev(2 * kMin + 1000, L, 90'600, 200'000), ev(2 * kMin + 2000, S, 90'500, 50'000),
                      ev(2 * kMin + 3000, L, 90'200, 300'000), ev(2 * kMin + 4000, L, 88'000, 10'000),
                      ev(3 * kMin + 1000, L, 90'400, 70'000)};
    return d;
}

AnalysisParams params()
{
    AnalysisParams p;
    p.levels.tiers = {{10, 1, 0.005, 0}};
    p.levels.split = SplitSource::Even;
    p.scoring.topN = 2;
    p.scoring.windowHours = 2.0 / 60; // from = b1's open time
    return p;
}
} // namespace

class TestLevelScorer : public QObject
{
    Q_OBJECT

private slots:
    void estimatedVersusRealizedPerSweptBand()
    {
        const MarketData d = session();
        const PriceGrid bands = PriceGrid::covering(80'000, 120'000, 1000);
        const auto rows = LevelScorer::sweeps(d, d.candles, Interval::minutes(1), params().levels, bands,
                                              {kT0, kT0 + 4 * kMin});
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].time, kT0 + 2 * kMin);
        QCOMPARE(rows[0].side, L);
        QCOMPARE(rows[0].bandLow, 90'000.0);
        QCOMPARE(rows[0].bandHigh, 91'000.0);
        QCOMPARE(rows[0].estimatedUsd, 500'000.0);
        // 200,000 + 300,000 long in the band during the bar; the short, the 88,000 one and the
        // next bar's event do not count.
        QCOMPARE(rows[0].realizedUsd, 500'000.0);
        QCOMPARE(rows[0].realizedCount, 2);
    }

    void hitRateOfTopClusters()
    {
        const MarketData d = session();
        const PriceGrid bands = PriceGrid::covering(80'000, 120'000, 1000);
        const qint64 t = kT0 + 3 * kMin;
        HitRate h = LevelScorer::hitRate(d, d.candles, t, params(), bands);
        QCOMPARE(h.from, kT0 + kMin);
        QCOMPARE(h.clusters.size(), std::size_t(2));
        QCOMPARE(h.swept, 1); // the long band; the short band at 109k was never reached
        QCOMPARE(h.hits, 1);
        QCOMPARE(h.rate, 1.0);
        const ClusterOutcome &longBand = h.clusters[0].side == L ? h.clusters[0] : h.clusters[1];
        QCOMPARE(longBand.sweptAt, kT0 + 2 * kMin);
        // Long liquidations in the band from the sweep up to t (the 70,000 at t + 1 s is after t).
        QCOMPARE(longBand.realizedUsd, 500'000.0);
        const HitRate later = LevelScorer::hitRate(d, d.candles, t + 1000, params(), bands);
        QCOMPARE(later.from, kT0 + kMin + 1000);
        const ClusterOutcome &k = later.clusters[0].side == L ? later.clusters[0] : later.clusters[1];
        QCOMPARE(k.realizedUsd, 570'000.0);
        auto strict = params();
        strict.scoring.minRealizedUsd = 1'000'000;
        h = LevelScorer::hitRate(d, d.candles, t, strict, bands);
        QCOMPARE(h.hits, 0);
        QCOMPARE(h.rate, 0.0);
        // Before the sweep nothing is swept: the rate is undefined, not zero.
        h = LevelScorer::hitRate(d, d.candles, kT0 + kMin + 1, params(), bands);
        QCOMPARE(h.swept, 0);
        QVERIFY(std::isnan(h.rate));
    }
};

QTEST_GUILESS_MAIN(TestLevelScorer)
#include "tst_level_scorer.moc"

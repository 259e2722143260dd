#include "analysis/CandleAggregator.h"

#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kMin = 60'000;
// 2025-10-10T00:00:00Z
constexpr qint64 kT0 = 1760054400000;

Candle bar(qint64 minute, double o, double h, double l, double c, double v, double buy = 0)
{
    return Candle{kT0 + minute * kMin, o, h, l, c, v, buy, v * c};
}
} // namespace

class TestCandleAggregator : public QObject
{
    Q_OBJECT

private slots:
    void fiveOneMinuteBarsMakeOneFiveMinuteBar()
    {
        const std::vector<Candle> in{
            bar(0, 100, 105, 99, 104, 1.0, 0.5), bar(1, 104, 110, 103, 108, 2.0, 1.5),
            bar(2, 108, 109, 95, 96, 3.0, 0.5),  bar(3, 96, 101, 96, 100, 1.5, 1.0),
            bar(4, 100, 102, 98, 101, 0.5, 0.25),
        };
        const auto out = CandleAggregator::aggregate(in, Interval::minutes(5));
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0].openTime, kT0);
        QCOMPARE(out[0].open, 100.0);
        QCOMPARE(out[0].high, 110.0);
        QCOMPARE(out[0].low, 95.0);
        QCOMPARE(out[0].close, 101.0);
        QCOMPARE(out[0].volume, 8.0);
        QCOMPARE(out[0].takerBuyVolume, 3.75);
        // quote volumes: 104 + 216 + 288 + 150 + 50.5
        QCOMPARE(out[0].quoteVolume, 808.5);
    }

    void barsAlignToIntervalBoundaries()
    {
        // minutes 3..7 straddle the 5-minute boundary at minute 5: two output bars.
        std::vector<Candle> in;
        for (int m = 3; m <= 7; ++m)
            in.push_back(bar(m, 100 + m, 101 + m, 99 + m, 100.5 + m, 1));
        const auto out = CandleAggregator::aggregate(in, Interval::minutes(5));
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].openTime, kT0);
        QCOMPARE(out[0].open, 103.0);
        QCOMPARE(out[0].close, 104.5);
        QCOMPARE(out[0].volume, 2.0);
        QCOMPARE(out[1].openTime, kT0 + 5 * kMin);
        QCOMPARE(out[1].open, 105.0);
        QCOMPARE(out[1].high, 108.0);
        QCOMPARE(out[1].low, 104.0);
        QCOMPARE(out[1].close, 107.5);
        QCOMPARE(out[1].volume, 3.0);
    }

    void gapsStayGaps()
    {
        // Data for 00:00-00:59 and 03:00-03:59 only: hourly bars at 00:00 and 03:00, nothing between.
        std::vector<Candle> in;
        for (int m = 0; m < 60; ++m)
            in.push_back(bar(m, 100, 101, 99, 100, 1));
        for (int m = 180; m < 240; ++m)
            in.push_back(bar(m, 200, 201, 199, 200, 2));
        const auto out = CandleAggregator::aggregate(in, Interval::hours(1));
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].openTime, kT0);
        QCOMPARE(out[0].volume, 60.0);
        QCOMPARE(out[1].openTime, kT0 + 180 * kMin);
        QCOMPARE(out[1].open, 200.0);
        QCOMPARE(out[1].volume, 120.0);
    }

    void dailyBarsFromOneMinute()
    {
        // Two full days of flat 1m bars except one spike on day two.
        std::vector<Candle> in;
        for (int m = 0; m < 2 * 1440; ++m)
            in.push_back(bar(m, 100, 100, 100, 100, 1));
        in[1440 + 700].high = 150;
        in[1440 + 701].low = 40;
        const auto out = CandleAggregator::aggregate(in, Interval::days(1));
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].high, 100.0);
        QCOMPARE(out[1].high, 150.0);
        QCOMPARE(out[1].low, 40.0);
        QCOMPARE(out[1].volume, 1440.0);
    }

    void emptyAndInvalid()
    {
        QVERIFY(CandleAggregator::aggregate({}, Interval::minutes(5)).empty());
        QVERIFY(CandleAggregator::aggregate({bar(0, 1, 1, 1, 1, 1)}, Interval()).empty());
    }

    void reduceForDisplayKeepsExtremes()
    {
        // 1000 one-minute bars with a single extreme high and low; reduce to at most 100 bars.
        std::vector<Candle> in;
        for (int m = 0; m < 1000; ++m)
            in.push_back(bar(m, 100, 101, 99, 100, 1));
        in[333].high = 500;
        in[777].low = 1;
        const auto out = CandleAggregator::reduceForDisplay(in, Interval::minutes(1), 100);
        QCOMPARE(out.size(), std::size_t(100)); // factor 10 -> exactly 100 bars
        double high = 0, low = 1e9, volume = 0;
        for (const auto &c : out) {
            high = std::max(high, c.high);
            low = std::min(low, c.low);
            volume += c.volume;
        }
        QCOMPARE(high, 500.0);
        QCOMPARE(low, 1.0);
        QCOMPARE(volume, 1000.0);
        // Already small enough: returned unchanged.
        QCOMPARE(CandleAggregator::reduceForDisplay(in, Interval::minutes(1), 2000).size(), std::size_t(1000));
    }
};

QTEST_GUILESS_MAIN(TestCandleAggregator)
#include "tst_candle_aggregator.moc"

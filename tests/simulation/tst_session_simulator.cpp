#include "simulation/SessionSimulator.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace cascade;

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1757980800000;     // 2025-09-16T00:00:00Z
constexpr qint64 kCrashDay = 1760054400000;  // 2025-10-10T00:00:00Z
constexpr qint64 kLongHeavy = 1762992000000; // 2025-11-13T00:00:00Z

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameQuote(const OptionQuote &a, const OptionQuote &b)
{
    return a.snapshotTime == b.snapshotTime && a.instrument == b.instrument && a.expiry == b.expiry &&
           a.strike == b.strike && a.type == b.type && a.openInterest == b.openInterest &&
           a.openInterestUsd == b.openInterestUsd && a.underlyingPrice == b.underlyingPrice &&
           sameDouble(a.markIv, b.markIv) && sameDouble(a.delta, b.delta) && sameDouble(a.gamma, b.gamma) &&
           sameDouble(a.vega, b.vega) && sameDouble(a.theta, b.theta);
}

std::vector<double> dailyLiquidatedUsd(const SimulatedSession &s, int days)
{
    std::vector<double> out(std::size_t(days), 0.0);
    for (const Liquidation &e : s.data.liquidations)
        out[std::size_t((e.time - s.truth.start) / kDay)] += e.notionalUsd;
    return out;
}

const Candle &candleAt(const SimulatedSession &s, qint64 t)
{
    return s.data.candles[std::size_t((t - s.truth.start) / kMin)];
}

} // namespace

class TestSessionSimulator : public QObject
{
    Q_OBJECT

private:
    SimulatedSession m_session; // the default session, generated once

private slots:
    void initTestCase() { m_session = SessionSimulator().run(); }

    void sameSeedSameBytes()
    {
        const SimulatedSession again = SessionSimulator().run();
        const MarketData &a = m_session.data;
        const MarketData &b = again.data;
        QVERIFY(a.candles == b.candles);
        QVERIFY(a.liquidations == b.liquidations);
        QVERIFY(a.openInterest == b.openInterest);
        QVERIFY(a.longShortAccountRatio == b.longShortAccountRatio);
        QVERIFY(a.takerBuySellRatio == b.takerBuySellRatio);
        QCOMPARE(a.optionChain.size(), b.optionChain.size());
        for (std::size_t i = 0; i < a.optionChain.size(); ++i)
            QVERIFY2(sameQuote(a.optionChain[i], b.optionChain[i]), qPrintable(a.optionChain[i].instrument));
        QCOMPARE(again.truth.longHeavyShare, m_session.truth.longHeavyShare);
        QCOMPARE(again.truth.rangeLow, m_session.truth.rangeLow);
    }

    void otherSeedOtherData()
    {
        SimulationConfig c1;
        c1.seed = 1;
        c1.days = 5;
        SimulationConfig c2 = c1;
        c2.seed = 2;
        const SimulatedSession s1 = SessionSimulator(c1).run();
        const SimulatedSession s2 = SessionSimulator(c2).run();
        QCOMPARE(s1.data.candles.size(), s2.data.candles.size());
        int differing = 0;
        for (std::size_t i = 0; i < s1.data.candles.size(); ++i)
            differing += s1.data.candles[i].close != s2.data.candles[i].close;
        QVERIFY(differing > int(s1.data.candles.size()) * 9 / 10);
        QVERIFY(s1.data.liquidations != s2.data.liquidations);
    }

    void sessionShape()
    {
        const MarketData &d = m_session.data;
        QCOMPARE(d.exchange, QStringLiteral("simulated"));
        QCOMPARE(d.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(d.underlying, QStringLiteral("BTC"));
        QVERIFY(d.simulated);
        QCOMPARE(d.baseInterval, Interval::minutes(1));
        QCOMPARE(d.candles.size(), std::size_t(86'400));
        QCOMPARE(d.candles.front().openTime, kStart);
        QCOMPARE(d.candles.back().openTime, kStart + 86'399 * kMin);
        QCOMPARE(d.candleCoverage, RangeSet({TimeRange{kStart, kStart + 60 * kDay}}));
        QCOMPARE(m_session.truth.start, kStart);
        QCOMPARE(m_session.truth.end, kStart + 60 * kDay);
        QCOMPARE(m_session.truth.crashDayStart, kCrashDay);
        QCOMPARE(m_session.truth.longHeavyDayStart, kLongHeavy);
        // Every 5 minutes, 288 a day.
        for (const auto *series : {&d.longShortAccountRatio, &d.takerBuySellRatio}) {
            QCOMPARE(series->size(), std::size_t(17'280));
            for (std::size_t i = 0; i < series->size(); ++i)
                QCOMPARE((*series)[i].time, kStart + qint64(i) * 5 * kMin);
        }
        QCOMPARE(d.openInterest.size(), std::size_t(17'280));
        for (std::size_t i = 0; i < d.openInterest.size(); ++i)
            QCOMPARE(d.openInterest[i].time, kStart + qint64(i) * 5 * kMin);
    }

    void candlesAreWellFormed()
    {
        const std::vector<Candle> &c = m_session.data.candles;
        double upBuy = 0, upVolume = 0, downBuy = 0, downVolume = 0;
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (i > 0) {
                QCOMPARE(c[i].openTime, c[i - 1].openTime + kMin);
                QCOMPARE(c[i].open, c[i - 1].close);
            }
            QVERIFY(c[i].low <= std::min(c[i].open, c[i].close));
            QVERIFY(c[i].high >= std::max(c[i].open, c[i].close));
            QVERIFY(c[i].takerBuyVolume >= 0 && c[i].takerBuyVolume <= c[i].volume);
            QVERIFY(c[i].quoteVolume >= c[i].volume * c[i].low &&
                    c[i].quoteVolume <= c[i].volume * c[i].high);
            (c[i].close > c[i].open ? upBuy : downBuy) += c[i].takerBuyVolume;
            (c[i].close > c[i].open ? upVolume : downVolume) += c[i].volume;
        }
        // Takers buy the up moves and sell the down moves.
        QVERIFY(upBuy / upVolume > 0.6);
        QVERIFY(downBuy / downVolume < 0.4);
    }

    void priceRangeMatchesAutumn2025()
    {
        double low = 1e18, high = 0;
        for (const Candle &c : m_session.data.candles) {
            low = std::min(low, c.low);
            high = std::max(high, c.high);
        }
        QVERIFY2(low >= 96'500 && low <= 97'500, qPrintable(QString::number(low)));
        QVERIFY2(high >= 111'400 && high <= 112'400, qPrintable(QString::number(high)));
        QCOMPARE(m_session.truth.rangeHigh, high);
        QVERIFY(m_session.truth.rangeLow >= low);
        // Normal days move ~1.5-3% (median high-low range of a day).
        std::vector<double> ranges;
        for (int d = 0; d < 60; ++d) {
            double lo = 1e18, hi = 0;
            for (int m = 0; m < 1440; ++m) {
                const Candle &c = m_session.data.candles[std::size_t(d * 1440 + m)];
                lo = std::min(lo, c.low);
                hi = std::max(hi, c.high);
            }
            ranges.push_back(hi / lo - 1.0);
        }
        std::sort(ranges.begin(), ranges.end());
        QVERIFY2(ranges[30] > 0.015 && ranges[30] < 0.04, qPrintable(QString::number(ranges[30])));
    }

    void crashDayIsAnOrderOfMagnitudeAboveNormal()
    {
        std::vector<double> daily = dailyLiquidatedUsd(m_session, 60);
        const double crash = daily[24];
        daily.erase(daily.begin() + 24);
        std::sort(daily.begin(), daily.end());
        const double median = daily[daily.size() / 2];
        QVERIFY2(median >= 20e6 && median <= 80e6, qPrintable(QString::number(median)));
        QVERIFY2(crash >= 10.0 * median, qPrintable(QStringLiteral("%1 vs %2").arg(crash).arg(median)));
        // A fast drop of ~8-10% from the evening level, then a partial rebound by midnight.
        double before = 0, low = 1e18;
        for (int m = 20 * 60; m < 20 * 60 + 50; ++m)
            before = std::max(before, candleAt(m_session, kCrashDay + m * kMin).high);
        for (int m = 20 * 60 + 50; m < 1440; ++m)
            low = std::min(low, candleAt(m_session, kCrashDay + m * kMin).low);
        const double drop = 1.0 - low / before;
        QVERIFY2(drop > 0.07 && drop < 0.11, qPrintable(QString::number(drop)));
        const double close = candleAt(m_session, kCrashDay + 1439 * kMin).close;
        QVERIFY(close > low * 1.02 && close < before);
    }

    void longHeavyDayIsNinetyThreePercentLong()
    {
        double longs = 0, total = 0;
        for (const Liquidation &e : m_session.data.liquidations) {
            if (e.time < kLongHeavy || e.time >= kLongHeavy + kDay)
                continue;
            total += e.notionalUsd;
            if (e.side == LiquidationSide::LongLiquidated)
                longs += e.notionalUsd;
        }
        QVERIFY2(total >= 180e6 && total <= 260e6, qPrintable(QString::number(total)));
        QVERIFY2(longs / total >= 0.91 && longs / total <= 0.95, qPrintable(QString::number(longs / total)));
        QCOMPARE(m_session.truth.longHeavyShare, longs / total);
        // The price slides toward $98-100K.
        const double open = candleAt(m_session, kLongHeavy).open;
        const double close = candleAt(m_session, kLongHeavy + 1439 * kMin).close;
        QVERIFY(close < open * 0.98);
        QVERIFY2(close > 96'500 && close < 100'500, qPrintable(QString::number(close)));
    }

    void liquidationsHappenWhereThePriceWas()
    {
        const std::vector<Liquidation> &events = m_session.data.liquidations;
        QVERIFY2(events.size() > 10'000 && events.size() < 100'000,
                 qPrintable(QString::number(events.size())));
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Liquidation &e = events[i];
            if (i > 0)
                QVERIFY(e.time >= events[i - 1].time);
            const Candle &c = candleAt(m_session, e.time);
            QVERIFY(e.price >= c.low && e.price <= c.high);
            QVERIFY(e.quantity > 0);
            QCOMPARE(e.notionalUsd, e.price * e.quantity);
        }
    }

    void openInterestFallsWhenTheCrashLiquidates()
    {
        const MarketData &d = m_session.data;
        // OI in USD is OI at the price of that moment.
        for (std::size_t i = 0; i < d.openInterest.size(); ++i)
            QCOMPARE(d.openInterest[i].openInterestUsd,
                     d.openInterest[i].openInterest * d.candles[i * 5].open);
        // Over the crash hour (20:50-21:50), OI drops by at least a third of the quantity liquidated.
        const qint64 from = kCrashDay + (20 * 60 + 50) * kMin;
        const qint64 to = from + 60 * kMin;
        double liquidated = 0;
        for (const Liquidation &e : d.liquidations)
            if (e.time >= from && e.time < to)
                liquidated += e.quantity;
        const double before = d.openInterest[std::size_t((from - kStart) / (5 * kMin))].openInterest;
        const double after = d.openInterest[std::size_t((to - kStart) / (5 * kMin))].openInterest;
        QVERIFY(liquidated > 1'000);
        // And across each of the ten 5-minute windows with the most liquidated quantity, OI falls
        // (the largest by at least half of what was liquidated in it, despite dip buyers opening).
        std::vector<double> perWindow(d.openInterest.size(), 0.0);
        for (const Liquidation &e : d.liquidations)
            perWindow[std::size_t((e.time - kStart) / (5 * kMin))] += e.quantity;
        std::vector<std::size_t> order(perWindow.size() - 1);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::partial_sort(order.begin(), order.begin() + 10, order.end(),
                          [&](std::size_t a, std::size_t b) { return perWindow[a] > perWindow[b]; });
        for (int k = 0; k < 10; ++k) {
            const std::size_t i = order[std::size_t(k)];
            const double drop = d.openInterest[i].openInterest - d.openInterest[i + 1].openInterest;
            QVERIFY2(drop > 0, qPrintable(QStringLiteral("window %1: liquidated %2, OI change %3")
                                              .arg(i)
                                              .arg(perWindow[i])
                                              .arg(-drop)));
            if (k == 0)
                QVERIFY(drop > perWindow[i] / 2);
        }
        QVERIFY2(
            before - after > liquidated / 3,
            qPrintable(QStringLiteral("%1 -> %2, liquidated %3").arg(before).arg(after).arg(liquidated)));
    }

    void ratiosAreConsistent()
    {
        const MarketData &d = m_session.data;
        for (const RatioPoint &p : d.longShortAccountRatio) {
            QVERIFY(std::abs(p.longValue + p.shortValue - 1.0) < 1e-12);
            QCOMPARE(p.ratio, p.longValue / p.shortValue);
            QVERIFY(p.ratio > 0.4 && p.ratio < 4.1);
        }
        for (std::size_t i = 0; i < d.takerBuySellRatio.size(); ++i) {
            const RatioPoint &p = d.takerBuySellRatio[i];
            double buy = 0, volume = 0;
            for (std::size_t k = i * 5; k < i * 5 + 5; ++k) {
                buy += d.candles[k].takerBuyVolume;
                volume += d.candles[k].volume;
            }
            QVERIFY(std::abs(p.longValue - buy) < 1e-9 * volume);
            QVERIFY(std::abs(p.shortValue - (volume - buy)) < 1e-9 * volume);
            QCOMPARE(p.ratio, p.longValue / p.shortValue);
        }
    }

    void optionSnapshotsAreDailyAndSorted()
    {
        const std::vector<OptionQuote> &chain = m_session.data.optionChain;
        std::set<qint64> snapshots;
        const QRegularExpression name(QStringLiteral("^BTC-[1-9][0-9]?[A-Z]{3}[0-9]{2}-[0-9]+-[CP]$"));
        for (std::size_t i = 0; i < chain.size(); ++i) {
            const OptionQuote &q = chain[i];
            snapshots.insert(q.snapshotTime);
            if (i > 0) {
                const OptionQuote &p = chain[i - 1];
                QVERIFY(std::tie(p.snapshotTime, p.expiry, p.strike, p.type) <
                        std::tie(q.snapshotTime, q.expiry, q.strike, q.type));
            }
            QVERIFY2(name.match(q.instrument).hasMatch(), qPrintable(q.instrument));
            QVERIFY(q.expiry > q.snapshotTime);
            QCOMPARE(std::fmod(q.strike, 1000.0), 0.0);
            QVERIFY(std::abs(q.strike / q.underlyingPrice - 1.0) <= 0.30);
            QCOMPARE(q.underlyingPrice, candleAt(m_session, q.snapshotTime).open);
            QCOMPARE(q.openInterestUsd, q.openInterest * q.underlyingPrice);
            QVERIFY(q.markIv >= 35 && q.markIv <= 80);
            QVERIFY(q.type == OptionType::Call ? q.delta >= 0 && q.delta <= 1
                                               : q.delta <= 0 && q.delta >= -1);
            QVERIFY(q.gamma >= 0);
            QVERIFY(std::isnan(q.vega) && std::isnan(q.theta));
        }
        QCOMPARE(snapshots.size(), std::size_t(60));
        QCOMPARE(*snapshots.begin(), kStart + 8 * 3'600'000);
        // The December quarterly is listed from the first snapshot on.
        const auto wall = std::find_if(chain.begin(), chain.end(), [](const OptionQuote &q) {
            return q.instrument == QLatin1String("BTC-26DEC25-100000-P");
        });
        QVERIFY(wall != chain.end());
        QCOMPARE(wall->snapshotTime, kStart + 8 * 3'600'000);
    }

    void putsConcentrateAtOneHundredThousand()
    {
        QCOMPARE(m_session.truth.putWallStrike, 100'000.0);
        const std::vector<OptionQuote> &chain = m_session.data.optionChain;
        // Per snapshot: put OI by strike (all expiries), below versus above spot.
        std::map<qint64, std::map<double, double>> puts;
        std::map<qint64, std::map<double, double>> calls;
        double below = 0, above = 0;
        for (const OptionQuote &q : chain) {
            (q.type == OptionType::Put ? puts : calls)[q.snapshotTime][q.strike] += q.openInterest;
            if (q.type == OptionType::Put)
                (q.strike < q.underlyingPrice ? below : above) += q.openInterest;
        }
        QVERIFY(below > 2 * above);
        for (const auto &[t, byStrike] : puts) {
            const auto top =
                std::max_element(byStrike.begin(), byStrike.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
            QVERIFY2(top->first == 100'000.0, qPrintable(QStringLiteral("%1 at %2").arg(top->first).arg(t)));
        }
        // The wall grows into November.
        QVERIFY(puts.rbegin()->second.at(100'000.0) > 1.5 * puts.begin()->second.at(100'000.0));
        // Calls cluster above spot, around $115-120K.
        const auto &lastCalls = calls.rbegin()->second;
        const auto callTop =
            std::max_element(lastCalls.begin(), lastCalls.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        QVERIFY2(callTop->first >= 110'000 && callTop->first <= 120'000,
                 qPrintable(QString::number(callTop->first)));
    }

    void shorterSessionsKeepTheirShape()
    {
        SimulationConfig config;
        config.days = 10;
        config.symbol = QStringLiteral("ETHUSDT");
        const SimulatedSession s = SessionSimulator(config).run();
        QCOMPARE(s.data.symbol, QStringLiteral("ETHUSDT"));
        QCOMPARE(s.data.candles.size(), std::size_t(14'400));
        QCOMPARE(s.data.openInterest.size(), std::size_t(2'880));
        QCOMPARE(s.truth.crashDayStart, kStart + 4 * kDay);
        QCOMPARE(s.truth.longHeavyDayStart, kStart + 8 * kDay);
        std::vector<double> daily = dailyLiquidatedUsd(s, 10);
        QVERIFY(*std::max_element(daily.begin(), daily.end()) == daily[4]);
        QVERIFY(s.truth.longHeavyShare > 0.85);

        config.days = 1;
        const SimulatedSession one = SessionSimulator(config).run();
        QCOMPARE(one.data.candles.size(), std::size_t(1'440));
        QCOMPARE(one.truth.crashDayStart, kStart);
        QVERIFY(one.truth.rangeLow > 0 && one.truth.rangeLow < one.truth.rangeHigh);
    }
};

QTEST_GUILESS_MAIN(TestSessionSimulator)
#include "tst_session_simulator.moc"

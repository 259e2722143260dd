#include "FrameText.h"
#include "replay/KnowledgeCut.h"
#include "replay/ReplayEngine.h"
#include "SessionRepository.h"
#include "simulation/SessionSimulator.h"
#include "store/SqliteMarketStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace cascade;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z

const MarketData &simulatedDays()
{
    static const MarketData data = [] {
        SimulationConfig config;
        config.days = 4;
        return SessionSimulator(config).run().data;
    }();
    return data;
}

ReplayFrame freshFrame(const MarketData &data, Interval interval, const AnalysisParams &params, qint64 t)
{
    return ReplayFrame::compute(KnowledgeCut::apply(data, t), interval, params, t);
}

// What a store that stopped recording at t holds: written here row by row, independently of
// KnowledgeCut, from what each row's own time says.
MarketData recordedUntil(const MarketData &data, qint64 t)
{
    MarketData kept = data;
    const qint64 bar = data.baseInterval.ms();
    std::erase_if(kept.candles, [&](const Candle &c) { return c.openTime + bar > t; });
    std::erase_if(kept.openInterest, [&](const OpenInterestPoint &p) { return p.time > t; });
    std::erase_if(kept.longShortAccountRatio, [&](const RatioPoint &p) { return p.time > t; });
    std::erase_if(kept.takerBuySellRatio, [&](const RatioPoint &p) { return p.time > t; });
    std::erase_if(kept.liquidations, [&](const Liquidation &e) { return e.time > t; });
    std::erase_if(kept.optionChain, [&](const OptionQuote &q) { return q.snapshotTime > t; });
    return kept;
}

MarketData loadedFrom(const QString &path, const MarketData &data)
{
    auto store = SqliteMarketStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    SessionRepository repository(**store);
    if (const Status saved = repository.save(data, QStringLiteral("test")); !saved)
        qFatal("%s", qPrintable(saved.error()));
    auto loaded = repository.load(data.exchange, data.symbol);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    return std::move(loaded).value();
}

} // namespace

class TestReplayEngine : public QObject
{
    Q_OBJECT

private slots:
    void knowledgeCutKeepsOnlyWhatWasKnown()
    {
        MarketData data;
        data.baseInterval = Interval::minutes(1);
        for (int i = 0; i < 3; ++i)
            data.candles.push_back({kT0 + i * kMinute, 100, 101, 99, 100.5, 1, 0.5, 100});
        data.liquidations.push_back({kT0 + 30'000, LiquidationSide::LongLiquidated, 99.5, 1, 99.5});
        data.liquidations.push_back({kT0 + 90'000, LiquidationSide::ShortLiquidated, 101, 2, 202});
        data.openInterest.push_back({kT0 + kMinute, 10, 1000});
        data.openInterest.push_back({kT0 + 2 * kMinute, 11, 1100});

        // 00:01:30: the first candle has closed, the second is still forming; both events printed.
        const MarketData known = KnowledgeCut::apply(data, kT0 + 90'000);
        QCOMPARE(known.candles.size(), std::size_t(1));
        QCOMPARE(known.candles.front().openTime, kT0);
        QCOMPARE(known.liquidations.size(), std::size_t(2));
        QCOMPARE(known.openInterest.size(), std::size_t(1));
        // 00:02:00 exactly: the second candle closes at that instant, the sample is printed.
        const MarketData atTwo = KnowledgeCut::apply(data, kT0 + 2 * kMinute);
        QCOMPARE(atTwo.candles.size(), std::size_t(2));
        QCOMPARE(atTwo.openInterest.size(), std::size_t(2));
        // The forming bar's slice starts at its open.
        const MarketData slice = KnowledgeCut::slice(data, kT0 + kMinute, kT0 + 90'000);
        QVERIFY(slice.candles.empty());
        QCOMPARE(slice.liquidations.size(), std::size_t(1));
        QCOMPARE(slice.liquidations.front().notionalUsd, 202.0);
    }

    void incrementalEqualsFreshComputation_data()
    {
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("1m") << qint64(kMinute);
        QTest::newRow("15m") << 15 * kMinute;
        QTest::newRow("4h") << 240 * kMinute;
    }

    void incrementalEqualsFreshComputation()
    {
        QFETCH(qint64, intervalMs);
        const Interval interval(intervalMs);
        const MarketData &data = simulatedDays();
        const AnalysisParams params;
        ReplayEngine engine(std::make_shared<const MarketData>(data), interval, params);
        const TimeRange span = engine.span();
        QCOMPARE(span.duration(), 4 * 1440 * kMinute);

        // Bar by bar forward from the start, then random jumps both ways at odd milliseconds.
        std::vector<qint64> times;
        for (qint64 t = span.from; times.size() < 6; t = engine.nextBarTime(t))
            times.push_back(t);
        std::mt19937_64 rng(3);
        std::uniform_int_distribution<qint64> anywhere(span.from, span.to + interval.ms());
        for (int i = 0; i < 10; ++i)
            times.push_back(anywhere(rng));
        const qint64 late = span.from + 3 * 1440 * kMinute + 7'777;
        times.push_back(late);
        times.push_back(engine.previousBarTime(late));
        times.push_back(engine.previousBarTime(engine.previousBarTime(late)));

        QByteArray previous;
        int differing = 0;
        for (qint64 t : times) {
            engine.seek(t);
            const QByteArray incremental = frameText(engine.frame());
            QCOMPARE(incremental, frameText(freshFrame(data, interval, params, t)));
            differing += incremental != previous;
            previous = incremental;
        }
        QCOMPARE(differing, int(times.size()));
        // The level model was checkpointed as the cursor passed: every 2,048 candles of 5,760.
        QCOMPARE(engine.checkpointSpacing(), std::size_t(2048));
        QCOMPARE(engine.checkpointCount(), std::size_t(3));
    }

    void frameAtTShowsNothingAfterT()
    {
        const MarketData &data = simulatedDays();
        const Interval interval = Interval::minutes(15);
        ReplayEngine engine(std::make_shared<const MarketData>(data), interval, AnalysisParams{});
        // 2025-09-17 10:07:30: 10:00 is forming with 7 closed minutes; nothing after 10:07:30.
        const qint64 t = 1'758'103'200'000 + 7 * kMinute + 30'000;
        engine.seek(t);
        const ReplayFrame frame = engine.frame();
        QCOMPARE(frame.candles.back().openTime, 1'758'103'200'000);
        const auto minutes = KnowledgeCut::slice(data, 1'758'103'200'000, t).candles;
        QCOMPARE(minutes.size(), std::size_t(7));
        QCOMPARE(frame.candles.back().close, minutes.back().close);
        QCOMPARE(frame.candles.back().open, minutes.front().open);
        for (const BarLiquidations &b : frame.liquidationBars)
            QVERIFY(b.openTime <= t);
        QVERIFY(frame.structure.map.grid.isValid());
        QCOMPARE(frame.structure.map.time, minutes.back().openTime);
        QCOMPARE(frame.structure.price, minutes.back().close);
        QVERIFY(frame.structure.options.snapshotTime <= t);
        QVERIFY(frame.structure.options.snapshotTime > 0);
    }

    // The property: deleting from the store everything recorded after t changes nothing at t.
    void sameFrameWhenLaterDataIsDeletedFromTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MarketData full = loadedFrom(dir.filePath(QStringLiteral("full.sqlite")), simulatedDays());
        const Interval interval = Interval::hours(1);
        ReplayEngine engine(std::make_shared<const MarketData>(full), interval, AnalysisParams{});
        std::mt19937_64 rng(11);
        std::uniform_int_distribution<qint64> anywhere(engine.span().from + kMinute, engine.span().to);
        for (int i = 0; i < 4; ++i) {
            const qint64 t = anywhere(rng);
            const MarketData cut = loadedFrom(dir.filePath(QStringLiteral("cut%1.sqlite").arg(i)),
                                              recordedUntil(simulatedDays(), t));
            QVERIFY(cut.candles.size() < full.candles.size());
            ReplayEngine cutEngine(std::make_shared<const MarketData>(cut), interval, AnalysisParams{});
            engine.seek(t);
            cutEngine.seek(t);
            QCOMPARE(frameText(cutEngine.frame()), frameText(engine.frame()));
        }
    }
};

QTEST_GUILESS_MAIN(TestReplayEngine)
#include "tst_replay_engine.moc"

#include "replay/KnowledgeCut.h"
#include "replay/ReplayEvents.h"
#include "ReplayController.h"
#include "SessionModel.h"
#include "simulation/SessionSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace cascade;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'757'980'800'000; // 2025-09-16T00:00:00Z, the simulator's start

MarketData twoDays()
{
    SimulationConfig config;
    config.days = 2;
    return SessionSimulator(config).run().data;
}

} // namespace

class TestReplayController : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<SessionModel>();
        m_session->setMarketData(twoDays());
        m_session->setInterval(Interval::hours(1));
        m_session->waitForAnalysis();
        m_replay = std::make_unique<ReplayController>(m_session.get());
    }

    void startsAtTheFirstBarClose()
    {
        QCOMPARE(m_session->candles()->rowCount(), 48);
        QSignalSpy active(m_replay.get(), &ReplayController::activeChanged);
        m_replay->start();
        QCOMPARE(active.count(), 1);
        QVERIFY(m_session->isReplaying());
        QCOMPARE(m_replay->time(), kStart + kHour);
        QCOMPARE(m_replay->startTime(), kStart + kHour);
        QCOMPARE(m_replay->endTime(), kStart + 48 * kHour);
        QCOMPARE(m_session->candles()->rowCount(), 1);
        QCOMPARE(m_session->candles()->candles().front().openTime, kStart);
    }

    void stepsBarByBarBothWays()
    {
        m_replay->start();
        QSignalSpy moved(m_session.get(), &SessionModel::replayTimeChanged);
        for (int i = 0; i < 3; ++i)
            m_replay->stepForward();
        QCOMPARE(moved.count(), 3);
        QCOMPARE(m_replay->time(), kStart + 4 * kHour);
        QCOMPARE(m_session->candles()->rowCount(), 4);
        m_replay->stepBack();
        QCOMPARE(m_replay->time(), kStart + 3 * kHour);
        QCOMPARE(m_session->candles()->rowCount(), 3);
        // Scrubbing to the middle of a bar shows it forming from its closed minutes.
        m_replay->seek(kStart + 10 * kHour + 20 * 60'000);
        QCOMPARE(m_session->candles()->rowCount(), 11);
        const Candle forming = m_session->candles()->candles().back();
        QCOMPARE(forming.openTime, kStart + 10 * kHour);
        const auto minutes =
            KnowledgeCut::slice(m_session->marketData(), kStart + 10 * kHour, m_replay->time()).candles;
        QCOMPARE(minutes.size(), std::size_t(20));
        QCOMPARE(forming.close, minutes.back().close);
        // Nothing after the replay time in any model.
        for (const BarLiquidations &bar : m_session->liquidationBars()->bars())
            QVERIFY(bar.openTime <= m_replay->time());
        QCOMPARE(m_session->zones()->report().time, minutes.back().openTime);
        // The cursor stays inside the session.
        m_replay->seek(kStart + 100 * kHour);
        QCOMPARE(m_replay->time(), kStart + 48 * kHour);
        m_replay->stepForward();
        QCOMPARE(m_replay->time(), kStart + 48 * kHour);
    }

    void heatmapIsBuiltFromKnownDataOnly()
    {
        m_replay->start(kStart + 12 * kHour);
        m_session->waitForAnalysis();
        const HeatGrid &grid = m_session->heatmap()->grid();
        QVERIFY(!grid.isEmpty());
        QVERIFY(grid.timeOrigin + grid.columns * grid.interval.ms() <= kStart + 12 * kHour);
        QVERIFY(grid.timeOrigin + grid.columns * grid.interval.ms() > kStart + 11 * kHour);
    }

    void jumpsBetweenNotableEvents()
    {
        m_replay->start();
        const auto &events = m_replay->events();
        QCOMPARE(events, ReplayEvents::find(m_session->marketData(), Interval::hours(1),
                                            m_session->analysisParams()));
        QVERIFY(events.size() >= 10);
        QVERIFY(std::is_sorted(events.begin(), events.end(),
                               [](const ReplayEvent &a, const ReplayEvent &b) { return a.time < b.time; }));
        QVERIFY(m_replay->nextEvent());
        QCOMPARE(m_replay->time(),
                 events.front().time > m_replay->startTime() ? events.front().time : events[1].time);
        const qint64 first = m_replay->time();
        QVERIFY(m_replay->nextEvent());
        QVERIFY(m_replay->time() > first);
        QVERIFY(m_replay->previousEvent());
        QCOMPARE(m_replay->time(), first);
    }

    void playsAtItsSpeedAndStopsAtTheEnd()
    {
        m_replay->start();
        m_replay->setSpeed(5000); // clamped
        QCOMPARE(m_replay->speed(), ReplayController::maximumSpeed);
        QSignalSpy playing(m_replay.get(), &ReplayController::playingChanged);
        m_replay->play();
        QVERIFY(m_replay->isPlaying());
        // 47 bars at 1,000 bars a second: the end within a fraction of a second, then a pause.
        QTRY_COMPARE_WITH_TIMEOUT(m_replay->time(), m_replay->endTime(), 5000);
        QTRY_VERIFY(!m_replay->isPlaying());
        QCOMPARE(playing.count(), 2);
    }

    void stopShowsTheWholeSessionAgain()
    {
        m_replay->start(kStart + 5 * kHour);
        QCOMPARE(m_session->candles()->rowCount(), 5);
        QSignalSpy active(m_replay.get(), &ReplayController::activeChanged);
        m_replay->stop();
        QCOMPARE(active.count(), 1);
        QVERIFY(!m_session->isReplaying());
        QCOMPARE(m_session->candles()->rowCount(), 48);
        QVERIFY(m_replay->events().empty());
    }

private:
    std::unique_ptr<SessionModel> m_session;
    std::unique_ptr<ReplayController> m_replay;
};

QTEST_GUILESS_MAIN(TestReplayController)
#include "tst_replay_controller.moc"

#include "ReplayController.h"

#include "replay/ReplayEvents.h"
#include "SessionModel.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
// One screen frame: playing faster than 60 bars a second moves several bars per repaint.
constexpr int kFrameMs = 16;
} // namespace

ReplayController::ReplayController(SessionModel *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayController::advance);
    connect(m_session, &SessionModel::replayTimeChanged, this, &ReplayController::timeChanged);
    connect(m_session, &SessionModel::intervalChanged, this, [this] {
        if (isActive())
            findEvents();
    });
    connect(m_session, &SessionModel::analysisParamsChanged, this, [this] {
        if (isActive())
            findEvents();
    });
    connect(m_session, &SessionModel::marketDataChanged, this, [this] {
        if (isActive())
            findEvents();
    });
}

bool ReplayController::isActive() const
{
    return m_session->isReplaying();
}

qint64 ReplayController::time() const
{
    return m_session->replayTime();
}

qint64 ReplayController::barMs() const
{
    return m_session->interval().ms();
}

qint64 ReplayController::startTime() const
{
    const TimeRange span = m_session->span();
    return span.isEmpty() ? 0 : m_session->interval().floor(span.from) + barMs();
}

qint64 ReplayController::endTime() const
{
    return m_session->span().to;
}

void ReplayController::start(qint64 t)
{
    if (!m_session->hasData())
        return;
    const bool wasActive = isActive();
    m_session->startReplay(std::clamp(t > 0 ? t : startTime(), startTime(), endTime()));
    findEvents();
    if (!wasActive)
        emit activeChanged(true);
}

void ReplayController::stop()
{
    if (!isActive())
        return;
    pause();
    m_session->stopReplay();
    m_events.clear();
    emit eventsChanged();
    emit activeChanged(false);
}

void ReplayController::play()
{
    if (!isActive() || isPlaying())
        return;
    if (time() >= endTime())
        seek(startTime());
    m_pendingBars = 0.0;
    m_clock.start();
    m_timer.start(std::max(kFrameMs, int(1000.0 / m_speed)));
    emit playingChanged(true);
}

void ReplayController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void ReplayController::togglePlaying()
{
    isPlaying() ? pause() : play();
}

void ReplayController::setSpeed(double barsPerSecond)
{
    const double speed = std::clamp(barsPerSecond, minimumSpeed, maximumSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    if (isPlaying())
        m_timer.setInterval(std::max(kFrameMs, int(1000.0 / m_speed)));
    emit speedChanged(m_speed);
}

void ReplayController::advance()
{
    // Bars owed by the wall clock since the last tick, so the speed holds whatever a frame costs.
    m_pendingBars += m_clock.restart() / 1000.0 * m_speed;
    const auto bars = qint64(std::floor(m_pendingBars));
    if (bars <= 0)
        return;
    m_pendingBars -= double(bars);
    const qint64 target = m_session->interval().floor(time()) + bars * barMs();
    seek(target);
    if (time() >= endTime())
        pause();
}

void ReplayController::stepForward()
{
    if (isActive())
        seek(m_session->replayEngine()->nextBarTime(time()));
}

void ReplayController::stepBack()
{
    if (isActive())
        seek(m_session->replayEngine()->previousBarTime(time()));
}

void ReplayController::seek(qint64 t)
{
    if (!isActive())
        return;
    m_session->setReplayTime(std::clamp(t, startTime(), endTime()));
}

bool ReplayController::nextEvent()
{
    const ReplayEvent *event = ReplayEvents::after(m_events, time());
    if (event)
        seek(event->time);
    return event != nullptr;
}

bool ReplayController::previousEvent()
{
    const ReplayEvent *event = ReplayEvents::before(m_events, time());
    if (event)
        seek(event->time);
    return event != nullptr;
}

void ReplayController::findEvents()
{
    m_events =
        ReplayEvents::find(m_session->marketData(), m_session->interval(), m_session->analysisParams());
    emit eventsChanged();
}

} // namespace cascade

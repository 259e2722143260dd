#pragma once

#include "replay/ReplayEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace cascade {

class SessionModel;

// Drives a session's replay: play and pause at a speed in bars per second, step one bar, jump to
// the previous or next notable event, scrub to any time. The session model applies the time;
// this class only decides which time comes next.
class ReplayController : public QObject
{
    Q_OBJECT

public:
    static constexpr double minimumSpeed = 1.0; // bars per second
    static constexpr double maximumSpeed = 1000.0;

    explicit ReplayController(SessionModel *session, QObject *parent = nullptr);

    bool isActive() const;
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    qint64 time() const;
    // The session's first and last bar closes: where the replay can go.
    qint64 startTime() const;
    qint64 endTime() const;
    const std::vector<ReplayEvent> &events() const { return m_events; }
    // One bar of the session's interval: the scrubber's and the step's unit.
    qint64 barMs() const;

    // Starts at `t` (default: the first bar's close); recomputes the notable events.
    void start(qint64 t = 0);
    void stop();
    void play();
    void pause();
    void togglePlaying();
    void setSpeed(double barsPerSecond);
    void stepForward();
    void stepBack();
    void seek(qint64 t);
    bool nextEvent();
    bool previousEvent();

signals:
    void activeChanged(bool active);
    void playingChanged(bool playing);
    void speedChanged(double barsPerSecond);
    void eventsChanged();
    void timeChanged(qint64 t);

private:
    void advance();
    void findEvents();

    SessionModel *m_session = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_speed = 10.0;
    double m_pendingBars = 0.0; // bars owed by the clock, carried between ticks
    std::vector<ReplayEvent> m_events;
};

} // namespace cascade

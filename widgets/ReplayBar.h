#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace cascade {

class ReplayController;

// The replay controls docked under the charts: start/stop, previous event, step back, play or
// pause, step forward, next event, a scrubber over the session's bars, the speed, and the replay
// clock in UTC, large enough to read from across a desk.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    enum class Glyph { PreviousEvent, StepBack, Play, Pause, StepForward, NextEvent };

    explicit ReplayBar(ReplayController *replay, QWidget *parent = nullptr);

    QLabel *clock() const { return m_clock; }
    QSlider *scrubber() const { return m_scrubber; }
    QComboBox *speedPicker() const { return m_speed; }

signals:
    void bookmarkRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintIcons();
    QToolButton *addButton(const QString &text, const QString &toolTip, const QString &name);
    void refresh();
    void onScrubbed(int bar);

    ReplayController *m_replay = nullptr;
    QToolButton *m_start = nullptr;
    QToolButton *m_play = nullptr;
    QList<QToolButton *> m_stepButtons;
    QSlider *m_scrubber = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_range = nullptr;
    QComboBox *m_speed = nullptr;
    bool m_updating = false;
};

} // namespace cascade

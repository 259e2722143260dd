#include "ReplayBar.h"

#include "market/TimeFormat.h"
#include "ReplayController.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSlider>
#include <QToolButton>

namespace cascade {

namespace {

constexpr int kSpeeds[] = {1, 2, 5, 10, 30, 100, 300, 1000};

// A media glyph on a 16 x 16 grid: triangles and bars.
QIcon glyphIcon(ReplayBar::Glyph glyph, const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const auto triangle = [&painter](double x, bool right) {
        const QPolygonF shape =
            right ? QPolygonF{{x, 3}, {x + 7, 8}, {x, 13}} : QPolygonF{{x + 7, 3}, {x, 8}, {x + 7, 13}};
        painter.drawPolygon(shape);
    };
    switch (glyph) {
    case ReplayBar::Glyph::Play:
        painter.drawPolygon(QPolygonF{{4, 2}, {13, 8}, {4, 14}});
        break;
    case ReplayBar::Glyph::Pause:
        painter.drawRect(QRectF(4, 3, 3, 10));
        painter.drawRect(QRectF(9, 3, 3, 10));
        break;
    case ReplayBar::Glyph::StepBack:
        painter.drawRect(QRectF(3, 3, 2, 10));
        triangle(6, false);
        break;
    case ReplayBar::Glyph::StepForward:
        triangle(4, true);
        painter.drawRect(QRectF(11, 3, 2, 10));
        break;
    case ReplayBar::Glyph::PreviousEvent:
        painter.drawRect(QRectF(1, 3, 2, 10));
        triangle(3, false);
        triangle(9, false);
        break;
    case ReplayBar::Glyph::NextEvent:
        triangle(1, true);
        triangle(7, true);
        painter.drawRect(QRectF(13, 3, 2, 10));
        break;
    }
    return QIcon(pixmap);
}

} // namespace

ReplayBar::ReplayBar(ReplayController *replay, QWidget *parent)
    : QWidget(parent)
    , m_replay(replay)
{
    // As tall as its controls: the panels above keep the height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_start = addButton(tr("Start replay"),
                        tr("Replay the session bar by bar, showing only what was known (Ctrl+R)"),
                        QStringLiteral("replayStart"));
    connect(m_start, &QToolButton::clicked, this,
            [this] { m_replay->isActive() ? m_replay->stop() : m_replay->start(); });
    layout->addWidget(m_start);

    // Icons drawn here in the palette's text colour: no font needs the glyphs, and they stay
    // visible on the dark theme (the style's media icons are dark grey).
    const struct
    {
        Glyph icon;
        QString tip, name;
        void (ReplayController::*slot)();
    } steps[] = {
        {Glyph::PreviousEvent, tr("Previous notable event (Ctrl+Left)"),
         QStringLiteral("replayPreviousEvent"), nullptr},
        {Glyph::StepBack, tr("Step back one bar (Left)"), QStringLiteral("replayStepBack"),
         &ReplayController::stepBack},
        {Glyph::Play, tr("Play or pause (Space)"), QStringLiteral("replayPlay"),
         &ReplayController::togglePlaying},
        {Glyph::StepForward, tr("Step forward one bar (Right)"), QStringLiteral("replayStepForward"),
         &ReplayController::stepForward},
        {Glyph::NextEvent, tr("Next notable event (Ctrl+Right)"), QStringLiteral("replayNextEvent"), nullptr},
    };
    for (const auto &step : steps) {
        QToolButton *button = addButton(QString(), step.tip, step.name);
        button->setProperty("glyph", int(step.icon));
        if (step.slot)
            connect(button, &QToolButton::clicked, m_replay, step.slot);
        layout->addWidget(button);
        m_stepButtons.append(button);
    }
    connect(m_stepButtons.front(), &QToolButton::clicked, m_replay, &ReplayController::previousEvent);
    connect(m_stepButtons.back(), &QToolButton::clicked, m_replay, &ReplayController::nextEvent);
    m_play = m_stepButtons[2];

    m_scrubber = new QSlider(Qt::Horizontal, this);
    m_scrubber->setObjectName(QStringLiteral("replayScrubber"));
    m_scrubber->setToolTip(tr("Drag to move the replay clock"));
    connect(m_scrubber, &QSlider::valueChanged, this, &ReplayBar::onScrubbed);
    layout->addWidget(m_scrubber, 1);

    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("replayRange"));
    layout->addWidget(m_range);

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("Replay speed"));
    for (int speed : kSpeeds)
        m_speed->addItem(tr("%n bar(s)/s", nullptr, speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(int(m_replay->speed())));
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { m_replay->setSpeed(m_speed->itemData(index).toDouble()); });
    layout->addWidget(m_speed);

    QToolButton *bookmark = addButton(tr("Bookmark"), tr("Bookmark the replay time with a note (Ctrl+B)"),
                                      QStringLiteral("replayBookmark"));
    connect(bookmark, &QToolButton::clicked, this, &ReplayBar::bookmarkRequested);
    layout->addWidget(bookmark);
    m_stepButtons.append(bookmark);

    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("replayClock"));
    QFont font = m_clock->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    font.setStyleHint(QFont::Monospace);
    font.setFamily(QStringLiteral("monospace"));
    m_clock->setFont(font);
    m_clock->setToolTip(tr("Replay clock (UTC): the panels show what was known at this moment"));
    layout->addWidget(m_clock);

    connect(m_replay, &ReplayController::activeChanged, this, &ReplayBar::refresh);
    connect(m_replay, &ReplayController::playingChanged, this, &ReplayBar::refresh);
    connect(m_replay, &ReplayController::speedChanged, this, &ReplayBar::refresh);
    connect(m_replay, &ReplayController::timeChanged, this, &ReplayBar::refresh);
    refresh();
}

QToolButton *ReplayBar::addButton(const QString &text, const QString &toolTip, const QString &name)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    return button;
}

void ReplayBar::refresh()
{
    m_updating = true;
    const bool active = m_replay->isActive();
    m_start->setText(active ? tr("Stop replay") : tr("Start replay"));
    for (QToolButton *button : std::as_const(m_stepButtons))
        button->setEnabled(active);
    m_scrubber->setEnabled(active);
    m_speed->setCurrentIndex(m_speed->findData(int(m_replay->speed())));
    m_play->setProperty("glyph", int(m_replay->isPlaying() ? Glyph::Pause : Glyph::Play));
    paintIcons();
    if (active) {
        const qint64 length = std::max<qint64>(m_replay->endTime() - m_replay->startTime(), 0);
        const qint64 barMs = std::max<qint64>(m_replay->barMs(), 1);
        m_scrubber->setRange(0, int(length / barMs));
        m_scrubber->setValue(int((m_replay->time() - m_replay->startTime()) / barMs));
        m_clock->setText(tr("%1 UTC").arg(TimeFormat::isoUtc(m_replay->time()).left(19).replace(u'T', u' ')));
        m_range->setText(tr("%1 – %2").arg(TimeFormat::shortUtc(m_replay->startTime()),
                                           TimeFormat::shortUtc(m_replay->endTime())));
    } else {
        m_scrubber->setRange(0, 0);
        m_clock->setText(tr("Live view"));
        m_range->clear();
    }
    m_updating = false;
}

void ReplayBar::paintIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    for (QToolButton *button : findChildren<QToolButton *>()) {
        const QVariant glyph = button->property("glyph");
        if (glyph.isValid())
            button->setIcon(glyphIcon(Glyph(glyph.toInt()), color));
    }
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        paintIcons();
    QWidget::changeEvent(event);
}

void ReplayBar::onScrubbed(int bar)
{
    if (m_updating || !m_replay->isActive())
        return;
    m_replay->seek(m_replay->startTime() + qint64(bar) * m_replay->barMs());
}

} // namespace cascade

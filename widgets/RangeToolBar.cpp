#include "RangeToolBar.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>

namespace cascade {

RangeToolBar::RangeToolBar(QWidget *parent) : QToolBar(tr("Time range"), parent)
{
    setObjectName(QStringLiteral("rangeToolbar"));
    struct Preset
    {
        const char *label;
        int hours;
    };
    static constexpr Preset presets[] = {{QT_TR_NOOP("24h"), 24},
                                         {QT_TR_NOOP("7d"), 24 * 7},
                                         {QT_TR_NOOP("30d"), 24 * 30},
                                         {QT_TR_NOOP("90d"), 24 * 90},
                                         {QT_TR_NOOP("All"), 0}};
    addWidget(label(tr("Range")));
    for (const Preset &preset : presets) {
        QAction *action = addAction(tr(preset.label));
        action->setToolTip(preset.hours ? tr("Show the last %1 of data").arg(tr(preset.label))
                                        : tr("Show all the data"));
        const int hours = preset.hours;
        connect(action, &QAction::triggered, this, [this, hours] { applyPreset(hours); });
    }
    addSeparator();
    m_from = makeEditor();
    m_to = makeEditor();
    addWidget(label(tr("From")));
    addWidget(m_from);
    addWidget(label(tr("to")));
    addWidget(m_to);
    addWidget(label(tr("UTC")));
}

QLabel *RangeToolBar::label(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setContentsMargins(6, 0, 6, 0); // spacing in the layout, so translations carry no spaces
    return label;
}

QDateTimeEdit *RangeToolBar::makeEditor()
{
    auto *editor = new QDateTimeEdit(this);
    editor->setTimeSpec(Qt::UTC);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    editor->setCalendarPopup(true);
    connect(editor, &QDateTimeEdit::editingFinished, this, &RangeToolBar::emitEdited);
    return editor;
}

void RangeToolBar::setDataSpan(const TimeRange &span)
{
    m_span = span;
}

void RangeToolBar::showRange(qint64 fromMs, qint64 toMs)
{
    m_updating = true;
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    m_updating = false;
}

void RangeToolBar::applyPreset(int hours)
{
    if (m_span.isEmpty())
        return;
    const qint64 from = hours > 0 ? std::max(m_span.from, m_span.to - qint64(hours) * 3'600'000) : m_span.from;
    emit rangeRequested(from, m_span.to);
}

void RangeToolBar::emitEdited()
{
    if (m_updating)
        return;
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch();
    if (to > from)
        emit rangeRequested(from, to);
}

} // namespace cascade

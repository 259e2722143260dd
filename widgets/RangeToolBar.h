#pragma once

#include "market/TimeRange.h"

#include <QToolBar>

class QDateTimeEdit;
class QLabel;

namespace cascade {

// The visible time range: presets (24h, 7d, 30d, 90d, all, counted back from the end of the
// data) and UTC from/to editors that show, and can set, what the charts show.
class RangeToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit RangeToolBar(QWidget *parent = nullptr);

    // The whole session: presets count back from its end.
    void setDataSpan(const TimeRange &span);
    // Mirrors the charts' visible range in the editors (no signal).
    void showRange(qint64 fromMs, qint64 toMs);
    // Applies a preset by its hours (0 = all data); emits rangeRequested.
    void applyPreset(int hours);

signals:
    void rangeRequested(qint64 fromMs, qint64 toMs);

private:
    QLabel *label(const QString &text);
    QDateTimeEdit *makeEditor();
    void emitEdited();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    TimeRange m_span;
    bool m_updating = false;
};

} // namespace cascade

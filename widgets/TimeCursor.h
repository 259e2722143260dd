#pragma once

#include "ChartTheme.h"

#include <QString>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;

namespace cascade {

// The shared crosshair's share in a time panel (heatmap, imbalance): a vertical line at the time
// under the cursor, wherever the cursor is, and a readout of what this panel holds there. Draws on
// a buffered layer of its own, so moving it replots that layer alone.
class TimeCursor
{
public:
    TimeCursor(QCustomPlot *plot, QCPAxisRect *rect);

    void setTheme(const ChartTheme &theme);
    void show(qint64 timeMs, const QString &readout);
    void hide();
    bool isVisible() const;
    qint64 time() const { return m_time; }
    QString readout() const;

private:
    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_rect = nullptr;
    QCPItemStraightLine *m_line = nullptr;
    QCPItemText *m_text = nullptr;
    qint64 m_time = 0;
};

} // namespace cascade

#pragma once

#include "ChartTheme.h"
#include "market/TimeRange.h"

#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPItemRect;
class QCPItemText;

namespace cascade {

// Stretches of time the store does not cover, hatched across a panel and labelled "no data", so
// a hole in the history is never mistaken for a quiet market.
class CoverageGaps
{
public:
    CoverageGaps(QCustomPlot *plot, QCPAxis *time, QCPAxis *value);

    void setGaps(const std::vector<TimeRange> &gaps);
    void setTheme(const ChartTheme &theme);
    int count() const { return int(m_items.size()); }

private:
    struct Item
    {
        QCPItemRect *rect = nullptr;
        QCPItemText *label = nullptr;
    };
    QCustomPlot *m_plot = nullptr;
    QCPAxis *m_time = nullptr;
    QCPAxis *m_value = nullptr;
    std::vector<Item> m_items;
    ChartTheme m_theme = ChartTheme::dark();
};

} // namespace cascade

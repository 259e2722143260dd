#pragma once

#include "ChartTheme.h"

#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPItemRect;
class QCPItemText;

namespace cascade {

class ZonesModel;

// Support and resistance zones as translucent horizontal bands across the candles, each
// labelled with its rank and score at the right edge.
class ZoneBands
{
public:
    ZoneBands(QCustomPlot *plot, QCPAxis *time, QCPAxis *price);

    void setModel(const ZonesModel *model);
    void reload();
    void setTheme(const ChartTheme &theme);
    void setVisible(bool visible);
    int bandCount() const { return int(m_bands.size()); }

private:
    struct Band
    {
        QCPItemRect *rect = nullptr;
        QCPItemText *label = nullptr;
        bool support = true;
    };
    void clear();

    QCustomPlot *m_plot = nullptr;
    QCPAxis *m_time = nullptr;
    QCPAxis *m_price = nullptr;
    const ZonesModel *m_model = nullptr;
    std::vector<Band> m_bands;
    ChartTheme m_theme = ChartTheme::dark();
    bool m_visible = true;
};

} // namespace cascade

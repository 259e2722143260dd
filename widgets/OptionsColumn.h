#pragma once

#include "ChartTheme.h"

#include <QCoreApplication>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPItemText;
class QCPItemStraightLine;
class QCPAxis;

namespace cascade {

class OptionsStrikeModel;

// Options open interest by strike as a column on the price axis: puts to the left, calls to the
// right, in contracts; plus the put wall, call wall and front-expiry max pain drawn as labelled
// lines across the candles, so walls and liquidation clusters read on one axis.
class OptionsColumn
{
    Q_DECLARE_TR_FUNCTIONS(OptionsColumn)

public:
    OptionsColumn(QCustomPlot *plot, QCPAxisRect *rect, QCPAxis *chartTime, QCPAxis *chartPrice);

    void setModel(const OptionsStrikeModel *model);
    void reload();
    void setTheme(const ChartTheme &theme);
    QCPAxisRect *rect() const { return m_rect; }
    QCPBars *puts() const { return m_puts; }
    QCPBars *calls() const { return m_calls; }
    // The price of each labelled line (NaN when absent): put wall, call wall, max pain.
    double putWall() const { return m_putWallPrice; }
    double callWall() const { return m_callWallPrice; }
    double maxPain() const { return m_maxPainPrice; }

private:
    struct Line
    {
        QCPItemStraightLine *line = nullptr;
        QCPItemText *label = nullptr;
    };
    Line makeLine(QCPAxis *time, QCPAxis *price);
    void placeLine(Line &line, double price, const QString &text);

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_rect = nullptr;
    QCPBars *m_puts = nullptr;
    QCPBars *m_calls = nullptr;
    QCPItemText *m_title = nullptr;
    Line m_putWall;
    Line m_callWall;
    Line m_maxPain;
    double m_putWallPrice = 0;
    double m_callWallPrice = 0;
    double m_maxPainPrice = 0;
    const OptionsStrikeModel *m_model = nullptr;
};

} // namespace cascade

#pragma once

#include "CandleLevelOfDetail.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;

namespace cascade {

// The price chart's crosshair: lines through the price and volume panels, a price tag on the
// price axis and a readout naming the bar under the cursor. Lives on a buffered layer of its own,
// so following the mouse replots that layer alone.
class ChartCrosshair
{
    Q_DECLARE_TR_FUNCTIONS(ChartCrosshair)

public:
    ChartCrosshair(QCustomPlot *plot, QCPAxisRect *priceRect, QCPAxisRect *volumeRect, const QString &layer);

    void setTheme(const ChartTheme &theme);
    // Moves to a pixel; returns false (and hides) when it is outside both panels or nothing is drawn.
    bool moveTo(const QPointF &pixel, const CandleLevelOfDetail::Level *level);
    void hide();
    qint64 time() const { return m_time; }
    double price() const { return m_price; }
    QString readoutText() const;

    // "2025-10-10 21:00 UTC · 1h / O ... / Longs liquidated ...": the bar containing t.
    static QString describe(const CandleLevelOfDetail::Level &level, qint64 t);

private:
    QCPItemStraightLine *makeLine(QCPAxisRect *rect);
    void replot();

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_priceRect = nullptr;
    QCPAxisRect *m_volumeRect = nullptr;
    QString m_layer;
    QCPItemStraightLine *m_vertical = nullptr;
    QCPItemStraightLine *m_horizontal = nullptr;
    QCPItemStraightLine *m_volumeVertical = nullptr;
    QCPItemText *m_priceTag = nullptr;
    QCPItemText *m_readout = nullptr;
    qint64 m_time = 0;
    double m_price = 0.0;
};

} // namespace cascade

#pragma once

#include "QCustomPlotInclude.h"

#include <vector>

namespace cascade {

// Realized liquidations drawn as circles beside the candles: long liquidations below the bar's
// low, short liquidations above its high, area proportional to notional. A plottable of its own
// because QCPGraph scatters cannot size each point.
class LiquidationBubbles : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    struct Bar
    {
        double key = 0.0; // bar centre, seconds since epoch (QCustomPlot's time unit)
        double low = 0.0;
        double high = 0.0;
        double longUsd = 0.0;
        double shortUsd = 0.0;
    };

    LiquidationBubbles(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // Bars sorted by key. scaleUsd is the notional that gets the largest circle.
    void setBars(std::vector<Bar> bars, double scaleUsd);
    void setColors(const QColor &longColor, const QColor &shortColor);
    void setRadiusRange(double minPx, double maxPx);
    const std::vector<Bar> &bars() const { return m_bars; }
    // Circle radius in pixels for a notional (0 when too small to draw).
    double radiusFor(double usd) const;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    void drawBubble(QCPPainter *painter, const QPointF &anchor, double radius, double direction,
                    const QColor &color) const;

    std::vector<Bar> m_bars;
    double m_scaleUsd = 1.0;
    QColor m_longColor = Qt::red;
    QColor m_shortColor = Qt::blue;
    double m_minRadius = 2.0;
    double m_maxRadius = 16.0;
};

} // namespace cascade

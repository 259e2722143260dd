#include "LiquidationBubbles.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {
constexpr double kGapPx = 3.0; // space between the candle's wick and the circle
}

LiquidationBubbles::LiquidationBubbles(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
}

void LiquidationBubbles::setBars(std::vector<Bar> bars, double scaleUsd)
{
    m_bars = std::move(bars);
    m_scaleUsd = scaleUsd > 0 ? scaleUsd : 1.0;
}

void LiquidationBubbles::setColors(const QColor &longColor, const QColor &shortColor)
{
    m_longColor = longColor;
    m_shortColor = shortColor;
}

void LiquidationBubbles::setRadiusRange(double minPx, double maxPx)
{
    m_minRadius = minPx;
    m_maxRadius = maxPx;
}

double LiquidationBubbles::radiusFor(double usd) const
{
    if (usd <= 0)
        return 0.0;
    // Area, not radius, proportional to notional: the eye compares areas.
    const double fraction = std::sqrt(std::min(usd / m_scaleUsd, 1.0));
    const double radius = m_maxRadius * fraction;
    return radius < m_minRadius * 0.5 ? 0.0 : std::max(radius, m_minRadius);
}

double LiquidationBubbles::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;
}

QCPRange LiquidationBubbles::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_bars.empty();
    if (!foundRange)
        return {};
    return {m_bars.front().key, m_bars.back().key};
}

QCPRange LiquidationBubbles::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    // The circles sit outside the candles in pixel space; they never widen the value range.
    foundRange = false;
    return {};
}

void LiquidationBubbles::draw(QCPPainter *painter)
{
    if (m_bars.empty() || !mKeyAxis || !mValueAxis)
        return;
    const QCPRange visible = mKeyAxis->range();
    auto first = std::lower_bound(m_bars.begin(), m_bars.end(), visible.lower,
                                  [](const Bar &b, double key) { return b.key < key; });
    auto last = std::upper_bound(first, m_bars.end(), visible.upper,
                                 [](double key, const Bar &b) { return key < b.key; });
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool valueReversed = mValueAxis->rangeReversed();
    const double down = valueReversed ? -1.0 : 1.0; // pixel direction of "below"
    for (auto it = first; it != last; ++it) {
        const double x = mKeyAxis->coordToPixel(it->key);
        if (const double r = radiusFor(it->longUsd); r > 0)
            drawBubble(painter, QPointF(x, mValueAxis->coordToPixel(it->low)), r, down, m_longColor);
        if (const double r = radiusFor(it->shortUsd); r > 0)
            drawBubble(painter, QPointF(x, mValueAxis->coordToPixel(it->high)), r, -down, m_shortColor);
    }
}

void LiquidationBubbles::drawBubble(QCPPainter *painter, const QPointF &anchor, double radius, double direction,
                                    const QColor &color) const
{
    QColor fill = color;
    fill.setAlpha(110);
    painter->setPen(QPen(color, 1.0));
    painter->setBrush(fill);
    const QPointF centre(anchor.x(), anchor.y() + direction * (radius + kGapPx));
    painter->drawEllipse(centre, radius, radius);
}

void LiquidationBubbles::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    const double r = std::min(rect.width(), rect.height()) / 4.0;
    painter->setPen(QPen(m_longColor));
    painter->setBrush(m_longColor);
    painter->drawEllipse(QPointF(rect.center().x() - r, rect.center().y()), r, r);
    painter->setPen(QPen(m_shortColor));
    painter->setBrush(m_shortColor);
    painter->drawEllipse(QPointF(rect.center().x() + r, rect.center().y()), r, r);
}

} // namespace cascade

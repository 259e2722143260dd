#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;

namespace cascade {

// Colours of one theme, applied to every chart the same way. Dark is the default, as analysts expect.
struct ChartTheme
{
    enum class Kind { Dark, Light };

    Kind kind = Kind::Dark;
    QColor background;
    QColor panel;
    QColor grid;
    QColor text;
    QColor mutedText;
    QColor axis;
    QColor up;
    QColor down;
    QColor longLiquidated;  // longs forced out: the selling side of a cascade
    QColor shortLiquidated; // shorts forced out: the buying side
    QColor crosshair;
    QColor watermark;

    static ChartTheme dark();
    static ChartTheme light();
    static ChartTheme byName(const QString &name); // "dark" or "light"

    // Fusion style with this theme's palette, so window chrome matches the charts.
    void applyToApplication() const;
    // The window palette of the theme (what applyToApplication installs): exports drawn in a
    // theme other than the application's set it on their own widgets.
    QPalette palette() const;
    void applyTo(QCustomPlot *plot) const;
    void applyTo(QCPAxisRect *rect) const;
    void applyTo(QCPAxis *axis) const;
};

} // namespace cascade

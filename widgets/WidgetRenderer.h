#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace cascade {

// Draws a widget tree into an image of an exact size, as the screen would show it. Used for
// headless rendering (offscreen platform) and exports, so both match the GUI pixel for pixel.
class WidgetRenderer
{
public:
    // PNG compression for every exported image, chosen by bench_workspace's dashboardPng: Qt
    // quality 40 encodes a 1920x1080 dashboard in ~72 ms CPU at 2% more bytes than the smallest
    // setting (0), which takes ~324 ms.
    static constexpr int kPngQuality = 40;

    // `footer`: a line drawn at the bottom right saying what the image shows and how it was made.
    static QImage render(QWidget *widget, const QSize &size, double scale = 1.0, const QString &footer = {});
    // A widget on screen as it is now (no resize), at the screen's device pixel ratio, with the
    // footer strip under it: Edit > Copy image of the live dashboard.
    static QImage capture(QWidget *widget, const QString &footer);

private:
    static void drawFooter(QImage &image, const QString &footer, const QColor &colour);
};

} // namespace cascade

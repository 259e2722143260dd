#pragma once

#include <QImage>
#include <QSize>

class QWidget;

namespace cascade {

// Draws a widget tree into an image of an exact size, as the screen would show it. Used for
// headless rendering (offscreen platform) and exports, so both match the GUI pixel for pixel.
class WidgetRenderer
{
public:
    static QImage render(QWidget *widget, const QSize &size);
};

} // namespace cascade

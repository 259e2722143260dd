#include "WidgetRenderer.h"

#include <QApplication>
#include <QWidget>

namespace cascade {

QImage WidgetRenderer::render(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    // A widget that was never shown keeps default geometry in its children (QCustomPlot keeps a
    // 640x480 viewport): show it so layouts and plots take the requested size.
    widget->setAttribute(Qt::WA_DontShowOnScreen, true);
    widget->show();
    QApplication::processEvents();
    widget->resize(size);
    QApplication::processEvents();
    QImage image(size, QImage::Format_RGB32);
    widget->render(&image);
    return image;
}

} // namespace cascade

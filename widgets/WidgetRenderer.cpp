#include "WidgetRenderer.h"

#include <QApplication>
#include <QPainter>
#include <QWidget>

namespace cascade {

namespace {
constexpr int kFooterHeight = 18;
}

QImage WidgetRenderer::render(QWidget *widget, const QSize &imageSize, double scale, const QString &footer)
{
    // The footer gets a strip of its own under the widget, so it never covers an axis.
    const QSize size = footer.isEmpty() ? imageSize : QSize(imageSize.width(), imageSize.height() - kFooterHeight);
    widget->resize(size);
    // A widget that was never shown keeps default geometry in its children (QCustomPlot keeps a
    // 640x480 viewport): show it so layouts and plots take the requested size.
    widget->setAttribute(Qt::WA_DontShowOnScreen, true);
    widget->show();
    QApplication::processEvents();
    widget->resize(size);
    QApplication::processEvents();
    // Drawn at `scale` device pixels per pixel: a 2x image is sharp on high-DPI screens and prints.
    QImage image(imageSize * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().window().color());
    widget->render(&image);
    if (!footer.isEmpty())
        drawFooter(image, footer, widget->palette().color(QPalette::PlaceholderText));
    return image;
}

QImage WidgetRenderer::capture(QWidget *widget, const QString &footer)
{
    const double scale = widget->devicePixelRatioF();
    const QSize size = widget->size() + QSize(0, footer.isEmpty() ? 0 : kFooterHeight);
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().window().color());
    widget->render(&image);
    if (!footer.isEmpty())
        drawFooter(image, footer, widget->palette().color(QPalette::PlaceholderText));
    return image;
}

void WidgetRenderer::drawFooter(QImage &image, const QString &footer, const QColor &colour)
{
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const QRect area(QPoint(0, 0), image.deviceIndependentSize().toSize());
    const QRect strip(0, area.bottom() + 1 - kFooterHeight, area.width(), kFooterHeight);
    painter.setPen(colour);
    painter.drawText(strip.adjusted(8, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, footer);
}

} // namespace cascade

#include "ChartTheme.h"

#include "QCustomPlotInclude.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace cascade {

ChartTheme ChartTheme::dark()
{
    ChartTheme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x13, 0x17, 0x22);
    t.panel = QColor(0x1b, 0x20, 0x2d);
    t.grid = QColor(0x2a, 0x2e, 0x39);
    t.text = QColor(0xd1, 0xd4, 0xdc);
    t.mutedText = QColor(0x86, 0x8c, 0x99);
    t.axis = QColor(0x43, 0x48, 0x55);
    t.up = QColor(0x26, 0xa6, 0x9a);
    t.down = QColor(0xef, 0x53, 0x50);
    t.longLiquidated = QColor(0xff, 0x8a, 0x3d);
    t.shortLiquidated = QColor(0x3d, 0xa5, 0xff);
    t.crosshair = QColor(0x9a, 0xa0, 0xac);
    t.watermark = QColor(0xd1, 0xd4, 0xdc, 0x1c);
    return t;
}

ChartTheme ChartTheme::light()
{
    ChartTheme t;
    t.kind = Kind::Light;
    t.background = QColor(0xff, 0xff, 0xff);
    t.panel = QColor(0xf4, 0xf5, 0xf7);
    t.grid = QColor(0xe6, 0xe8, 0xec);
    t.text = QColor(0x1e, 0x22, 0x2d);
    t.mutedText = QColor(0x6a, 0x70, 0x7c);
    t.axis = QColor(0xb2, 0xb5, 0xbe);
    t.up = QColor(0x08, 0x99, 0x81);
    t.down = QColor(0xf2, 0x36, 0x45);
    t.longLiquidated = QColor(0xe8, 0x6a, 0x10);
    t.shortLiquidated = QColor(0x1e, 0x6f, 0xd9);
    t.crosshair = QColor(0x6a, 0x70, 0x7c);
    t.watermark = QColor(0x1e, 0x22, 0x2d, 0x1c);
    return t;
}

ChartTheme ChartTheme::byName(const QString &name)
{
    return name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0 ? light() : dark();
}

void ChartTheme::applyToApplication() const
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette());
}

QPalette ChartTheme::palette() const
{
    QPalette palette;
    palette.setColor(QPalette::Window, panel);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::AlternateBase, panel);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, panel);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, panel);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, mutedText);
    palette.setColor(QPalette::Highlight, QColor(0x29, 0x62, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, grid);
    palette.setColor(QPalette::Dark, background);
    palette.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    return palette;
}

void ChartTheme::applyTo(QCustomPlot *plot) const
{
    plot->setBackground(background);
    for (QCPAxisRect *rect : plot->axisRects())
        applyTo(rect);
}

void ChartTheme::applyTo(QCPAxisRect *rect) const
{
    rect->setBackground(background);
    for (QCPAxis *axis : rect->axes())
        applyTo(axis);
}

void ChartTheme::applyTo(QCPAxis *axis) const
{
    axis->setBasePen(QPen(this->axis));
    axis->setTickPen(QPen(this->axis));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(mutedText);
    axis->setLabelColor(mutedText);
    axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace cascade

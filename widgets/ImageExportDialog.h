#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cascade {

// File > Export image…: which panel (or the whole dashboard), its size, scale and theme, and the
// PNG to write. It only describes the image; accepting emits `requested` and app/ draws it.
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString view =
            QStringLiteral("dashboard"); // price, heatmap, map, options, imbalance, zones, dashboard
        QSize size{1920, 1080};          // logical pixels
        int scale = 1;                   // 1 or 2: the PNG has size x scale pixels
        QString theme = QStringLiteral("dark");
        QString path;
    };

    explicit ImageExportDialog(const Choice &initial, QWidget *parent = nullptr);

    Choice choice() const;
    QString problem() const;
    void accept() override;

signals:
    void requested(const cascade::ImageExportDialog::Choice &choice);

private:
    void browse();
    void updatePixels();

    QComboBox *m_view = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_pixels = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cascade

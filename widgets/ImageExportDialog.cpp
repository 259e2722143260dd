#include "ImageExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cascade {

namespace {
QSpinBox *pixelBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(200, 8192);
    box->setSingleStep(10);
    box->setSuffix(QStringLiteral(" px"));
    box->setValue(value);
    return box;
}
} // namespace

ImageExportDialog::ImageExportDialog(const Choice &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export image"));
    setObjectName(QStringLiteral("imageExportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("imageView"));
    const std::pair<QString, QString> views[] = {
        {QStringLiteral("dashboard"), tr("Whole dashboard")},
        {QStringLiteral("price"), tr("Price chart")},
        {QStringLiteral("heatmap"), tr("Liquidation heatmap")},
        {QStringLiteral("map"), tr("Liquidation map (beside the candles)")},
        {QStringLiteral("options"), tr("Options open interest (beside the candles)")},
        {QStringLiteral("imbalance"), tr("Long/short imbalance")},
        {QStringLiteral("zones"), tr("Zones and summary")}};
    for (const auto &[name, label] : views)
        m_view->addItem(label, name);
    m_view->setCurrentIndex(std::max(0, m_view->findData(initial.view)));
    form->addRow(tr("&Panel"), m_view);

    auto *sizeRow = new QHBoxLayout;
    m_width = pixelBox(initial.size.width(), this);
    m_width->setObjectName(QStringLiteral("imageWidth"));
    m_height = pixelBox(initial.size.height(), this);
    m_height->setObjectName(QStringLiteral("imageHeight"));
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *sizeLabel = new QLabel(tr("&Size"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("imageScale"));
    m_scale->addItem(tr("1x"), 1);
    m_scale->addItem(tr("2x (high-DPI screens, print)"), 2);
    m_scale->setCurrentIndex(initial.scale == 2 ? 1 : 0);
    form->addRow(tr("S&cale"), m_scale);
    m_pixels = new QLabel(this);
    m_pixels->setObjectName(QStringLiteral("imagePixels"));
    form->addRow(QString(), m_pixels);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("imageTheme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(initial.theme)));
    form->addRow(tr("&Theme"), m_theme);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(initial.path, this);
    m_path->setObjectName(QStringLiteral("imagePath"));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    auto *note = new QLabel(tr("The image shows the time range now on screen, with a footer line naming the "
                               "series, the range and the Cascade version."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("imageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #e57373; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImageExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImageExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ImageExportDialog::browse);
    connect(m_width, &QSpinBox::valueChanged, this, &ImageExportDialog::updatePixels);
    connect(m_height, &QSpinBox::valueChanged, this, &ImageExportDialog::updatePixels);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ImageExportDialog::updatePixels);
    updatePixels();
}

ImageExportDialog::Choice ImageExportDialog::choice() const
{
    Choice c;
    c.view = m_view->currentData().toString();
    c.size = QSize(m_width->value(), m_height->value());
    c.scale = m_scale->currentData().toInt();
    c.theme = m_theme->currentData().toString();
    c.path = m_path->text().trimmed();
    return c;
}

QString ImageExportDialog::problem() const
{
    const QString path = choice().path;
    if (path.isEmpty())
        return tr("Choose the PNG file to write.");
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return tr("%1: the file name must end in .png.").arg(path);
    return {};
}

void ImageExportDialog::accept()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    emit requested(choice());
    QDialog::accept();
}

void ImageExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export image"), m_path->text(), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImageExportDialog::updatePixels()
{
    const Choice c = choice();
    m_pixels->setText(
        tr("The PNG will be %1 × %2 pixels.").arg(c.size.width() * c.scale).arg(c.size.height() * c.scale));
}

} // namespace cascade

#include "ReportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cascade {

ReportDialog::ReportDialog(const Choice &initial, const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("reportWhat"));
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("A new folder with the dashboard and panel images, their CSVs, report.json and "
                      "report.pdf: the files `cascade report` writes for the same range."),
                   this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(initial.folder, this);
    m_folder->setObjectName(QStringLiteral("reportFolder"));
    m_folder->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&New folder"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("reportPage"));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->setCurrentIndex(m_page->findData(int(initial.pageSize)));
    form->addRow(tr("PDF &page"), m_page);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("reportTheme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(initial.theme)));
    form->addRow(tr("&Theme"), m_theme);

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("reportScale"));
    m_scale->addItem(tr("1x (1920 × 1080)"), 1);
    m_scale->addItem(tr("2x for high-DPI screens and print (3840 × 2160)"), 2);
    m_scale->setCurrentIndex(initial.scale == 2 ? 1 : 0);
    form->addRow(tr("Image &scale"), m_scale);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #e57373; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
}

ReportDialog::Choice ReportDialog::choice() const
{
    Choice c;
    c.folder = m_folder->text().trimmed();
    c.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    c.theme = m_theme->currentData().toString();
    c.scale = m_scale->currentData().toInt();
    return c;
}

QString ReportDialog::problem() const
{
    const QString folder = choice().folder;
    if (folder.isEmpty())
        return tr("Choose the folder to create for the report.");
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return tr("%1 already holds files: choose a new folder, so nothing is overwritten.").arg(folder);
    return {};
}

void ReportDialog::accept()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    emit requested(choice());
    QDialog::accept();
}

void ReportDialog::browse()
{
    // A parent folder is picked; the report gets a new folder inside it named after the current one.
    const QFileInfo current(m_folder->text());
    const QString parentDir =
        QFileDialog::getExistingDirectory(this, tr("Folder to create the report in"), current.absolutePath());
    if (!parentDir.isEmpty())
        m_folder->setText(QDir(parentDir).filePath(
            current.fileName().isEmpty() ? QStringLiteral("cascade-report") : current.fileName()));
}

} // namespace cascade

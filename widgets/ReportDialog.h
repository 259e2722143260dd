#pragma once

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cascade {

// File > Export report…: where the bundle goes and how it looks (PDF page, theme, image scale).
// It only describes the report; accepting a valid form emits `requested` and app/ writes it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString folder;                                 // to be created (or empty)
        QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or Letter
        QString theme = QStringLiteral("dark");
        int scale = 1; // 1 or 2
    };

    // `what`: one line naming the session and range the report covers.
    ReportDialog(const Choice &initial, const QString &what, QWidget *parent = nullptr);

    Choice choice() const;
    // Why the form cannot be accepted (no folder, a non-empty folder), or empty.
    QString problem() const;
    void accept() override;

signals:
    void requested(const cascade::ReportDialog::Choice &choice);

private:
    void browse();

    QLineEdit *m_folder = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_scale = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cascade

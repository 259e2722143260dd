#pragma once

#include <QFrame>

class QLabel;

namespace cascade {

// A non-blocking message strip above the charts: errors stay readable in full until dismissed,
// never a modal box and never a silent empty chart.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace cascade

#include "FetchProgressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace cascade {

FetchProgressBar::FetchProgressBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fetchProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("fetchProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(14);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fetchProgressText"));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("fetchCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(
        tr("Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them."));
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &FetchProgressBar::onCancel);
    hide();
}

QString FetchProgressBar::describe(const FetchProgress &progress)
{
    //: %1 requests done of %2 planned; %3 is "N row(s)"
    return tr("%1 / %2 requests · %3")
        .arg(QLocale().toString(progress.requestsDone), QLocale().toString(progress.requestsPlanned),
             tr("%Ln row(s)", nullptr, int(std::min<qint64>(progress.rowsReceived, INT_MAX))));
}

void FetchProgressBar::begin(const QString &title)
{
    m_title = title;
    m_bar->setRange(0, 0); // busy until the plan is known
    m_text->setText(tr("%1: planning…").arg(title));
    m_text->setToolTip({});
    m_cancel->setEnabled(true);
    show();
}

void FetchProgressBar::setProgress(const FetchProgress &progress)
{
    m_bar->setRange(0, std::max(progress.requestsPlanned, 1));
    m_bar->setValue(progress.requestsPlanned > 0 ? progress.requestsDone : 0);
    if (m_cancel->isEnabled())
        m_text->setText(m_title.isEmpty() ? describe(progress)
                                          : tr("%1: %2").arg(m_title, describe(progress)));
    m_text->setToolTip(progress.current);
}

void FetchProgressBar::end()
{
    hide();
}

void FetchProgressBar::onCancel()
{
    m_cancel->setEnabled(false);
    m_text->setText(tr("%1: cancelling…").arg(m_title));
    emit cancelRequested();
}

QString FetchProgressBar::text() const
{
    return m_text->text();
}

int FetchProgressBar::value() const
{
    return m_bar->value();
}

int FetchProgressBar::maximum() const
{
    return m_bar->maximum();
}

} // namespace cascade

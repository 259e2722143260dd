#pragma once

#include "sources/FetchProgress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cascade {

// A running fetch at a glance: a bar of requests done out of planned, "12 / 40 requests ·
// 18,000 rows" and a Cancel button. Hidden while nothing runs. It only shows and asks:
// `cancelRequested` is for app/ to act on.
class FetchProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit FetchProgressBar(QWidget *parent = nullptr);

    // Shows the bar for a new fetch (nothing planned yet) described by `title` ("binance BTCUSDT").
    void begin(const QString &title);
    void setProgress(const FetchProgress &progress);
    // Hides the bar: the outcome goes to the status bar or the error banner.
    void end();

    QString text() const;
    int value() const;
    int maximum() const;

    // "12 / 40 requests · 18,000 rows".
    static QString describe(const FetchProgress &progress);

signals:
    void cancelRequested();

private:
    void onCancel();

    QString m_title;
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace cascade

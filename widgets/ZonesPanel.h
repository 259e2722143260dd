#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace cascade {

class SessionModel;

// Headline figures of the visible window (liquidations, long share and imbalance, largest bar,
// range high and low, put wall and its share of put OI) above a sortable table of the ranked
// zones. Figures with a moment and zones are clickable: the charts move there.
class ZonesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ZonesPanel(SessionModel *session, QWidget *parent = nullptr);

    void setTimeRange(qint64 fromMs, qint64 toMs);
    QString headlineText() const;
    QTableView *table() const { return m_table; }

signals:
    void timeRequested(qint64 timeMs);
    void priceBandRequested(double low, double high);

private:
    QToolButton *makeFigure(const QString &tooltip);
    void updateFigures();

    SessionModel *m_session = nullptr;
    QToolButton *m_liquidations = nullptr;
    QToolButton *m_largest = nullptr;
    QToolButton *m_high = nullptr;
    QToolButton *m_low = nullptr;
    QToolButton *m_putWall = nullptr;
    QTableView *m_table = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_largestTime = 0;
    qint64 m_highTime = 0;
    qint64 m_lowTime = 0;
};

} // namespace cascade

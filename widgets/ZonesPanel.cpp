#include "ZonesPanel.h"

#include "ImbalanceModel.h"
#include "market/NumberFormat.h"
#include "market/TimeFormat.h"
#include "SessionModel.h"
#include "ZonesModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cascade {

ZonesPanel::ZonesPanel(SessionModel *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *figures = new QGridLayout;
    figures->setSpacing(2);
    m_liquidations =
        makeFigure(tr("Liquidated notional in the visible window, and how long and short compare"));
    m_largest = makeFigure(tr("Click to show the bar with the most liquidations"));
    m_high = makeFigure(tr("Click to show the bar that made the high"));
    m_low = makeFigure(tr("Click to show the bar that made the low"));
    m_putWall =
        makeFigure(tr("The strike with the most put open interest below price, and its share of all puts"));
    figures->addWidget(m_liquidations, 0, 0, 1, 2);
    figures->addWidget(m_largest, 1, 0, 1, 2);
    figures->addWidget(m_high, 2, 0);
    figures->addWidget(m_low, 2, 1);
    figures->addWidget(m_putWall, 3, 0, 1, 2);
    layout->addLayout(figures);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(session->zones());
    proxy->setSortRole(ZonesModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ZonesModel::Score, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Click a zone to show it on the price chart."));
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::clicked, this, [this, proxy](const QModelIndex &index) {
        const PriceZone &zone = m_session->zones()->zone(proxy->mapToSource(index).row());
        emit priceBandRequested(zone.low, zone.high);
    });
    connect(m_largest, &QToolButton::clicked, this, [this] { emit timeRequested(m_largestTime); });
    connect(m_high, &QToolButton::clicked, this, [this] { emit timeRequested(m_highTime); });
    connect(m_low, &QToolButton::clicked, this, [this] { emit timeRequested(m_lowTime); });
    connect(session, &SessionModel::structureChanged, this, &ZonesPanel::updateFigures);
    connect(session, &SessionModel::marketDataChanged, this, [this] {
        const TimeRange span = m_session->span();
        setTimeRange(span.from, span.to);
    });
}

QToolButton *ZonesPanel::makeFigure(const QString &tooltip)
{
    auto *button = new QToolButton(this);
    button->setAutoRaise(true);
    button->setToolTip(tooltip);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Figures read as text (the theme's ButtonText is its text colour), not as greyed buttons;
    // the hover frame says they can be clicked. No style sheet: a style-sheeted widget keeps the
    // palette it was polished with, and the theme is applied (and can be switched) after the
    // panel exists, which left the figures near-black on the dark theme.
    return button;
}

void ZonesPanel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    updateFigures();
}

void ZonesPanel::updateFigures()
{
    const WindowSummary s = m_session->summary(m_from, m_to);
    const QLocale locale;
    m_largestTime = s.largestBarTime;
    m_highTime = s.rangeHighTime;
    m_lowTime = s.rangeLowTime;
    m_liquidations->setText(tr("Liquidated %1 · %2")
                                .arg(NumberFormat::compactUsd(s.imbalance.longUsd + s.imbalance.shortUsd),
                                     ImbalanceModel::describe(s.imbalance)));
    m_largest->setText(s.largestBarUsd > 0 ? tr("Largest bar %1 at %2 UTC")
                                                 .arg(NumberFormat::compactUsd(s.largestBarUsd),
                                                      TimeFormat::shortUtc(s.largestBarTime))
                                           : tr("No liquidations in view"));
    m_largest->setEnabled(s.largestBarUsd > 0);
    m_high->setText(s.hasCandles ? tr("High %1").arg(locale.toString(s.rangeHigh, 'f', 0)) : tr("High -"));
    m_low->setText(s.hasCandles ? tr("Low %1").arg(locale.toString(s.rangeLow, 'f', 0)) : tr("Low -"));
    m_high->setEnabled(s.hasCandles);
    m_low->setEnabled(s.hasCandles);
    m_putWall->setText(s.putWall > 0 ? tr("Put wall %1 · %2% of put OI")
                                           .arg(locale.toString(s.putWall, 'f', 0),
                                                locale.toString(s.putWallShare * 100, 'f', 1))
                                     : tr("No options snapshot"));
}

QString ZonesPanel::headlineText() const
{
    QStringList lines;
    for (const QToolButton *figure : {m_liquidations, m_largest, m_high, m_low, m_putWall})
        lines << figure->text();
    return lines.join(u'\n');
}

} // namespace cascade

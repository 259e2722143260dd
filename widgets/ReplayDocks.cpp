#include "ReplayDocks.h"

#include "BookmarkModel.h"
#include "BookmarksPanel.h"
#include "PriceChartWidget.h"
#include "ReplayBar.h"
#include "ReplayController.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

namespace cascade {

ReplayDocks::ReplayDocks(QMainWindow *window, SessionModel *session, PriceChartWidget *priceChart)
    : QObject(window)
    , m_priceChart(priceChart)
    , m_replay(new ReplayController(session, this))
    , m_bookmarks(new BookmarkModel(this))
{
    m_bar = new ReplayBar(m_replay);
    m_barDock = new QDockWidget(tr("Replay"), window);
    m_barDock->setObjectName(QStringLiteral("replayDock"));
    m_barDock->setWidget(m_bar);
    m_barDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                           QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_barDock, Qt::Vertical);
    m_barDock->hide(); // until a replay starts (Replay menu, Ctrl+R): the panels keep the height

    m_panel = new BookmarksPanel(m_bookmarks);
    m_bookmarksDock = new QDockWidget(tr("Bookmarks"), window);
    m_bookmarksDock->setObjectName(QStringLiteral("bookmarksDock"));
    m_bookmarksDock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_bookmarksDock);
    m_bookmarksDock->hide();

    connect(m_bar, &ReplayBar::bookmarkRequested, this, &ReplayDocks::addBookmark);
    connect(m_panel, &BookmarksPanel::bookmarkActivated, this,
            [this](qint64 t) { m_replay->isActive() ? m_replay->seek(t) : m_replay->start(t); });
    connect(m_replay, &ReplayController::timeChanged, this, &ReplayDocks::followTime);
    connect(m_replay, &ReplayController::activeChanged, this, &ReplayDocks::onActiveChanged);
    buildMenu(window);
}

void ReplayDocks::buildMenu(QMainWindow *window)
{
    m_menu = new QMenu(tr("&Replay"), window);
    m_menu->setObjectName(QStringLiteral("replayMenu"));
    QAction *start = m_menu->addAction(tr("&Start or stop replay"), this, [this] {
        m_replay->isActive() ? m_replay->stop() : m_replay->start();
    });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *play = m_menu->addAction(tr("&Play or pause"), m_replay, &ReplayController::togglePlaying);
    play->setShortcut(QKeySequence(Qt::Key_Space));
    QAction *previous =
        m_menu->addAction(tr("Previous notable &event"), m_replay, &ReplayController::previousEvent);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    QAction *next = m_menu->addAction(tr("&Next notable event"), m_replay, &ReplayController::nextEvent);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction *bookmark = m_menu->addAction(tr("&Bookmark this moment"), this, &ReplayDocks::addBookmark);
    bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    // Only while replaying: Space must stay the button key elsewhere.
    m_replayActions = {play, previous, next, bookmark};
    for (QAction *action : std::as_const(m_replayActions))
        action->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(m_barDock->toggleViewAction());
    m_menu->addAction(m_bookmarksDock->toggleViewAction());
    // Space and Ctrl+R work wherever the focus is in the window, not only with the menu open.
    for (QAction *action : m_menu->actions())
        window->addAction(action);
}

bool ReplayDocks::stepBars(int bars)
{
    if (!m_replay->isActive())
        return false;
    bars > 0 ? m_replay->stepForward() : m_replay->stepBack();
    return true;
}

void ReplayDocks::addBookmark()
{
    if (!m_replay->isActive())
        return;
    const int row = m_bookmarks->add({m_replay->time(), QString()});
    m_bookmarksDock->show();
    m_panel->table()->selectRow(row);
    m_panel->table()->edit(m_bookmarks->index(row, BookmarkModel::Note));
}

void ReplayDocks::followTime(qint64 t)
{
    // Keep the clock in view: when it walks off the right edge, page the chart along.
    const qint64 from = m_priceChart->visibleFrom();
    const qint64 to = m_priceChart->visibleTo();
    const qint64 width = to - from;
    if (t > to || t < from)
        m_priceChart->setVisibleRange(t - width * 4 / 5, t + width / 5);
    else // the frame's new bars may reach outside the price range: fit it again
        m_priceChart->setVisibleRange(from, to);
}

void ReplayDocks::onActiveChanged(bool active)
{
    m_priceChart->setKeepRangeOnReload(active);
    for (QAction *action : std::as_const(m_replayActions))
        action->setEnabled(active);
    if (active) {
        m_barDock->show();
        if (auto *window = qobject_cast<QMainWindow *>(parent()))
            window->resizeDocks({m_barDock}, {m_bar->sizeHint().height()}, Qt::Vertical);
        // Start with the whole session on the axis, so the area right of the clock shows as empty.
        m_priceChart->setVisibleRange(m_replay->startTime() - m_replay->barMs(), m_replay->endTime());
    } else {
        m_priceChart->resetView();
    }
}

} // namespace cascade

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QDockWidget;

namespace cascade {

class BookmarkModel;
class BookmarksPanel;
class PriceChartWidget;
class ReplayBar;
class ReplayController;
class SessionModel;

// Replay in the main window: the replay bar docked under the charts, the bookmarks beside them,
// and a Replay menu with the shortcuts (Ctrl+R start/stop, Space play/pause, Ctrl+Left/Right
// events, Ctrl+B bookmark; Left/Right step a bar while replaying, through stepBars()).
class ReplayDocks : public QObject
{
    Q_OBJECT

public:
    ReplayDocks(QMainWindow *window, SessionModel *session, PriceChartWidget *priceChart);

    ReplayController *controller() const { return m_replay; }
    BookmarkModel *bookmarks() const { return m_bookmarks; }
    ReplayBar *bar() const { return m_bar; }
    BookmarksPanel *bookmarksPanel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }
    // Steps the replay by `bars` (+1 or -1) when it runs; false when it does not.
    bool stepBars(int bars);

private:
    void buildMenu(QMainWindow *window);
    void addBookmark();
    void followTime(qint64 t);
    void onActiveChanged(bool active);

    PriceChartWidget *m_priceChart = nullptr;
    ReplayController *m_replay = nullptr;
    BookmarkModel *m_bookmarks = nullptr;
    ReplayBar *m_bar = nullptr;
    BookmarksPanel *m_panel = nullptr;
    QDockWidget *m_barDock = nullptr;
    QDockWidget *m_bookmarksDock = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_replayActions;
};

} // namespace cascade

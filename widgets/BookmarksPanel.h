#pragma once

#include <QWidget>

class QTableView;

namespace cascade {

class BookmarkModel;

// The replay's bookmarks in a side table: double-click a row to move the replay there; the note
// is edited in place; Delete removes the selected bookmark.
class BookmarksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BookmarksPanel(BookmarkModel *bookmarks, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    void bookmarkActivated(qint64 timeMs);

private:
    void removeSelected();

    BookmarkModel *m_bookmarks = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cascade

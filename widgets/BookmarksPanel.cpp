#include "BookmarksPanel.h"

#include "BookmarkModel.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cascade {

BookmarksPanel::BookmarksPanel(BookmarkModel *bookmarks, QWidget *parent)
    : QWidget(parent)
    , m_bookmarks(bookmarks)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bookmarksTable"));
    m_table->setModel(m_bookmarks);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BookmarkModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a bookmark to replay from there; click a selected note to edit it"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit bookmarkActivated(
            index.siblingAtColumn(BookmarkModel::Time).data(BookmarkModel::TimeRole).toLongLong());
    });
    layout->addWidget(m_table);

    auto *remove = new QPushButton(tr("Remove bookmark"), this);
    remove->setObjectName(QStringLiteral("removeBookmark"));
    connect(remove, &QPushButton::clicked, this, &BookmarksPanel::removeSelected);
    layout->addWidget(remove);
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QAction::triggered, this, &BookmarksPanel::removeSelected);
    m_table->addAction(removeKey);
}

void BookmarksPanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_bookmarks->remove(rows.front().row());
}

} // namespace cascade

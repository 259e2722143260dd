#pragma once

#include "market/Result.h"
#include "replay/ReplayBookmark.h"

#include <QAbstractTableModel>

#include <vector>

namespace cascade {

// The replay bookmarks of one session, sorted by time; the note column is editable. Saved as
// JSON beside the session (app/ chooses the file) and carried into report bundles.
class BookmarkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Note, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1; // qint64 UTC ms

    explicit BookmarkModel(QObject *parent = nullptr);

    const std::vector<ReplayBookmark> &bookmarks() const { return m_bookmarks; }
    void setBookmarks(std::vector<ReplayBookmark> bookmarks);
    // Adds a bookmark (or renames the one already at that time); returns its row.
    int add(const ReplayBookmark &bookmark);
    void remove(int row);

    // {"bookmarks": [{"time": "2025-10-10T21:15:00.000Z", "timeMs": ..., "note": "..."}]}
    QByteArray toJson() const { return toJson(m_bookmarks); }
    static QByteArray toJson(const std::vector<ReplayBookmark> &bookmarks);
    static Result<std::vector<ReplayBookmark>> fromJson(const QByteArray &json, const QString &origin);
    // A missing file is an empty list; a damaged one an error naming the file.
    Status load(const QString &path);
    // Atomic (QSaveFile): a failed write leaves the previous file whole.
    Status save(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any change the analyst made (add, remove, note edited): time to save.
    void edited();

private:
    std::vector<ReplayBookmark> m_bookmarks;
};

} // namespace cascade

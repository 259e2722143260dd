#include "BookmarkModel.h"

#include "market/TimeFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace cascade {

BookmarkModel::BookmarkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BookmarkModel::setBookmarks(std::vector<ReplayBookmark> bookmarks)
{
    std::stable_sort(bookmarks.begin(), bookmarks.end(),
                     [](const ReplayBookmark &a, const ReplayBookmark &b) { return a.time < b.time; });
    beginResetModel();
    m_bookmarks = std::move(bookmarks);
    endResetModel();
}

int BookmarkModel::add(const ReplayBookmark &bookmark)
{
    const auto it = std::lower_bound(m_bookmarks.begin(), m_bookmarks.end(), bookmark.time,
                                     [](const ReplayBookmark &b, qint64 t) { return b.time < t; });
    const int row = int(it - m_bookmarks.begin());
    if (it != m_bookmarks.end() && it->time == bookmark.time) {
        it->note = bookmark.note;
        emit dataChanged(index(row, Note), index(row, Note));
    } else {
        beginInsertRows({}, row, row);
        m_bookmarks.insert(it, bookmark);
        endInsertRows();
    }
    emit edited();
    return row;
}

void BookmarkModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_bookmarks.erase(m_bookmarks.begin() + row);
    endRemoveRows();
    emit edited();
}

QByteArray BookmarkModel::toJson(const std::vector<ReplayBookmark> &bookmarks)
{
    QJsonArray list;
    for (const ReplayBookmark &b : bookmarks)
        list.append(QJsonObject{{QStringLiteral("time"), TimeFormat::isoUtc(b.time)},
                                {QStringLiteral("timeMs"), QString::number(b.time)},
                                {QStringLiteral("note"), b.note}});
    return QJsonDocument(QJsonObject{{QStringLiteral("bookmarks"), list}}).toJson(QJsonDocument::Indented);
}

Result<std::vector<ReplayBookmark>> BookmarkModel::fromJson(const QByteArray &json, const QString &origin)
{
    using Bookmarks = Result<std::vector<ReplayBookmark>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Bookmarks::failure(QStringLiteral("%1: not JSON at offset %2 (%3)")
                                      .arg(origin)
                                      .arg(error.offset)
                                      .arg(error.errorString()));
    const QJsonValue list = document.object().value(QStringLiteral("bookmarks"));
    if (!list.isArray())
        return Bookmarks::failure(QStringLiteral("%1: no \"bookmarks\" list").arg(origin));
    std::vector<ReplayBookmark> bookmarks;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject o = item.toObject();
        bool ok = false;
        const qint64 time = o.value(QStringLiteral("timeMs")).toString().toLongLong(&ok);
        if (!ok)
            return Bookmarks::failure(QStringLiteral("%1: bookmark %2 has no valid \"timeMs\"")
                                          .arg(origin)
                                          .arg(bookmarks.size() + 1));
        bookmarks.push_back({time, o.value(QStringLiteral("note")).toString()});
    }
    return bookmarks;
}

Status BookmarkModel::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        setBookmarks({});
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            QStringLiteral("%1: cannot read bookmarks (%2)").arg(path, file.errorString()));
    auto bookmarks = fromJson(file.readAll(), path);
    if (!bookmarks)
        return Status::failure(bookmarks.error());
    setBookmarks(std::move(bookmarks).value());
    return {};
}

Status BookmarkModel::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("%1: cannot write bookmarks (%2)").arg(path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return Status::failure(
            QStringLiteral("%1: cannot write bookmarks (%2)").arg(path, file.errorString()));
    return {};
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

int BookmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayBookmark &b = m_bookmarks[std::size_t(index.row())];
    if (role == TimeRole)
        return b.time;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == Time)
        return role == Qt::ToolTipRole ? TimeFormat::isoUtc(b.time) : TimeFormat::shortUtc(b.time);
    return b.note;
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Note ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_bookmarks[std::size_t(index.row())].note = value.toString();
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Note)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BookmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Time ? tr("Time (UTC)") : tr("Note");
}

} // namespace cascade

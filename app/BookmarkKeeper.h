#pragma once

#include "replay/ReplayBookmark.h"

#include <QObject>
#include <QString>

#include <vector>

namespace cascade {

class BookmarkModel;
class SessionModel;

// Keeps the replay bookmarks with their session: one JSON file per exchange and symbol in
// `folder`, loaded when that session opens and saved on every edit.
class BookmarkKeeper : public QObject
{
    Q_OBJECT

public:
    BookmarkKeeper(BookmarkModel *bookmarks, SessionModel *session, QString folder,
                   QObject *parent = nullptr);

    // The file of a session's bookmarks ("binance-BTCUSDT.json"; unsafe characters become '_').
    QString fileFor(const QString &exchange, const QString &symbol) const
    {
        return fileIn(m_folder, exchange, symbol);
    }
    static QString fileIn(const QString &folder, const QString &exchange, const QString &symbol);
    // Where the window keeps them: "bookmarks" in the platform's app-data folder.
    static QString defaultFolder();
    // The bookmarks saved for a session in the default folder (empty when none or unreadable).
    static std::vector<ReplayBookmark> savedFor(const QString &exchange, const QString &symbol);
    QString currentFile() const { return m_file; }

signals:
    void failed(const QString &message);

private:
    void onSessionChanged();
    void save();

    BookmarkModel *m_bookmarks = nullptr;
    SessionModel *m_session = nullptr;
    QString m_folder;
    QString m_file;
    bool m_loading = false;
};

} // namespace cascade

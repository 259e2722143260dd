#include "BookmarkKeeper.h"

#include "BookmarkModel.h"
#include "SessionModel.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cascade {

BookmarkKeeper::BookmarkKeeper(BookmarkModel *bookmarks, SessionModel *session, QString folder,
                               QObject *parent)
    : QObject(parent)
    , m_bookmarks(bookmarks)
    , m_session(session)
    , m_folder(std::move(folder))
{
    connect(m_session, &SessionModel::marketDataChanged, this, &BookmarkKeeper::onSessionChanged);
    connect(m_bookmarks, &BookmarkModel::edited, this, &BookmarkKeeper::save);
    onSessionChanged();
}

QString BookmarkKeeper::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bookmarks");
}

std::vector<ReplayBookmark> BookmarkKeeper::savedFor(const QString &exchange, const QString &symbol)
{
    BookmarkModel model;
    if (!model.load(fileIn(defaultFolder(), exchange, symbol)))
        return {};
    return model.bookmarks();
}

QString BookmarkKeeper::fileIn(const QString &folder, const QString &exchange, const QString &symbol)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = exchange + u'-' + symbol;
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(folder).filePath(name + QStringLiteral(".json"));
}

void BookmarkKeeper::onSessionChanged()
{
    const MarketData &data = m_session->marketData();
    const QString file = data.symbol.isEmpty() ? QString() : fileFor(data.exchange, data.symbol);
    if (file == m_file)
        return;
    m_file = file;
    m_loading = true;
    const Status loaded = m_file.isEmpty() ? Status() : m_bookmarks->load(m_file);
    if (m_file.isEmpty())
        m_bookmarks->setBookmarks({});
    m_loading = false;
    if (!loaded)
        emit failed(loaded.error());
}

void BookmarkKeeper::save()
{
    if (m_loading || m_file.isEmpty())
        return;
    if (!QDir().mkpath(m_folder)) {
        emit failed(QStringLiteral("%1: cannot create the bookmarks folder").arg(m_folder));
        return;
    }
    if (const Status saved = m_bookmarks->save(m_file); !saved)
        emit failed(saved.error());
}

} // namespace cascade

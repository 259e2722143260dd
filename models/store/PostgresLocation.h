#pragma once

#include "market/Result.h"

#include <QString>
#include <QStringList>

namespace cascade {

// A team store's address: `postgresql://[user[:password]@][host][:port]/dbname[?param=value&...]`
// (`postgres://` too). What the URL leaves out is libpq's to find: PGHOST, PGUSER, PGPASSWORD,
// PGPASSFILE or ~/.pgpass. The password, when the URL carries one, never leaves this class
// except to the driver: `display()` masks it.
class PostgresLocation
{
public:
    static bool isPostgres(const QString &location);
    // Refuses what is not such a URL, and query parameters libpq would not take here.
    static Result<PostgresLocation> parse(const QString &url);

    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // libpq connection parameters (sslmode, sslrootcert, connect_timeout, ...) as Qt's QPSQL
    // driver takes them: "key=value;key=value".
    QString connectOptions() const;
    // The URL with the password replaced by "***", for messages and SeriesInfo::sources.
    QString display() const;

    // The query parameters accepted in the URL.
    static const QStringList &allowedParameters();

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_parameters; // "key=value"
};

} // namespace cascade

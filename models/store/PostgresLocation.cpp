#include "store/PostgresLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace cascade {

bool PostgresLocation::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

const QStringList &PostgresLocation::allowedParameters()
{
    static const QStringList names{
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("passfile"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("service"),
    };
    return names;
}

Result<PostgresLocation> PostgresLocation::parse(const QString &url)
{
    using R = Result<PostgresLocation>;
    PostgresLocation location;
    const QUrl parsed(url, QUrl::StrictMode);
    // Messages name the URL without its password, even when the URL is malformed.
    const QString shown = url.section(u'@', -1);
    if (!isPostgres(url) || !parsed.isValid())
        return R::failure(
            QStringLiteral("store %1: not a postgresql://user@host:port/dbname URL").arg(shown));
    location.m_host = parsed.host();
    location.m_port = parsed.port(-1);
    location.m_user = parsed.userName(QUrl::FullyDecoded);
    location.m_password = parsed.password(QUrl::FullyDecoded);
    location.m_database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(u'/'))
        return R::failure(
            QStringLiteral("store %1: the URL names no database (postgresql://host/dbname)").arg(shown));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key))
            return R::failure(QStringLiteral("store %1: unknown parameter '%2' (known: %3)")
                                  .arg(shown, key, allowedParameters().join(QStringLiteral(", "))));
        // QPSQL splits its options at ';' and libpq its parameters at spaces.
        if (value.isEmpty() || value.contains(u';') || value.contains(u' '))
            return R::failure(QStringLiteral("store %1: parameter '%2' needs a value without spaces or ';'")
                                  .arg(shown, key));
        location.m_parameters << key + u'=' + value;
    }
    return location;
}

QString PostgresLocation::connectOptions() const
{
    // Text goes to and from the server as UTF-8 whatever the database's own encoding; a dead
    // server is noticed in seconds, not after the operating system's TCP timeout.
    QStringList options{QStringLiteral("client_encoding=UTF8")};
    if (!m_parameters.join(u';').contains(QLatin1String("connect_timeout=")))
        options << QStringLiteral("connect_timeout=10");
    if (!m_parameters.join(u';').contains(QLatin1String("application_name=")))
        options << QStringLiteral("application_name=cascade");
    return (options + m_parameters).join(u';');
}

QString PostgresLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user));
        if (!m_password.isEmpty())
            text += QStringLiteral(":***");
        text += u'@';
    }
    text += m_host.contains(u':') ? u'[' + m_host + u']' : m_host; // an IPv6 address
    if (m_port >= 0)
        text += u':' + QString::number(m_port);
    text += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
    if (!m_parameters.isEmpty())
        text += u'?' + m_parameters.join(u'&');
    return text;
}

} // namespace cascade

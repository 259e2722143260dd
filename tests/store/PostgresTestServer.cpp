#include "PostgresTestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cascade::test {

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Gives the folder tree to the postgres user (initdb needs to own what it writes into).
bool giveToPostgres(const QString &path)
{
    const passwd *postgres = getpwnam("postgres");
    if (!postgres)
        return false;
    const QByteArray native = QFile::encodeName(path);
    return ::chown(native.constData(), postgres->pw_uid, postgres->pw_gid) == 0 &&
           ::chmod(native.constData(), 0700) == 0;
}

} // namespace

PostgresTestServer::PostgresTestServer()
    : m_data(m_dir.filePath(QStringLiteral("data")))
    , m_asPostgresUser(::geteuid() == 0)
{}

PostgresTestServer::~PostgresTestServer()
{
    if (m_running)
        stop();
}

bool PostgresTestServer::isInstalled()
{
    return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable();
}

Status PostgresTestServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    const QString program = binDir() + u'/' + tool;
    if (m_asPostgresUser) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
            arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.setWorkingDirectory(m_dir.path());
    process.start();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return Status::failure(QStringLiteral("%1 failed (%2): %3%4")
                                   .arg(tool, process.errorString(),
                                        QString::fromLocal8Bit(process.readAllStandardError()),
                                        QString::fromLocal8Bit(process.readAllStandardOutput())));
    }
    return {};
}

Status PostgresTestServer::initialize()
{
    if (!m_dir.isValid())
        return Status::failure(QStringLiteral("no temporary folder"));
    const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    QFile pw(pwfile);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(password().toUtf8() + '\n') < 0)
        return Status::failure(QStringLiteral("cannot write %1").arg(pwfile));
    pw.close();
    if (m_asPostgresUser && (!giveToPostgres(m_dir.path()) || !giveToPostgres(pwfile)))
        return Status::failure(QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path()));
    // The client side's password, where libpq looks for it (mode 0600 or libpq ignores it).
    const QString passfile = m_dir.filePath(QStringLiteral("pgpass"));
    QFile pass(passfile);
    if (!pass.open(QIODevice::WriteOnly) ||
        pass.write(QStringLiteral("127.0.0.1:*:*:%1:%2\n").arg(user(), password()).toUtf8()) < 0)
        return Status::failure(QStringLiteral("cannot write %1").arg(passfile));
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    pass.close();
    qputenv("PGPASSFILE", QFile::encodeName(passfile));
    const Status status =
        runTool(QStringLiteral("initdb"),
                {QStringLiteral("--no-sync"), QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(),
                 QStringLiteral("--pwfile"), pwfile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")});
    if (!status)
        return status;
    if (Status certificate = makeCertificate(); !certificate)
        return certificate;
    m_initialized = true;
    return {};
}

Status PostgresTestServer::makeCertificate()
{
    const QString key = m_data + QStringLiteral("/server.key");
    const QString certificate = m_data + QStringLiteral("/server.crt");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        return Status::failure(
            QStringLiteral("openssl req failed: %1%2")
                .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError())));
    QFile::remove(rootCertificate());
    if (!QFile::copy(certificate, rootCertificate()))
        return Status::failure(QStringLiteral("cannot copy %1").arg(certificate));
    // The server refuses a key others may read; as root the files go to the postgres user.
    if (m_asPostgresUser && (!giveToPostgres(key) || !giveToPostgres(certificate)))
        return Status::failure(QStringLiteral("cannot give %1 to the postgres user").arg(key));
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void PostgresTestServer::startWatchdog()
{
    // Outlives a test program killed by its timeout or a crash, and then stops the server.
    const QString stop = (m_asPostgresUser ? QStringLiteral("runuser -u postgres -- ") : QString()) +
                         binDir() + QStringLiteral("/pg_ctl stop -m immediate -D '") + m_data + u'\'';
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "[ -f '%2/postmaster.pid' ] && %3 >/dev/null 2>&1")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_data, stop);
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

Status PostgresTestServer::start()
{
    if (m_running)
        return {};
    if (!m_initialized) {
        if (Status status = initialize(); !status)
            return status;
        m_port = freePort();
        startWatchdog();
    }
    const QString options =
        QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='%2'"
                       " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                       " -c shared_buffers=64MB -c max_connections=40 -c ssl=on")
            .arg(m_port)
            .arg(m_dir.path());
    const Status status = runTool(QStringLiteral("pg_ctl"),
                                  {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"),
                                   m_data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                                   QStringLiteral("-o"), options});
    if (!status)
        return Status::failure(status.error() + QStringLiteral("\nserver log:\n") + logText());
    m_running = true;
    return {};
}

Status PostgresTestServer::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-D"), m_data});
}

QString PostgresTestServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
        .arg(user())
        .arg(m_port)
        .arg(database);
}

Result<QString> PostgresTestServer::createDatabase(const QString &name)
{
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-server-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(user());
        db.setPassword(password());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            error = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-server-admin"));
    if (!error.isEmpty())
        return Result<QString>::failure(QStringLiteral("create database %1: %2").arg(name, error));
    return url(name);
}

double PostgresTestServer::serverCpuSeconds() const
{
    QFile pidFile(m_data + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = pidFile.readLine().trimmed();
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14-17 (utime, stime, cutime, cstime) follow the ")" that ends the command name.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    double ticks = 0;
    for (int field = 14; field <= 17; ++field)
        ticks += fields.value(field - 3).toDouble();
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

QString PostgresTestServer::logText() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

} // namespace cascade::test

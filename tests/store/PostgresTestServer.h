#pragma once

#include "market/Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cascade::test {

// A real PostgreSQL server (Debian's postgresql package) for one test program: initdb into a
// temporary folder, a free port on 127.0.0.1, scram-sha-256 passwords, durability off for speed.
// initdb and the server refuse to run as root (CI runs as root), so as root they run as the
// `postgres` system user, which then owns the folder. The server stops when this object goes;
// a watchdog process stops it too if the test program dies without running destructors.
// Clients find the password through the PGPASSFILE this sets in the test's environment.
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    // initdb (first time only), then starts the server and waits until it accepts connections.
    Status start();
    // Fast shutdown (open connections are cut, as when a server goes away).
    Status stop();
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    static QString user() { return QStringLiteral("cascade"); }
    static QString password() { return QStringLiteral("loopback-only-test-secret"); }
    // A new empty database; returns its store URL (no password: PGPASSFILE has it).
    Result<QString> createDatabase(const QString &name);
    QString url(const QString &database) const;
    // The server also takes TLS with a certificate for IP 127.0.0.1 made by `openssl` at the
    // first start; this file is its trust root (for sslmode=verify-full&sslrootcert=...).
    QString rootCertificate() const { return m_dir.filePath(QStringLiteral("root.crt")); }
    QString logText() const;
    // CPU seconds the server used so far: the postmaster and every backend it has reaped (for
    // benchmarks: the client's own CPU time leaves the server's work out).
    double serverCpuSeconds() const;

    // Where Debian installs the server binaries.
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool isInstalled();

private:
    Status runTool(const QString &tool, const QStringList &arguments, int timeoutMs = 60'000);
    Status initialize();
    Status makeCertificate();
    void startWatchdog();

    QTemporaryDir m_dir;
    QString m_data;
    int m_port = 0;
    bool m_initialized = false;
    bool m_running = false;
    bool m_asPostgresUser = false;
};

} // namespace cascade::test

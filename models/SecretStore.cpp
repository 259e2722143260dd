#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace cascade {

namespace {

// Runs one QtKeychain job to its end. A keychain that never answers (a locked wallet waiting
// for a password nobody types in a headless session) gives up after a while instead of hanging.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never QtKeychain's plain-text fallback: Settings decides
    job.start();
    loop.exec();
}

QString describe(const QKeychain::Job &job, const QString &what)
{
    if (job.error() == QKeychain::NoBackendAvailable)
        return QStringLiteral("%1: no keychain service is available (%2)").arg(what, job.errorString());
    return QStringLiteral("%1: %2").arg(what, job.errorString());
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

bool SecretStore::isAvailable() const
{
    if (!m_available) {
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setKey(QStringLiteral("availability-probe"));
        runJob(probe);
        m_available = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    }
    return *m_available;
}

Result<std::optional<QString>> SecretStore::read(const QString &name) const
{
    using R = Result<std::optional<QString>>;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return R(std::nullopt);
    if (job.error() != QKeychain::NoError)
        return R::failure(describe(job, QStringLiteral("reading %1 from the keychain").arg(name)));
    return R(job.textData());
}

Status SecretStore::write(const QString &name, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(describe(job, QStringLiteral("storing %1 in the keychain").arg(name)));
    return {};
}

Status SecretStore::remove(const QString &name) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(describe(job, QStringLiteral("removing %1 from the keychain").arg(name)));
    return {};
}

} // namespace cascade

#include "Settings.h"

#include "SecretStore.h"

#include <QFile>

namespace cascade {

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_secrets(std::make_shared<SecretStore>())
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

namespace {
QString apiBasePath(const QString &exchange)
{
    return QStringLiteral("network/apiBase/") + exchange;
}
} // namespace

QString Settings::apiBase(const QString &exchange) const
{
    return m_settings->value(apiBasePath(exchange)).toString();
}

void Settings::setApiBase(const QString &exchange, const QString &url)
{
    if (apiBase(exchange) == url)
        return;
    if (url.isEmpty())
        m_settings->remove(apiBasePath(exchange));
    else
        m_settings->setValue(apiBasePath(exchange), url);
    emit changed(apiBasePath(exchange));
}

namespace {
const QString kCoinGlassSecret = QStringLiteral("coinglass-api-key");
}

bool Settings::keepsSecretsInKeychain() const
{
    return m_secrets && m_secrets->isAvailable();
}

QString Settings::coinGlassKey() const
{
    const QString plain = get(coinGlassApiKey);
    if (!keepsSecretsInKeychain())
        return plain;
    if (!plain.isEmpty() && m_secrets->write(kCoinGlassSecret, plain).ok()) {
        m_settings->remove(QLatin1String(coinGlassApiKey.path)); // moved into the keychain
        m_settings->sync();
        return plain;
    }
    const auto stored = m_secrets->read(kCoinGlassSecret);
    return stored.ok() && stored.value() ? *stored.value() : plain;
}

Status Settings::setCoinGlassKey(const QString &key)
{
    Status saved;
    if (keepsSecretsInKeychain()) {
        saved = key.isEmpty() ? m_secrets->remove(kCoinGlassSecret) : m_secrets->write(kCoinGlassSecret, key);
        if (saved)
            m_settings->remove(QLatin1String(coinGlassApiKey.path));
    }
    // No keychain, or it refused: the key is not lost, it goes to this file (said in the message).
    if (!keepsSecretsInKeychain() || !saved)
        m_settings->setValue(QLatin1String(coinGlassApiKey.path), key);
    m_settings->sync();
    // The file may hold the key (no keychain) or once did: only its owner may read it.
    QFile::setPermissions(m_settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    emit changed(QString::fromLatin1(coinGlassApiKey.path));
    if (!saved)
        return Status::failure(saved.error() + QStringLiteral("; kept in the settings file instead"));
    return {};
}

} // namespace cascade

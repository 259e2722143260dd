#pragma once

#include "market/Result.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace cascade {

class SecretStore;

// A settings key with its type and default in one place: Settings::get(Settings::interval).
template<typename T>
struct SettingKey
{
    const char *path;
    T defaultValue;
};

// Every persisted preference goes through this class; no other code touches QSettings.
// Tests construct it on a file in a temporary directory.
class Settings : public QObject
{
    Q_OBJECT

public:
    static inline const SettingKey<QString> lastExchange{"session/exchange", QString()};
    static inline const SettingKey<QString> lastSymbol{"session/symbol", QString()};
    static inline const SettingKey<qint64> intervalMs{"session/intervalMs", 3'600'000};
    // The chart's visible time range when the window closed (UTC ms; 0 = none saved).
    static inline const SettingKey<qint64> visibleFromMs{"session/visibleFromMs", 0};
    static inline const SettingKey<qint64> visibleToMs{"session/visibleToMs", 0};
    static inline const SettingKey<QString> theme{"appearance/theme", QStringLiteral("dark")};
    // A language code Cascade ships ("de", "zh_CN"; "en" for English); empty follows the system.
    static inline const SettingKey<QString> language{"appearance/language", QString()};
    // The analysis models' parameters as AnalysisParams JSON (empty: the defaults).
    static inline const SettingKey<QByteArray> analysisParams{"analysis/params", QByteArray()};
    static inline const SettingKey<QByteArray> windowGeometry{"window/geometry", QByteArray()};
    static inline const SettingKey<QByteArray> windowState{"window/state", QByteArray()};
    // Empty: the system's http(s)_proxy environment.
    // The store the window opens: a SQLite file or a postgresql:// URL (empty: the default file).
    // --store and CASCADE_STORE override it.
    static inline const SettingKey<QString> storeLocation{"store/location", QString()};
    static inline const SettingKey<QString> proxyUrl{"network/proxy", QString()};
    // Only where no keychain service runs (see coinGlassKey()); never read it directly.
    static inline const SettingKey<QString> coinGlassApiKey{"network/coinglassApiKey", QString()};

    // The user's settings (QSettings' native location for the application).
    explicit Settings(QObject *parent = nullptr);
    // Settings kept in one INI file, e.g. inside a QTemporaryDir.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);

    template<typename T>
    T get(const SettingKey<T> &key) const
    {
        const QVariant value = m_settings->value(QLatin1String(key.path));
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : key.defaultValue;
    }

    template<typename T>
    void set(const SettingKey<T> &key, const T &value)
    {
        if (get(key) == value)
            return;
        m_settings->setValue(QLatin1String(key.path), QVariant::fromValue(value));
        emit changed(QString::fromLatin1(key.path));
    }

    // One base-URL override per exchange ("network/apiBase/binance"), keyed by the provider's name
    // so a new exchange needs no new key. Empty: the provider's default; setting "" removes it.
    QString apiBase(const QString &exchange) const;
    void setApiBase(const QString &exchange, const QString &url);

    void sync() { m_settings->sync(); }

    // The CoinGlass API key lives in the platform keychain (SecretStore) when a keychain service
    // runs; a key found in the settings file is moved there. Without one it is kept in the
    // settings file, made readable by its owner only (docs/SECURITY.md). Settings on a given
    // INI file (tests) never touch the keychain.
    QString coinGlassKey() const;
    Status setCoinGlassKey(const QString &key);
    bool keepsSecretsInKeychain() const;

signals:
    void changed(const QString &path);

private:
    std::unique_ptr<QSettings> m_settings;
    std::shared_ptr<SecretStore> m_secrets; // null: no keychain (INI-file settings)
};

} // namespace cascade

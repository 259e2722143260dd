// The CoinGlass key's home. ctest runs this file twice: inside a private D-Bus session with
// GNOME Keyring unlocked (tst_secret_store_keychain: the real Secret Service path) and with no
// D-Bus at all (tst_secret_store: the fallback CI machines and headless servers get).
#include "SecretStore.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

class TestSecretStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_expectKeychain = qEnvironmentVariableIntValue("CASCADE_EXPECT_KEYCHAIN") == 1;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings() goes to ~/.qttest, not the user's file
        QCoreApplication::setOrganizationName(QStringLiteral("CascadeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secret_store"));
        QSettings().clear();
    }

    void keychainIsDetected()
    {
        QCOMPARE(SecretStore(QStringLiteral("CascadeTest")).isAvailable(), m_expectKeychain);
    }

    void keychainRoundTrip()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain service in this run (tst_secret_store_keychain covers it)");
        const SecretStore secrets(QStringLiteral("CascadeTest"));
        QVERIFY(secrets.remove(QStringLiteral("k")).ok());
        QCOMPARE(secrets.read(QStringLiteral("k")).value(), std::optional<QString>());
        QVERIFY(secrets.write(QStringLiteral("k"), QStringLiteral("cg-123")).ok());
        QCOMPARE(secrets.read(QStringLiteral("k")).value(), std::optional<QString>(QStringLiteral("cg-123")));
        QVERIFY(secrets.remove(QStringLiteral("k")).ok());
        QCOMPARE(secrets.read(QStringLiteral("k")).value(), std::optional<QString>());
    }

    void withoutKeychainEveryCallSaysSo()
    {
        if (m_expectKeychain)
            QSKIP("a keychain service runs in this run");
        const auto written =
            SecretStore(QStringLiteral("CascadeTest")).write(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(QStringLiteral("storing k in the keychain: ")),
                 qPrintable(written.error()));
    }

    void settingsKeepTheKeyInTheKeychainOrAPrivateFile()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.contains(QStringLiteral(".qttest")), qPrintable(file));
        {
            Settings settings;
            QCOMPARE(settings.keepsSecretsInKeychain(), m_expectKeychain);
            QVERIFY(settings.setCoinGlassKey(QStringLiteral("cg-4f2a-secret")).ok());
        }
        // With a keychain the key is not in the file (there may be no file at all); without one it
        // is, readable by its owner only.
        QFile raw(file);
        QCOMPARE(raw.open(QIODevice::ReadOnly) && raw.readAll().contains("cg-4f2a-secret"),
                 !m_expectKeychain);
        if (raw.exists()) {
            QCOMPARE(raw.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QCOMPARE(Settings().coinGlassKey(), QStringLiteral("cg-4f2a-secret"));
        QVERIFY(Settings().setCoinGlassKey(QString()).ok());
        QCOMPARE(Settings().coinGlassKey(), QString());
    }

    void aKeyInTheFileMovesToTheKeychain()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain service in this run");
        {
            QSettings plain; // as Cascade before the keychain wrote it
            plain.setValue(QLatin1String(Settings::coinGlassApiKey.path), QStringLiteral("cg-old"));
        }
        QCOMPARE(Settings().coinGlassKey(), QStringLiteral("cg-old"));
        QVERIFY(!QSettings().contains(QLatin1String(Settings::coinGlassApiKey.path)));
        QCOMPARE(Settings().coinGlassKey(), QStringLiteral("cg-old")); // now from the keychain
        QVERIFY(Settings().setCoinGlassKey(QString()).ok());
    }

    void iniSettingsNeverTouchTheKeychain()
    {
        Settings settings(m_dir.filePath(QStringLiteral("test.ini")));
        QVERIFY(!settings.keepsSecretsInKeychain());
        QVERIFY(settings.setCoinGlassKey(QStringLiteral("cg-ini")).ok());
        QCOMPARE(Settings(m_dir.filePath(QStringLiteral("test.ini"))).get(Settings::coinGlassApiKey),
                 QStringLiteral("cg-ini"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"

#pragma once

#include "market/Result.h"

#include <QString>

#include <optional>

namespace cascade {

// Secrets (the CoinGlass API key) in the platform keychain through QtKeychain: the Secret
// Service (GNOME Keyring, KWallet) over D-Bus on Linux, the Keychain on macOS, the Credential
// Store on Windows. Calls block briefly in a local event loop; use them from the GUI thread or
// a thread with none of its own. Where no keychain service runs (no D-Bus session, a headless
// server, CI) isAvailable() is false and every call fails with a message saying so: the
// caller decides the fallback (Settings: its own file, readable only by the user).
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("Cascade"));

    // Probed once per store (a read of a key that need not exist).
    bool isAvailable() const;
    // std::nullopt when no secret of that name is stored.
    Result<std::optional<QString>> read(const QString &name) const;
    Status write(const QString &name, const QString &secret) const;
    Status remove(const QString &name) const;

private:
    QString m_service;
    mutable std::optional<bool> m_available;
};

} // namespace cascade

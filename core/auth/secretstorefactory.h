#pragma once

#include "keychainsecretstore.h"

#include <QProcessEnvironment>
#include <QString>

#include <chrono>

class QSettings;

namespace Tsuzuki {

class LayeredSecretStore;

/// How the app's SecretStore is put together.
struct SecretStoreOptions
{
    /// Settings key (bool, default true): false on a server that has no keychain at all, so that
    /// only environment variables are read and nothing waits on a Secret Service.
    static constexpr auto UseKeychainSetting = "secrets/useKeychain";
    /// Settings key (string, default "Tsuzuki"): the keychain service name.
    static constexpr auto KeychainServiceSetting = "secrets/keychainService";

    bool useKeychain = true;
    QString keychainService = QString::fromLatin1(KeychainSecretStore::DefaultService);
    std::chrono::milliseconds retryDelay = KeychainSecretStore::DefaultRetryDelay;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    static SecretStoreOptions fromSettings(const QSettings &settings);
};

/// The app's store: environment variables per key when set, the keychain otherwise (unless turned
/// off); writes go to the keychain. There is no plaintext fallback.
LayeredSecretStore *createSecretStore(
    const SecretStoreOptions &options = {}, QObject *parent = nullptr);
/// Same, with options read from \a settings.
LayeredSecretStore *createSecretStore(const QSettings &settings, QObject *parent = nullptr);

} // namespace Tsuzuki

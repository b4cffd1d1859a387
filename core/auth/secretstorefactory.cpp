#include "secretstorefactory.h"

#include "core/auth/envsecretstore.h"
#include "core/auth/layeredsecretstore.h"

#include <QSettings>

namespace Tsuzuki {

SecretStoreOptions SecretStoreOptions::fromSettings(const QSettings &settings)
{
    SecretStoreOptions options;
    options.useKeychain = settings.value(QLatin1StringView(UseKeychainSetting), true).toBool();
    const QString service
        = settings.value(QLatin1StringView(KeychainServiceSetting)).toString().trimmed();
    if (!service.isEmpty())
        options.keychainService = service;
    return options;
}

LayeredSecretStore *createSecretStore(const SecretStoreOptions &options, QObject *parent)
{
    auto *environment = new EnvSecretStore(options.environment);
    KeychainSecretStore *keychain = nullptr;
    if (options.useKeychain) {
        keychain = new KeychainSecretStore(options.keychainService);
        keychain->setRetryDelay(options.retryDelay);
    }
    return new LayeredSecretStore(environment, keychain, parent);
}

LayeredSecretStore *createSecretStore(const QSettings &settings, QObject *parent)
{
    return createSecretStore(SecretStoreOptions::fromSettings(settings), parent);
}

} // namespace Tsuzuki

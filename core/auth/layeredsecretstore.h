#pragma once

#include "secretstore.h"

namespace Tsuzuki {

class EnvSecretStore;

/// The app's SecretStore: for each key, the environment variable when it is set, the keychain
/// otherwise. Writes and removals go to the keychain only (the environment is never written); a key
/// that the environment sets keeps reading from there even after a write.
class LayeredSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayeredSecretStore)

public:
    /// Takes ownership of both (they become children). \a keychain may be null: then only the
    /// environment is read, and writes fail with ErrorCode::Unsupported.
    LayeredSecretStore(
        EnvSecretStore *environment, SecretStore *keychain, QObject *parent = nullptr);

    EnvSecretStore *environment() const { return m_environment; }
    SecretStore *keychain() const { return m_keychain; }

    /// Where \a key is read from, for `auth status`: "environment variable TRAKT_ACCESS_TOKEN" or
    /// the keychain's backendName().
    QString sourceOf(const QString &key) const;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isWritable() const override;
    QString backendName() const override;

private:
    SecretJob *noKeychain(const QString &key);

    EnvSecretStore *m_environment;
    SecretStore *m_keychain;
};

} // namespace Tsuzuki

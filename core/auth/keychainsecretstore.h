#pragma once

#include "secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace Tsuzuki {

/// Secrets in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Store), service "Tsuzuki", accounts SecretKey::*. Never falls back to plaintext. A
/// keychain that is not reachable is retried once after retryDelay() (a keyring still starting with
/// the session), then reported as ErrorCode::KeychainUnavailable. Every value read or written is
/// registered for redaction.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr auto DefaultService = "Tsuzuki";
    static constexpr std::chrono::milliseconds DefaultRetryDelay { 2000 };

    explicit KeychainSecretStore(QObject *parent = nullptr);
    /// A store under another service name (tests, portable setups).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isWritable() const override { return true; }
    QString backendName() const override;

    /// The one mapping from a QtKeychain outcome (QKeychain::Error as int, its errorString) to
    /// Error. \a key names the secret (SecretKey::*); \a reading tells whether a missing entry
    /// means "not logged in".
    static Error mapKeychainError(
        int keychainError, const QString &errorString, const QString &key);
    /// True when \a keychainError / \a errorString say there is no keychain to talk to (no D-Bus
    /// session, no Secret Service, no backend), as opposed to a keychain that answered no.
    static bool isUnavailable(int keychainError, const QString &errorString);

Q_SIGNALS:
    /// The keychain was unavailable for \a key; the operation runs once more after retryDelay().
    void retryScheduled(const QString &key);

private:
    static Error lockedError(const QString &label, const QString &detail);
    enum class Operation { Read, Write, Remove };

    void startAttempt(
        SecretJob *job, Operation operation, const QString &key, const QString &value, int attempt);
    void onKeychainFinished(QKeychain::Job *keychainJob, SecretJob *job, Operation operation,
        const QString &key, const QString &value, int attempt);

    QString m_service;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace Tsuzuki

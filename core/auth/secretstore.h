#pragma once

#include "core/common/error.h"

#include <QObject>
#include <QString>

namespace Tsuzuki {

/// Names of the secrets Tsuzuki keeps. The keychain service is "Tsuzuki"; these are the account
/// keys.
namespace SecretKey {
inline constexpr auto TraktAccessToken = "trakt/access_token";
inline constexpr auto TraktRefreshToken = "trakt/refresh_token";
inline constexpr auto TraktTokenExpiry = "trakt/token_expiry"; ///< ISO-8601 UTC
inline constexpr auto TraktClientSecret = "trakt/client_secret";
inline constexpr auto AniListToken = "anilist/access_token";
inline constexpr auto AniListTokenExpiry = "anilist/token_expiry"; ///< ISO-8601 UTC
inline constexpr auto TmdbApiKey = "tmdb/api_key";
inline constexpr auto DatabasePassword = "database/password";
} // namespace SecretKey

/// One asynchronous secret operation. Emits finished() exactly once, queued; then read the outcome.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool ok() const { return m_error.code == ErrorCode::None; }
    const Error &error() const { return m_error; }
    /// The secret read; empty with ErrorCode::NotLoggedIn when there is no such entry.
    QString value() const { return m_value; }

    void setResult(QString value)
    {
        m_value = std::move(value);
        m_error = { ErrorCode::None, {}, {}, 0 };
    }
    void setError(Error error) { m_error = std::move(error); }
    /// For stores: emits finished() from the event loop (never inside read()/write()/remove()),
    /// then deletes the job. Call once, after setResult() or setError().
    void finishLater()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT finished();
                deleteLater();
            },
            Qt::QueuedConnection);
    }

Q_SIGNALS:
    void finished();

private:
    QString m_value;
    Error m_error { ErrorCode::None, {}, {}, 0 };
};

/// Where tokens, API keys and the database password live. Never a file, never the database.
/// Jobs are parented to the store and delete themselves after finished().
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &value) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    /// False for stores that only read (the environment).
    virtual bool isWritable() const = 0;
    /// For the UI and `auth status`: "system keychain", "environment variables", ...
    virtual QString backendName() const = 0;

Q_SIGNALS:
    /// The answer to a SecretStoreRelay's request, emitted in this store's thread and queued by
    /// Qt to the relay's (internal to SecretStoreRelay).
    void relayAnswered(
        quint64 relay, quint64 id, bool ok, const QString &value, const Tsuzuki::Error &error);
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"
#include "core/net/tokensource.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace Tsuzuki {

class HttpClient;
class SecretStore;
class TraktAuth;

/// A Trakt token pair and when the access token expires (created_at + expires_in).
struct TraktToken
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; ///< UTC; invalid = unknown

    bool isValid() const { return !accessToken.isEmpty(); }
};

/// One device-code login (POST /oauth/device/code, then polling /oauth/device/token).
/// Show userCode() and verificationUrl() when codeReceived() fires; finished() fires exactly once.
class TraktDeviceLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktDeviceLogin)

public:
    bool ok() const { return m_error.code == ErrorCode::None; }
    const Error &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUrl() const { return m_verificationUrl; }
    /// Current polling interval (lengthened by 429 "slow down"), in milliseconds.
    qint64 pollIntervalMs() const { return m_intervalMs; }
    int pollCount() const { return m_polls; }

public Q_SLOTS:
    /// Stops polling; finished() follows with ErrorCode::Cancelled.
    void cancel();

Q_SIGNALS:
    void codeReceived(const QString &userCode, const QUrl &verificationUrl, int expiresInSeconds);
    void finished();

private:
    friend class TraktAuth;
    explicit TraktDeviceLogin(TraktAuth *auth);

    void start();
    void poll();
    void scheduleNextPoll();
    void fail(Error error);
    void succeed();

    TraktAuth *m_auth;
    Error m_error { ErrorCode::None, {}, {}, 0 };
    QString m_deviceCode; // never logged
    QString m_userCode;
    QUrl m_verificationUrl;
    qint64 m_intervalMs = 5000;
    qint64 m_deadlineMs = 0;
    int m_polls = 0;
    bool m_finished = false;
    quint64 m_requestId = 0;
    QTimer m_timer;
};

/// Trakt OAuth: device-code login, tokens in the SecretStore, refresh ahead of expiry and once
/// after a 401 (single-flight: concurrent callers share one refresh), revoke on logout. The new
/// token pair is written to the store and confirmed before anyone uses it (refresh tokens are
/// single use).
class TraktAuth final : public QObject, public TraktTokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktAuth)

public:
    using DoneCallback = std::function<void(const Result<void> &)>;
    using Now = std::function<QDateTime()>;

    /// `http` (the Trakt HttpClient) and `store` must outlive this object.
    TraktAuth(HttpClient *http, SecretStore *store, const QUrl &authUrl, const QString &clientId,
        QObject *parent = nullptr);

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    /// When not set, the secret is read from the store (SecretKey::TraktClientSecret).
    void setClientSecret(const QString &secret);
    /// Refresh when the access token expires within this many seconds (default 1 day: Trakt's
    /// access tokens last 7 days (`expires_in`), so a scheduled sync renews well ahead of expiry).
    void setRefreshMarginSeconds(qint64 seconds) { m_refreshMarginSecs = seconds; }
    qint64 refreshMarginSeconds() const { return m_refreshMarginSecs; }
    /// Length of one "second" of the device flow's interval/expires_in, in ms (tests shrink it).
    void setDeviceTimeUnitMs(int ms) { m_timeUnitMs = ms; }
    int deviceTimeUnitMs() const { return m_timeUnitMs; }
    /// Seconds added to the polling interval on 429 "slow down" (RFC 8628: 5).
    void setSlowDownSeconds(int seconds) { m_slowDownSecs = seconds; }
    int slowDownSeconds() const { return m_slowDownSecs; }
    void setNow(Now now) { m_now = now ? std::move(now) : Now(&QDateTime::currentDateTimeUtc); }

    /// Starts a device-code login. The job is parented to this object and deletes itself after
    /// finished().
    TraktDeviceLogin *startDeviceLogin();

    /// An access token fit to use now: loaded from the store on first use, refreshed first when it
    /// expires within the margin. NotLoggedIn when there is none.
    void accessToken(QObject *context, TokenCallback done) override;
    /// After a 401 with `rejectedToken`: refresh once (or join the refresh in flight, or hand out
    /// the token someone else already got) and return the new access token.
    void refreshAfterUnauthorized(
        const QString &rejectedToken, QObject *context, TokenCallback done) override;
    /// Forces a refresh now (single-flight).
    void refresh(QObject *context, TokenCallback done);
    /// Revokes the access token at Trakt and removes the pair from the store.
    void logout(QObject *context, DoneCallback done);
    /// Stores a pair obtained elsewhere (device login uses this too); done after the store
    /// confirmed.
    void storeToken(const TraktToken &token, QObject *context, DoneCallback done);

    /// A device login that Trakt accepted but whose pair the store refused (a locked keyring, no
    /// default keyring) is kept in memory, never thrown away: saveUnsavedLogin() stores it once
    /// the keyring works (Retry), a new login replaces it.
    bool hasUnsavedLogin() const { return m_unsaved.isValid(); }
    void saveUnsavedLogin(QObject *context, DoneCallback done);

    bool isLoaded() const { return m_loaded; }
    bool isLoggedIn() const { return m_token.isValid(); }
    QDateTime expiresAt() const { return m_token.expiresAt; }
    int refreshCount() const { return m_refreshCount; }
    /// Refresh requests sent to Trakt (successful or not).
    int refreshAttempts() const { return m_refreshAttempts; }
    bool isRefreshing() const { return m_refreshing; }
    /// Trakt refused to renew the stored login (invalid_grant): no further refresh is sent with
    /// that refresh token; a new login (or a pair another process stored) clears it.
    bool isRefreshRefused() const;

    /// Parses an OAuth token answer ({access_token, refresh_token, expires_in, created_at}).
    static Result<TraktToken> parseToken(const QJsonObject &object, const QDateTime &now);

Q_SIGNALS:
    /// A new pair was stored (login or refresh).
    void tokenChanged();
    void loggedOut();
    /// The answer to a TraktAuthRelay's request, queued by Qt to the relay's thread (internal).
    void relayAnswered(
        quint64 relay, quint64 id, bool ok, const QString &token, const Tsuzuki::Error &error);

private:
    friend class TraktDeviceLogin;

    void ensureLoaded(QObject *context, DoneCallback done);
    /// Writes the pair and adopts it once the store confirmed; errors as the store said them.
    void writeToken(const TraktToken &token, QObject *context, DoneCallback done);
    /// The error of a device login whose pair could not be stored (kept for a Retry).
    static Error unsavedLoginError(const Error &storeError);
    void finishRefresh(const Result<QString> &result);
    QUrl authEndpoint(const QString &path) const;
    bool expiresSoon() const;
    bool isExpired() const;
    Error refusedError() const;
    /// After invalid_grant: another process may have refreshed first and stored a new pair.
    void adoptStoredOrRefuse(const QString &refused, const Error &error);

    HttpClient *m_http;
    QPointer<SecretStore> m_store;
    QUrl m_authUrl;
    QString m_clientId;
    QString m_clientSecret;
    TraktToken m_token;
    TraktToken m_unsaved; ///< accepted by Trakt, refused by the store: waits for a Retry
    bool m_loaded = false;
    bool m_loading = false;
    QList<std::pair<QPointer<QObject>, DoneCallback>> m_loadWaiters;
    bool m_refreshing = false;
    QList<std::pair<QPointer<QObject>, TokenCallback>> m_refreshWaiters;
    int m_refreshCount = 0;
    int m_refreshAttempts = 0;
    QString m_refusedRefreshToken; ///< never sent again (registered as a secret)
    qint64 m_refreshMarginSecs = 24 * 3600;
    int m_timeUnitMs = 1000;
    int m_slowDownSecs = 5;
    Now m_now = &QDateTime::currentDateTimeUtc;
};

} // namespace Tsuzuki

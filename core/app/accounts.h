#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Tsuzuki {

class Services;
class TraktDeviceLogin;

/// One service account as both front ends show it (the Dashboard, Settings, `auth status`).
struct AccountStatus
{
    enum class State {
        NotLoggedIn,
        LoggedIn,
        ExpiringSoon, ///< AniList: within AniListExpiryWarningDays of the end; log in again soon
        Expired, ///< log in again
        Refused, ///< the service refused the stored token (checked online)
        Unavailable, ///< the keychain could not be read; `problem` says why and what to do
    };
    State state = State::NotLoggedIn;
    QString user; ///< known after an online check or a login
    QDateTime expiresAt; ///< UTC; invalid = unknown
    QString problem; ///< user text for Refused and Unavailable

    bool isLoggedIn() const { return state == State::LoggedIn || state == State::ExpiringSoon; }
    /// One translated line: "Logged in as alice, token valid until …", "Not logged in", ...
    QString text() const;
};

/// Both accounts and the optional TMDB key.
struct AccountsStatus
{
    AccountStatus aniList;
    AccountStatus trakt;
    bool tmdbKey = false;
    QString secretStore; ///< "system keychain", "environment variables", ...
};

/// AniList tokens last a year and cannot be refreshed: both front ends warn this long ahead.
inline constexpr int AniListExpiryWarningDays = 30;

/// Logins, logouts and the account check, shared by the GUI and the CLI over one Services bundle
/// (the one TraktAuth of the process). Each operation answers once, in `context`'s thread, and
/// reports what it did through activity() for the activity log.
class Accounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Accounts)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    /// `services` must outlive this object and own the process's TraktAuth.
    explicit Accounts(Services *services, QObject *parent = nullptr);

    /// Reads the stored tokens; `online` also asks AniList and Trakt who they belong to (a token
    /// the service refuses shows as Refused).
    void check(bool online, QObject *context, std::function<void(const AccountsStatus &)> done);
    /// Checks `token` with AniList (Viewer), then stores it and its expiry. Nothing is stored when
    /// AniList refuses it.
    void logInAniList(const QString &token, QObject *context, Callback<AccountStatus> done);
    void logOutAniList(QObject *context, Callback<void> done);
    /// Starts a Trakt device-code login, after checking that a client id is set. The job is the
    /// TraktAuth's (it deletes itself after finished()).
    Result<TraktDeviceLogin *> startTraktLogin();
    /// Revokes and forgets the Trakt tokens.
    void logOutTrakt(QObject *context, Callback<void> done);
    /// A Trakt login that Trakt accepted but the keychain could not store (locked, no default
    /// keyring) waits in memory: Retry stores it.
    bool hasUnsavedTraktLogin() const;
    void retrySaveTraktLogin(QObject *context, Callback<void> done);

    Services *services() const { return m_services; }

    /// AniList status from what is stored (no network).
    static AccountStatus aniListStatus(
        const QString &token, const QDateTime &storedExpiry, const QDateTime &now);

Q_SIGNALS:
    /// For the activity log: `level` is a LogLevel value.
    void activity(const QString &level, const QString &message);

private:
    void checkAniList(bool online, std::function<void(AccountStatus, bool tmdbKey)> done);
    void checkTrakt(bool online, std::function<void(AccountStatus)> done);

    /// Says in the activity log when a service starts refusing a stored token (once, not on
    /// every check).
    void noteRefusals(const AccountsStatus &status);
    /// A Trakt login was stored: the activity log names the account.
    void noteTraktLogin();

    Services *m_services;
    AccountStatus::State m_aniListState = AccountStatus::State::NotLoggedIn;
    AccountStatus::State m_traktState = AccountStatus::State::NotLoggedIn;
};

} // namespace Tsuzuki

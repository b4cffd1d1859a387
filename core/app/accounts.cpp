#include "core/app/accounts.h"

#include "core/auth/secretbatch.h"
#include "core/auth/secretstore.h"
#include "core/auth/tokenexpiry.h"
#include "core/common/timeformat.h"
#include "core/log/redact.h"
#include "core/net/anilistclient.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"
#include "core/store/logrepository.h"

#include <QPointer>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString untilText(const QDateTime &expiresAt)
{
    return formatLocalTime(expiresAt);
}

/// The state of a token that expires at `expiry` (invalid: unknown) for AniList's warning period.
AccountStatus::State expiryState(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid())
        return AccountStatus::State::LoggedIn;
    switch (tokenExpiryState(expiry, now, std::chrono::hours(24 * AniListExpiryWarningDays))) {
    case TokenExpiryState::Expired:
        return AccountStatus::State::Expired;
    case TokenExpiryState::ExpiringSoon:
        return AccountStatus::State::ExpiringSoon;
    case TokenExpiryState::Valid:
        break;
    }
    return AccountStatus::State::LoggedIn;
}

} // namespace

QString AccountStatus::text() const
{
    switch (state) {
    case State::NotLoggedIn:
        return Accounts::tr("Not logged in");
    case State::Unavailable:
    case State::Refused:
        return problem;
    case State::Expired:
        return Accounts::tr("Token expired on %1: log in again").arg(untilText(expiresAt));
    case State::ExpiringSoon:
        return user.isEmpty()
            ? Accounts::tr("Logged in; the token expires on %1: log in again soon")
                  .arg(untilText(expiresAt))
            : Accounts::tr("Logged in as %1; the token expires on %2: log in again soon")
                  .arg(user, untilText(expiresAt));
    case State::LoggedIn:
        break;
    }
    if (expiresAt.isValid())
        return user.isEmpty()
            ? Accounts::tr("Logged in, token valid until %1").arg(untilText(expiresAt))
            : Accounts::tr("Logged in as %1, token valid until %2").arg(user, untilText(expiresAt));
    return user.isEmpty() ? Accounts::tr("Logged in") : Accounts::tr("Logged in as %1").arg(user);
}

Accounts::Accounts(Services *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

AccountStatus Accounts::aniListStatus(
    const QString &token, const QDateTime &storedExpiry, const QDateTime &now)
{
    AccountStatus status;
    if (token.isEmpty())
        return status;
    // The token itself says when it ends (a JWT); the stored date is for tokens that do not.
    const auto fromToken = jwtExpiry(token);
    status.expiresAt = fromToken ? fromToken.value() : storedExpiry;
    status.state = expiryState(status.expiresAt, now);
    return status;
}

void Accounts::check(
    bool online, QObject *context, std::function<void(const AccountsStatus &)> done)
{
    auto result = std::make_shared<AccountsStatus>();
    result->secretStore = m_services->secrets() ? m_services->secrets()->backendName() : QString();
    auto pending = std::make_shared<int>(2);
    QPointer<QObject> guard(context);
    const auto oneDone = [this, result, pending, guard, done] {
        if (--*pending != 0)
            return;
        noteRefusals(*result);
        if (guard)
            done(*result);
    };
    checkAniList(online, [result, oneDone](AccountStatus status, bool tmdbKey) {
        result->aniList = std::move(status);
        result->tmdbKey = tmdbKey;
        oneDone();
    });
    checkTrakt(online, [result, oneDone](AccountStatus status) {
        result->trakt = std::move(status);
        oneDone();
    });
}

void Accounts::noteRefusals(const AccountsStatus &status)
{
    using State = AccountStatus::State;
    if (status.aniList.state == State::Refused && m_aniListState != State::Refused)
        Q_EMIT activity(QString::fromLatin1(LogLevel::Warning),
            tr("AniList refused the stored token: log in to AniList again."));
    if (status.trakt.state == State::Refused && m_traktState != State::Refused)
        Q_EMIT activity(QString::fromLatin1(LogLevel::Warning),
            tr("Trakt refused the stored login: log in to Trakt again (%1)")
                .arg(status.trakt.problem));
    if (status.aniList.state != State::Unavailable)
        m_aniListState = status.aniList.state;
    if (status.trakt.state != State::Unavailable)
        m_traktState = status.trakt.state;
}

void Accounts::checkAniList(bool online, std::function<void(AccountStatus, bool)> done)
{
    SecretStore *secrets = m_services->secrets();
    readSecrets(secrets,
        { QString::fromLatin1(SecretKey::AniListToken),
            QString::fromLatin1(SecretKey::AniListTokenExpiry),
            QString::fromLatin1(SecretKey::TmdbApiKey) },
        this, [this, online, done](const Result<QHash<QString, QString>> &values) {
            if (!values) {
                AccountStatus status;
                status.state = AccountStatus::State::Unavailable;
                status.problem = values.error().userMessage;
                done(status, false);
                return;
            }
            const QString token = values->value(QString::fromLatin1(SecretKey::AniListToken));
            const bool tmdbKey
                = !values->value(QString::fromLatin1(SecretKey::TmdbApiKey)).isEmpty();
            registerSecret(token);
            AccountStatus status = aniListStatus(token,
                QDateTime::fromString(
                    values->value(QString::fromLatin1(SecretKey::AniListTokenExpiry)), Qt::ISODate),
                QDateTime::currentDateTimeUtc());
            if (!online || !status.isLoggedIn()) {
                done(status, tmdbKey);
                return;
            }
            m_services->aniList()->setAccessToken(token);
            m_services->aniList()->viewer(
                this, [status, tmdbKey, done](const Result<AniListViewer> &viewer) mutable {
                    if (viewer) {
                        status.user = viewer->name;
                    } else if (viewer.error().code == ErrorCode::AniListLoginRefused) {
                        status.state = AccountStatus::State::Refused;
                        status.problem = tr("AniList refused the stored token: log in again.");
                    }
                    done(status, tmdbKey);
                });
        });
}

void Accounts::checkTrakt(bool online, std::function<void(AccountStatus)> done)
{
    TraktAuth *auth = m_services->traktAuth();
    auth->accessToken(this, [this, auth, online, done](const Result<QString> &token) {
        AccountStatus status;
        if (!token) {
            if (token.error().code != ErrorCode::NotLoggedIn) {
                status.state = token.error().code == ErrorCode::TokenExpired
                    ? AccountStatus::State::Refused
                    : AccountStatus::State::Unavailable;
                status.problem = token.error().userMessage;
            }
            done(status);
            return;
        }
        status.state = AccountStatus::State::LoggedIn;
        status.expiresAt = auth->expiresAt();
        if (!online) {
            done(status);
            return;
        }
        m_services->trakt()->userSettings(
            this, [status, done](const Result<TraktUserSettings> &user) mutable {
                if (user)
                    status.user = user->username;
                else if (user.error().code == ErrorCode::Unauthorized
                    || user.error().code == ErrorCode::TokenExpired) {
                    status.state = AccountStatus::State::Refused;
                    status.problem = tr("Trakt refused the stored login: log in again.");
                }
                done(status);
            });
    });
}

void Accounts::logInAniList(const QString &token, QObject *context, Callback<AccountStatus> done)
{
    QPointer<QObject> guard(context);
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(makeError(ErrorCode::InvalidInput,
                        tr("Paste the token from AniList's PIN page first.")));
            },
            Qt::QueuedConnection);
        return;
    }
    registerSecret(trimmed);
    SecretStore *secrets = m_services->secrets();
    if (!secrets || !secrets->isWritable()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(makeError(ErrorCode::Keychain,
                        tr("There is no writable keychain to keep the AniList token in.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // Ask AniList first: a token it refuses is never stored.
    auto *client = m_services->aniList();
    client->setAccessToken(trimmed);
    client->viewer(
        this, [this, secrets, trimmed, guard, done](const Result<AniListViewer> &viewer) {
            if (!viewer) {
                if (guard)
                    done(viewer.error());
                return;
            }
            AccountStatus status = aniListStatus(trimmed, {}, QDateTime::currentDateTimeUtc());
            if (!status.expiresAt.isValid()) // not a JWT: AniList tokens last a year
                status.expiresAt = QDateTime::currentDateTimeUtc().addDays(365);
            status.state = expiryState(status.expiresAt, QDateTime::currentDateTimeUtc());
            status.user = viewer->name;
            writeSecrets(secrets,
                { { QString::fromLatin1(SecretKey::AniListToken), trimmed },
                    { QString::fromLatin1(SecretKey::AniListTokenExpiry),
                        status.expiresAt.toUTC().toString(Qt::ISODate) } },
                this, [this, status, guard, done](const Result<void> &written) {
                    if (!written) {
                        if (guard)
                            done(written.error());
                        return;
                    }
                    m_aniListState = status.state;
                    Q_EMIT activity(QString::fromLatin1(LogLevel::Info),
                        tr("Logged in to AniList as %1").arg(status.user));
                    if (guard)
                        done(status);
                });
        });
}

void Accounts::logOutAniList(QObject *context, Callback<void> done)
{
    QPointer<QObject> guard(context);
    writeSecrets(m_services->secrets(),
        { { QString::fromLatin1(SecretKey::AniListToken), QString() },
            { QString::fromLatin1(SecretKey::AniListTokenExpiry), QString() } },
        this, [this, guard, done](const Result<void> &removed) {
            m_services->aniList()->setAccessToken({});
            if (removed)
                Q_EMIT activity(QString::fromLatin1(LogLevel::Info), tr("Logged out of AniList"));
            if (guard)
                done(removed);
        });
}

Result<TraktDeviceLogin *> Accounts::startTraktLogin()
{
    if (m_services->config().traktClientId.isEmpty())
        return makeError(ErrorCode::NotLoggedIn,
            tr("No Trakt client id. Create an app at trakt.tv/oauth/applications, then enter its "
               "client id and secret in Settings → Accounts (or set TRAKT_CLIENT_ID and "
               "TRAKT_CLIENT_SECRET)."));
    TraktDeviceLogin *login = m_services->traktAuth()->startDeviceLogin();
    connect(login, &TraktDeviceLogin::finished, this, [this, login] {
        if (login->ok())
            noteTraktLogin();
        else if (login->error().code != ErrorCode::Cancelled)
            Q_EMIT activity(QString::fromLatin1(LogLevel::Warning),
                tr("Trakt login failed: %1").arg(login->error().userMessage));
    });
    return login;
}

void Accounts::noteTraktLogin()
{
    m_traktState = AccountStatus::State::LoggedIn;
    // The log names the account, as it does for AniList.
    m_services->trakt()->userSettings(this, [this](const Result<TraktUserSettings> &user) {
        Q_EMIT activity(QString::fromLatin1(LogLevel::Info),
            user && !user->username.isEmpty() ? tr("Logged in to Trakt as %1").arg(user->username)
                                              : tr("Logged in to Trakt"));
    });
}

bool Accounts::hasUnsavedTraktLogin() const
{
    return m_services->traktAuth()->hasUnsavedLogin();
}

void Accounts::retrySaveTraktLogin(QObject *context, Callback<void> done)
{
    QPointer<QObject> guard(context);
    m_services->traktAuth()->saveUnsavedLogin(this, [this, guard, done](const Result<void> &saved) {
        if (saved)
            noteTraktLogin();
        else
            Q_EMIT activity(QString::fromLatin1(LogLevel::Warning),
                tr("The Trakt login could still not be saved: %1").arg(saved.error().userMessage));
        if (guard)
            done(saved);
    });
}

void Accounts::logOutTrakt(QObject *context, Callback<void> done)
{
    QPointer<QObject> guard(context);
    m_services->traktAuth()->logout(this, [this, guard, done](const Result<void> &result) {
        Q_EMIT activity(QString::fromLatin1(LogLevel::Info), tr("Logged out of Trakt"));
        if (guard)
            done(result);
    });
}

} // namespace Tsuzuki

#include "traktauth.h"

#include "core/auth/secretbatch.h"
#include "core/auth/secretstore.h"
#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/net/httpclient.h"
#include "core/net/responselimits.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// ---- TraktDeviceLogin ------------------------------------------------------------------

TraktDeviceLogin::TraktDeviceLogin(TraktAuth *auth)
    : QObject(auth)
    , m_auth(auth)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TraktDeviceLogin::poll);
}

void TraktDeviceLogin::start()
{
    m_auth->ensureLoaded(this, [this](const Result<void> &loaded) {
        if (!loaded) {
            fail(loaded.error());
            return;
        }
        if (m_auth->m_clientId.isEmpty()) {
            fail(makeError(ErrorCode::InvalidInput, tr("No Trakt client id is set.")));
            return;
        }
        HttpRequest request;
        request.method = "POST"_ba;
        request.kind = RateLimiter::Kind::Read; // OAuth, not the API write budget
        request.maxResponseBytes = ResponseLimit::Small;
        request.url = m_auth->authEndpoint(u"/oauth/device/code"_s);
        request.body = jsonBody({ { u"client_id"_s, m_auth->m_clientId } });
        request.idempotent = true; // asking for a code again is harmless
        m_requestId = m_auth->m_http->send(request, this, [this](const HttpResponse &response) {
            m_requestId = 0;
            if (!response.ok()) {
                fail(response.error);
                return;
            }
            const QJsonObject o = response.json.object();
            m_deviceCode = o.value(u"device_code"_s).toString();
            registerSecret(m_deviceCode);
            m_userCode = o.value(u"user_code"_s).toString();
            m_verificationUrl = QUrl(o.value(u"verification_url"_s).toString());
            const int expiresIn = o.value(u"expires_in"_s).toInt(600);
            const int interval = std::max(1, o.value(u"interval"_s).toInt(5));
            if (m_deviceCode.isEmpty() || m_userCode.isEmpty()) {
                fail(makeError(ErrorCode::BadResponse, tr("Trakt did not send a login code."), {},
                    response.status));
                return;
            }
            m_intervalMs = qint64(interval) * m_auth->m_timeUnitMs;
            m_deadlineMs = m_auth->m_http->now() + qint64(expiresIn) * m_auth->m_timeUnitMs;
            qCInfo(lcAuth, "Trakt device login: code issued, polling every %d s for %d s", interval,
                expiresIn);
            Q_EMIT codeReceived(m_userCode, m_verificationUrl, expiresIn);
            scheduleNextPoll();
        });
    });
}

void TraktDeviceLogin::scheduleNextPoll()
{
    if (m_finished)
        return;
    const qint64 left = m_deadlineMs - m_auth->m_http->now();
    if (left <= 0) {
        fail(makeError(ErrorCode::Timeout,
            tr("The Trakt login code expired before it was approved. Start the login again.")));
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::min(m_intervalMs, left)));
}

void TraktDeviceLogin::poll()
{
    if (m_finished)
        return;
    if (m_auth->m_http->now() >= m_deadlineMs) {
        fail(makeError(ErrorCode::Timeout,
            tr("The Trakt login code expired before it was approved. Start the login again.")));
        return;
    }
    ++m_polls;
    HttpRequest request;
    request.method = "POST"_ba;
    request.kind = RateLimiter::Kind::Read; // OAuth, not the API write budget
    request.maxResponseBytes = ResponseLimit::Small;
    request.url = m_auth->authEndpoint(u"/oauth/device/token"_s);
    request.body = jsonBody({ { u"code"_s, m_deviceCode }, { u"client_id"_s, m_auth->m_clientId },
        { u"client_secret"_s, m_auth->m_clientSecret } });
    request.idempotent = true; // polling: a lost answer is asked again
    request.passThroughStatuses = { 400, 404, 409, 410, 418, 429 };
    m_requestId = m_auth->m_http->send(request, this, [this](const HttpResponse &response) {
        m_requestId = 0;
        if (m_finished)
            return;
        switch (response.status) {
        case 200:
        case 201: {
            if (!response.ok()) {
                fail(response.error);
                return;
            }
            const Result<TraktToken> token
                = TraktAuth::parseToken(response.json.object(), m_auth->m_now());
            if (!token) {
                fail(token.error());
                return;
            }
            m_timer.stop();
            m_auth->m_unsaved = {};
            m_auth->writeToken(
                token.value(), this, [this, pair = token.value()](const Result<void> &stored) {
                    if (!stored) {
                        // Trakt accepted the code (it cannot be used twice): keep the pair for a
                        // Retry.
                        m_auth->m_unsaved = pair;
                        fail(TraktAuth::unsavedLoginError(stored.error()));
                        return;
                    }
                    succeed();
                });
            return;
        }
        case 400: // pending: the user has not approved yet
            scheduleNextPoll();
            return;
        case 429: // slow down
            m_intervalMs += qint64(m_auth->m_slowDownSecs) * m_auth->m_timeUnitMs;
            qCInfo(lcAuth, "Trakt device login: asked to slow down, polling every %lld ms",
                m_intervalMs);
            scheduleNextPoll();
            return;
        case 404:
            fail(makeError(ErrorCode::InvalidInput,
                tr("Trakt does not know this login code. Start the login again."), {}, 404));
            return;
        case 409:
            fail(makeError(ErrorCode::InvalidInput,
                tr("This Trakt login code was already used. Start the login again."), {}, 409));
            return;
        case 410:
            fail(makeError(ErrorCode::Timeout,
                tr("The Trakt login code expired before it was approved. Start the login again."),
                {}, 410));
            return;
        case 418:
            fail(makeError(ErrorCode::Unauthorized, tr("The Trakt login was denied."), {}, 418));
            return;
        default:
            break;
        }
        // Transient trouble (network, 5xx): keep polling until the code expires.
        const ErrorCode code = response.error.code;
        if (code == ErrorCode::Network || code == ErrorCode::Timeout
            || code == ErrorCode::ServerError) {
            qCInfo(lcAuth, "Trakt device login: poll failed (%s), trying again",
                qUtf8Printable(errorCodeName(code)));
            scheduleNextPoll();
            return;
        }
        fail(response.error);
    });
}

void TraktDeviceLogin::cancel()
{
    if (m_finished)
        return;
    fail(makeError(ErrorCode::Cancelled, tr("The Trakt login was cancelled.")));
}

void TraktDeviceLogin::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_requestId)
        m_auth->m_http->cancel(m_requestId);
    m_error = std::move(error);
    qCInfo(lcAuth, "Trakt device login ended: %s", qUtf8Printable(errorCodeName(m_error.code)));
    Q_EMIT finished();
    deleteLater();
}

void TraktDeviceLogin::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_error = Error { ErrorCode::None, {}, {}, 0 };
    qCInfo(lcAuth, "Trakt device login succeeded");
    Q_EMIT finished();
    deleteLater();
}

// ---- TraktAuth -------------------------------------------------------------------------

TraktAuth::TraktAuth(HttpClient *http, SecretStore *store, const QUrl &authUrl,
    const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_store(store)
    , m_authUrl(authUrl)
    , m_clientId(clientId)
{ }

void TraktAuth::setClientSecret(const QString &secret)
{
    registerSecret(secret);
    m_clientSecret = secret;
}

QUrl TraktAuth::authEndpoint(const QString &path) const
{
    QUrl url = m_authUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

Result<TraktToken> TraktAuth::parseToken(const QJsonObject &o, const QDateTime &now)
{
    TraktToken token;
    token.accessToken = o.value(u"access_token"_s).toString();
    token.refreshToken = o.value(u"refresh_token"_s).toString();
    if (token.accessToken.isEmpty())
        return makeError(ErrorCode::BadResponse, tr("Trakt sent a login answer without a token."));
    const qint64 expiresIn = o.value(u"expires_in"_s).toInteger();
    const qint64 createdAt = o.value(u"created_at"_s).toInteger();
    const QDateTime created
        = createdAt > 0 ? QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC) : now;
    if (expiresIn > 0)
        token.expiresAt = created.addSecs(expiresIn);
    return token;
}

bool TraktAuth::isExpired() const
{
    return m_token.expiresAt.isValid() && m_now() >= m_token.expiresAt;
}

bool TraktAuth::isRefreshRefused() const
{
    return !m_refusedRefreshToken.isEmpty() && m_token.refreshToken == m_refusedRefreshToken;
}

Error TraktAuth::refusedError() const
{
    return makeError(ErrorCode::RefreshRefused,
        tr("Trakt refused to renew your login (the app was disconnected, or the login was used "
           "elsewhere). Log in to Trakt again; nothing more is sent until then."),
        {}, 401);
}

bool TraktAuth::expiresSoon() const
{
    if (!m_token.expiresAt.isValid())
        return false;
    return m_now().addSecs(m_refreshMarginSecs) >= m_token.expiresAt;
}

void TraktAuth::ensureLoaded(QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    if (m_loaded) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(Result<void>());
            },
            Qt::QueuedConnection);
        return;
    }
    m_loadWaiters.append({ guard, std::move(done) });
    if (m_loading)
        return;
    m_loading = true;
    const auto finishLoad = [this](const Result<void> &result) {
        m_loading = false;
        m_loaded = result.ok();
        const auto waiters = std::exchange(m_loadWaiters, {});
        for (const auto &[ctx, cb] : waiters) {
            if (ctx)
                cb(result);
        }
    };
    if (!m_store) {
        QMetaObject::invokeMethod(
            this,
            [finishLoad] {
                finishLoad(
                    makeError(ErrorCode::KeychainUnavailable, tr("No secret store is available.")));
            },
            Qt::QueuedConnection);
        return;
    }
    QStringList keys { QLatin1StringView(SecretKey::TraktAccessToken),
        QLatin1StringView(SecretKey::TraktRefreshToken),
        QLatin1StringView(SecretKey::TraktTokenExpiry) };
    if (m_clientSecret.isEmpty())
        keys << QLatin1StringView(SecretKey::TraktClientSecret);
    readSecrets(
        m_store, keys, this, [this, finishLoad](const Result<QHash<QString, QString>> &values) {
            if (!values) {
                finishLoad(values.error());
                return;
            }
            const auto &v = values.value();
            // A login stored while we were reading wins over what we read.
            if (!m_token.isValid()) {
                registerSecret(v.value(QLatin1StringView(SecretKey::TraktAccessToken)));
                registerSecret(v.value(QLatin1StringView(SecretKey::TraktRefreshToken)));
                m_token.accessToken = v.value(QLatin1StringView(SecretKey::TraktAccessToken));
                m_token.refreshToken = v.value(QLatin1StringView(SecretKey::TraktRefreshToken));
                m_token.expiresAt = QDateTime::fromString(
                    v.value(QLatin1StringView(SecretKey::TraktTokenExpiry)), Qt::ISODate);
            }
            if (m_clientSecret.isEmpty())
                m_clientSecret = v.value(QLatin1StringView(SecretKey::TraktClientSecret));
            registerSecret(m_clientSecret);
            finishLoad(Result<void>());
        });
}

void TraktAuth::storeToken(const TraktToken &token, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    writeToken(token, this, [guard, done](const Result<void> &written) {
        if (!guard)
            return;
        if (written) {
            done(written);
            return;
        }
        Error error = written.error();
        error.userMessage = tr("The new Trakt login could not be saved (%1). Log in again.")
                                .arg(error.userMessage);
        done(error);
    });
}

Error TraktAuth::unsavedLoginError(const Error &storeError)
{
    Error error = storeError;
    error.userMessage
        = tr("Trakt accepted the login, but it could not be saved: %1 The login is kept until "
             "Tsuzuki quits: fix this, then press Retry.")
              .arg(storeError.userMessage);
    return error;
}

void TraktAuth::saveUnsavedLogin(QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    if (!m_unsaved.isValid()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(makeError(ErrorCode::NotLoggedIn,
                        tr("There is no Trakt login waiting to be saved. Log in again.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const TraktToken pair = m_unsaved;
    writeToken(pair, this, [this, pair, guard, done](const Result<void> &written) {
        if (written && m_unsaved.accessToken == pair.accessToken)
            m_unsaved = {};
        if (guard)
            done(written ? written : Result<void>(unsavedLoginError(written.error())));
    });
}

void TraktAuth::writeToken(const TraktToken &token, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    registerSecret(token.accessToken);
    registerSecret(token.refreshToken);
    const auto adopt = [this, token, guard, done] {
        m_token = token;
        m_loaded = true;
        m_refusedRefreshToken.clear();
        Q_EMIT tokenChanged();
        if (guard)
            done(Result<void>());
    };
    if (!m_store || !m_store->isWritable()) {
        // Environment tokens: nothing can be saved. Use the pair for this session and say so.
        qCWarning(lcAuth,
            "Trakt tokens are read from %s and cannot be saved: the new pair lives only "
            "until exit",
            m_store ? qUtf8Printable(m_store->backendName()) : "nowhere");
        QMetaObject::invokeMethod(this, adopt, Qt::QueuedConnection);
        return;
    }
    const QList<std::pair<QString, QString>> items {
        { QLatin1StringView(SecretKey::TraktRefreshToken), token.refreshToken },
        { QLatin1StringView(SecretKey::TraktAccessToken), token.accessToken },
        { QLatin1StringView(SecretKey::TraktTokenExpiry),
            token.expiresAt.isValid() ? token.expiresAt.toUTC().toString(Qt::ISODate) : QString() },
    };
    writeSecrets(m_store, items, this, [adopt, guard, done](const Result<void> &written) {
        if (!written) {
            if (guard)
                done(written.error());
            return;
        }
        adopt();
    });
}

void TraktAuth::accessToken(QObject *context, TokenCallback done)
{
    QPointer<QObject> guard(context);
    ensureLoaded(this, [this, guard, done](const Result<void> &loaded) {
        if (!guard)
            return;
        if (!loaded) {
            done(loaded.error());
            return;
        }
        if (!m_token.isValid()) {
            done(makeError(ErrorCode::NotLoggedIn, tr("Not logged in to Trakt.")));
            return;
        }
        if (isRefreshRefused() && !m_refreshing) {
            // Trakt said no to this login's renewal: use the access token while it lasts, never
            // ask again with the same refresh token.
            if (isExpired())
                done(refusedError());
            else
                done(m_token.accessToken);
            return;
        }
        if (m_refreshing || (expiresSoon() && !m_token.refreshToken.isEmpty())) {
            refresh(guard, done);
            return;
        }
        done(m_token.accessToken);
    });
}

void TraktAuth::refreshAfterUnauthorized(
    const QString &rejectedToken, QObject *context, TokenCallback done)
{
    QPointer<QObject> guard(context);
    ensureLoaded(this, [this, rejectedToken, guard, done](const Result<void> &loaded) {
        if (!guard)
            return;
        if (!loaded) {
            done(loaded.error());
            return;
        }
        if (!m_refreshing && m_token.isValid() && m_token.accessToken != rejectedToken) {
            done(m_token.accessToken); // someone else refreshed already
            return;
        }
        refresh(guard, done);
    });
}

void TraktAuth::refresh(QObject *context, TokenCallback done)
{
    m_refreshWaiters.append({ QPointer<QObject>(context), std::move(done) });
    if (m_refreshing)
        return; // single-flight: join the refresh in flight
    m_refreshing = true;
    ensureLoaded(this, [this](const Result<void> &loaded) {
        if (!loaded) {
            finishRefresh(loaded.error());
            return;
        }
        if (m_token.refreshToken.isEmpty()) {
            finishRefresh(
                makeError(ErrorCode::NotLoggedIn, tr("Not logged in to Trakt. Log in again.")));
            return;
        }
        if (isRefreshRefused()) {
            finishRefresh(refusedError()); // never repeat a refresh Trakt has refused
            return;
        }
        qCInfo(lcAuth, "refreshing the Trakt access token");
        ++m_refreshAttempts;
        const QString spent = m_token.refreshToken;
        HttpRequest request;
        request.method = "POST"_ba;
        request.kind = RateLimiter::Kind::Read; // OAuth, not the API write budget
        request.maxResponseBytes = ResponseLimit::Small;
        request.url = authEndpoint(u"/oauth/token"_s);
        request.body = jsonBody({ { u"refresh_token"_s, m_token.refreshToken },
            { u"client_id"_s, m_clientId }, { u"client_secret"_s, m_clientSecret },
            { u"redirect_uri"_s, u"urn:ietf:wg:oauth:2.0:oob"_s },
            { u"grant_type"_s, u"refresh_token"_s } });
        // Never repeated automatically: the refresh token is single use.
        request.idempotent = false;
        m_http->send(request, this, [this, spent](const HttpResponse &response) {
            if (!response.ok()) {
                if ((response.status == 400 || response.status == 401)
                    && response.body.contains("invalid_grant")) {
                    Error error = refusedError();
                    error.detail = response.error.toString();
                    adoptStoredOrRefuse(spent, error);
                    return;
                }
                Error error = response.error;
                error.code = ErrorCode::TokenExpired;
                error.detail = response.error.toString();
                error.userMessage = tr("Trakt did not renew the login. Log in again.");
                finishRefresh(error);
                return;
            }
            const Result<TraktToken> token = parseToken(response.json.object(), m_now());
            if (!token) {
                finishRefresh(token.error());
                return;
            }
            // Persist first, use after: the old refresh token is spent now.
            storeToken(token.value(), this, [this](const Result<void> &stored) {
                if (!stored) {
                    finishRefresh(stored.error());
                    return;
                }
                ++m_refreshCount;
                finishRefresh(m_token.accessToken);
            });
        });
    });
}

void TraktAuth::adoptStoredOrRefuse(const QString &refused, const Error &error)
{
    // A refresh token is single use: if another process renewed the login first, its new pair is
    // in the store and is the one to use. Otherwise this refresh token is dead: remember it, and
    // never send it again.
    const auto refuse = [this, refused, error] {
        m_refusedRefreshToken = refused;
        qCWarning(lcAuth, "Trakt refused to renew the login (invalid_grant); not asking again");
        finishRefresh(error);
    };
    if (!m_store) {
        refuse();
        return;
    }
    readSecrets(m_store,
        { QLatin1StringView(SecretKey::TraktAccessToken),
            QLatin1StringView(SecretKey::TraktRefreshToken),
            QLatin1StringView(SecretKey::TraktTokenExpiry) },
        this, [this, refused, refuse](const Result<QHash<QString, QString>> &values) {
            const QString storedRefresh = values
                ? values.value().value(QLatin1StringView(SecretKey::TraktRefreshToken))
                : QString();
            const QString storedAccess = values
                ? values.value().value(QLatin1StringView(SecretKey::TraktAccessToken))
                : QString();
            if (storedRefresh.isEmpty() || storedRefresh == refused || storedAccess.isEmpty()) {
                refuse();
                return;
            }
            registerSecret(storedAccess);
            registerSecret(storedRefresh);
            m_token.accessToken = storedAccess;
            m_token.refreshToken = storedRefresh;
            m_token.expiresAt = QDateTime::fromString(
                values.value().value(QLatin1StringView(SecretKey::TraktTokenExpiry)), Qt::ISODate);
            qCInfo(lcAuth, "another process renewed the Trakt login first: using its pair");
            Q_EMIT tokenChanged();
            finishRefresh(m_token.accessToken);
        });
}

void TraktAuth::finishRefresh(const Result<QString> &result)
{
    m_refreshing = false;
    if (!result)
        qCWarning(lcAuth, "Trakt token refresh failed: %s",
            qUtf8Printable(errorCodeName(result.error().code)));
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &[ctx, cb] : waiters) {
        if (ctx)
            cb(result);
    }
}

void TraktAuth::logout(QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    ensureLoaded(this, [this, guard, done](const Result<void> &loaded) {
        const auto clearLocal = [this, guard, done](const Result<void> &revokeResult) {
            // The values stay registered for redaction: old log lines may still be printed.
            m_token = {};
            const auto finishLogout
                = [this, guard, done, revokeResult](const Result<void> &removed) {
                      Q_EMIT loggedOut();
                      if (!guard)
                          return;
                      done(!removed ? removed : revokeResult);
                  };
            if (!m_store || !m_store->isWritable()) {
                finishLogout(Result<void>());
                return;
            }
            writeSecrets(m_store,
                { { QLatin1StringView(SecretKey::TraktAccessToken), QString() },
                    { QLatin1StringView(SecretKey::TraktRefreshToken), QString() },
                    { QLatin1StringView(SecretKey::TraktTokenExpiry), QString() } },
                this, finishLogout);
        };
        if (!loaded || !m_token.isValid()) {
            clearLocal(Result<void>());
            return;
        }
        HttpRequest request;
        request.method = "POST"_ba;
        request.kind = RateLimiter::Kind::Read; // OAuth, not the API write budget
        request.maxResponseBytes = ResponseLimit::Small;
        request.url = authEndpoint(u"/oauth/revoke"_s);
        request.body = jsonBody({ { u"token"_s, m_token.accessToken },
            { u"client_id"_s, m_clientId }, { u"client_secret"_s, m_clientSecret } });
        request.expectJson = false;
        request.idempotent = true; // revoking twice is harmless
        m_http->send(request, this, [clearLocal](const HttpResponse &response) {
            clearLocal(response.ok() ? Result<void>() : Result<void>(response.error));
        });
    });
}

TraktDeviceLogin *TraktAuth::startDeviceLogin()
{
    auto *login = new TraktDeviceLogin(this);
    QMetaObject::invokeMethod(login, &TraktDeviceLogin::start, Qt::QueuedConnection);
    return login;
}

} // namespace Tsuzuki

#include "services.h"

#include "core/auth/secretbatch.h"
#include "core/auth/secretstore.h"
#include "core/log/redact.h"
#include "core/net/anilistclient.h"
#include "core/net/httpclient.h"
#include "core/net/tmdbclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

HttpClientOptions tuned(HttpClientOptions o, const HttpTimings &t, bool trakt)
{
    if (t.relaxedReadLimits) {
        o.limits.readsPerWindow = 0;
        o.limits.readWindowMs = 0;
        o.limits.lowRemainingThreshold = 0;
    }
    if (trakt)
        o.limits.writeSpacingMs = t.postSpacingMs;
    if (t.backoffMs > 0)
        o.backoffBaseMs = t.backoffMs;
    if (t.timeoutMs > 0)
        o.timeoutMs = t.timeoutMs;
    if (t.deadlineMs > 0)
        o.deadlineMs = t.deadlineMs;
    if (t.retryAfterCapMs > 0)
        o.defaultRetryAfterMs = std::min<qint64>(o.defaultRetryAfterMs, t.retryAfterCapMs);
    return o;
}

} // namespace

HttpTimings HttpTimings::fromEnvironment(const QProcessEnvironment &env)
{
    HttpTimings t;
    if (env.contains(u"TSUZUKI_SYNC_POST_SPACING_MS"_s))
        t.postSpacingMs = env.value(u"TSUZUKI_SYNC_POST_SPACING_MS"_s).toInt();
    if (env.contains(u"TSUZUKI_SYNC_TIMEOUT_MS"_s))
        t.timeoutMs = env.value(u"TSUZUKI_SYNC_TIMEOUT_MS"_s).toInt();
    if (env.contains(u"TSUZUKI_SYNC_FAST"_s)) {
        t.relaxedReadLimits = true;
        t.backoffMs = 50;
        t.retryAfterCapMs = 200;
    }
    return t;
}

Services::Services(
    const ServiceConfig &config, SecretStore *secrets, const HttpTimings &timings, QObject *parent)
    : Services(config, secrets, nullptr, true, timings, parent)
{ }

Services::Services(const ServiceConfig &config, SecretStore *secrets, TraktTokenSource *tokens,
    const HttpTimings &timings, QObject *parent)
    : Services(config, secrets, tokens, false, timings, parent)
{ }

Services::Services(const ServiceConfig &config, SecretStore *secrets, TraktTokenSource *tokens,
    bool ownAuth, const HttpTimings &timings, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_timings(timings)
    , m_secrets(secrets)
    , m_aniListHttp(new HttpClient(tuned(HttpClientOptions::aniList(), timings, false), this))
    , m_traktHttp(new HttpClient(tuned(HttpClientOptions::trakt(), timings, true), this))
    , m_tmdbHttp(new HttpClient(tuned(HttpClientOptions::tmdb(), timings, false), this))
    , m_aniList(new AniListClient(m_aniListHttp, config.aniListUrl, this))
    , m_tokens(tokens)
    , m_tmdb(new TmdbClient(m_tmdbHttp, config.tmdbUrl, this))
{
    if (ownAuth) {
        m_traktAuth
            = new TraktAuth(m_traktHttp, secrets, config.traktAuthUrl, config.traktClientId, this);
        m_tokens = m_traktAuth;
    }
    m_trakt = new TraktClient(m_traktHttp, m_tokens, config.traktUrl, config.traktClientId, this);
}

Services::~Services() = default;

void Services::setTraktClientId(const QString &clientId)
{
    if (clientId == m_config.traktClientId)
        return;
    m_config.traktClientId = clientId;
    m_trakt->setClientId(clientId);
    if (m_traktAuth)
        m_traktAuth->setClientId(clientId);
    Q_EMIT traktClientIdChanged(clientId);
}

void Services::loadSecrets(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done();
            },
            Qt::QueuedConnection);
        return;
    }
    QStringList keys { QString::fromLatin1(SecretKey::AniListToken),
        QString::fromLatin1(SecretKey::TmdbApiKey) };
    if (m_traktAuth)
        keys << QString::fromLatin1(SecretKey::TraktClientSecret);
    // One failing read (a locked keychain) must not hide the others: read them one by one.
    auto left = std::make_shared<int>(int(keys.size()));
    for (const QString &key : std::as_const(keys)) {
        readSecrets(m_secrets, { key }, this,
            [this, key, left, guard, done](const Result<QHash<QString, QString>> &values) {
                const QString value = values ? values->value(key) : QString();
                if (!value.isEmpty()) {
                    registerSecret(value);
                    if (key == QLatin1StringView(SecretKey::AniListToken)) {
                        m_aniListToken = value;
                        m_aniList->setAccessToken(value);
                        m_hasAniListToken = true;
                    } else if (key == QLatin1StringView(SecretKey::TmdbApiKey)) {
                        m_tmdb->setCredential(value);
                        m_hasTmdbKey = true;
                    } else if (m_traktAuth) {
                        m_traktAuth->setClientSecret(value);
                    }
                }
                if (--*left == 0 && guard)
                    done();
            });
    }
}

QHash<QString, int> Services::requestCounts() const
{
    return { { u"anilist"_s, int(m_aniListHttp->requestCount()) },
        { u"trakt"_s, int(m_traktHttp->requestCount()) },
        { u"tmdb"_s, int(m_tmdbHttp->requestCount()) } };
}

} // namespace Tsuzuki

#include "core/sync/syncclients.h"

#include "core/net/anilistclient.h"
#include "core/net/httpclient.h"
#include "core/net/tmdbclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
HttpClientOptions tuned(HttpClientOptions o, const SyncTimings &t, bool trakt)
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
    if (t.retryAfterCapMs > 0) {
        o.defaultRetryAfterMs = std::min<qint64>(o.defaultRetryAfterMs, t.retryAfterCapMs);
    }
    return o;
}
} // namespace

SyncClients::SyncClients(const ServiceConfig &services, SecretStore *secrets,
    const SyncTimings &timings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_aniListHttp(new HttpClient(tuned(HttpClientOptions::aniList(), timings, false), this))
    , m_traktHttp(new HttpClient(tuned(HttpClientOptions::trakt(), timings, true), this))
    , m_aniList(new AniListClient(m_aniListHttp, services.aniListUrl, this))
    , m_auth(
          new TraktAuth(m_traktHttp, secrets, services.traktAuthUrl, services.traktClientId, this))
    , m_trakt(new TraktClient(m_traktHttp, m_auth, services.traktUrl, services.traktClientId, this))
    , m_tmdbHttp(new HttpClient(tuned(HttpClientOptions::tmdb(), timings, false), this))
    , m_tmdb(new TmdbClient(m_tmdbHttp, services.tmdbUrl, this))
{ }

void SyncClients::setTmdbCredential(const QString &credential)
{
    m_tmdb->setCredential(credential);
}

QHash<QString, int> SyncClients::requestCounts() const
{
    return { { u"anilist"_s, int(m_aniListHttp->requestCount()) },
        { u"trakt"_s, int(m_traktHttp->requestCount()) },
        { u"tmdb"_s, int(m_tmdbHttp->requestCount()) } };
}

} // namespace Tsuzuki

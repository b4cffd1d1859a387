#include "services.h"

#include "core/auth/secretstore.h"
#include "core/log/redact.h"
#include "core/net/anilistclient.h"
#include "core/net/httpclient.h"
#include "core/net/tmdbclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Services::Services(const ServiceConfig &config, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secrets(secrets)
    , m_aniListHttp(new HttpClient(HttpClientOptions::aniList(), this))
    , m_traktHttp(new HttpClient(HttpClientOptions::trakt(), this))
    , m_tmdbHttp(new HttpClient(HttpClientOptions::tmdb(), this))
    , m_aniList(new AniListClient(m_aniListHttp, config.aniListUrl, this))
    , m_traktAuth(
          new TraktAuth(m_traktHttp, secrets, config.traktAuthUrl, config.traktClientId, this))
    , m_trakt(
          new TraktClient(m_traktHttp, m_traktAuth, config.traktUrl, config.traktClientId, this))
    , m_tmdb(new TmdbClient(m_tmdbHttp, config.tmdbUrl, this))
{ }

Services::~Services() = default;

void Services::loadSecrets(QObject *context, std::function<void()> done)
{
    struct Pending
    {
        int left = 3;
        std::function<void()> done;
        QPointer<QObject> context;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->context = context;
    auto oneDone = [pending] {
        if (--pending->left == 0 && pending->context)
            pending->done();
    };

    auto read = [this, oneDone](const char *key, std::function<void(const QString &)> apply) {
        SecretJob *job = m_secrets->read(QString::fromLatin1(key));
        connect(job, &SecretJob::finished, this, [job, apply = std::move(apply), oneDone] {
            if (job->ok() && !job->value().isEmpty()) {
                registerSecret(job->value());
                apply(job->value());
            }
            oneDone();
        });
    };
    read(SecretKey::AniListToken, [this](const QString &token) {
        m_aniListToken = token;
        m_aniList->setAccessToken(token);
        m_hasAniListToken = true;
    });
    read(SecretKey::TmdbApiKey, [this](const QString &key) {
        m_tmdb->setCredential(key);
        m_hasTmdbKey = true;
    });
    read(SecretKey::TraktClientSecret,
        [this](const QString &secret) { m_traktAuth->setClientSecret(secret); });
}

QJsonObject Services::requestCounts() const
{
    return { { u"anilist"_s, qint64(m_aniListHttp->requestCount()) },
        { u"trakt"_s, qint64(m_traktHttp->requestCount()) },
        { u"tmdb"_s, qint64(m_tmdbHttp->requestCount()) } };
}

} // namespace Tsuzuki

#pragma once

#include "core/net/serviceconfig.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Tsuzuki {

class AniListClient;
class HttpClient;
class SecretStore;
class TmdbClient;
class TraktAuth;
class TraktClient;

/// The service clients one thread needs, wired once from the ServiceConfig and the SecretStore: one
/// HttpClient per service (each with its own limiter), the AniList, Trakt and TMDB clients and
/// TraktAuth. The GUI's worker, the CLI and the sync engine each own one; they never share it
/// across threads.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)

public:
    /// `secrets` must outlive this object.
    Services(const ServiceConfig &config, SecretStore *secrets, QObject *parent = nullptr);
    ~Services() override;

    const ServiceConfig &config() const { return m_config; }
    SecretStore *secrets() const { return m_secrets; }
    HttpClient *aniListHttp() const { return m_aniListHttp; }
    HttpClient *traktHttp() const { return m_traktHttp; }
    HttpClient *tmdbHttp() const { return m_tmdbHttp; }
    AniListClient *aniList() const { return m_aniList; }
    TraktAuth *traktAuth() const { return m_traktAuth; }
    TraktClient *trakt() const { return m_trakt; }
    TmdbClient *tmdb() const { return m_tmdb; }

    /// Reads the AniList token, the TMDB key and the Trakt client secret from the secret store into
    /// the clients (registered with redact()). Absent secrets are not errors: a client without its
    /// token reports NotLoggedIn when used. `done` runs in `context`'s thread once all reads
    /// finished.
    void loadSecrets(QObject *context, std::function<void()> done);
    bool hasAniListToken() const { return m_hasAniListToken; }
    bool hasTmdbKey() const { return m_hasTmdbKey; }
    /// The AniList token read by loadSecrets() (for its expiry); empty when absent.
    QString aniListToken() const { return m_aniListToken; }

    /// Requests sent so far per service: {"anilist": n, "trakt": n, "tmdb": n}.
    QJsonObject requestCounts() const;

private:
    ServiceConfig m_config;
    SecretStore *m_secrets;
    HttpClient *m_aniListHttp;
    HttpClient *m_traktHttp;
    HttpClient *m_tmdbHttp;
    AniListClient *m_aniList;
    TraktAuth *m_traktAuth;
    TraktClient *m_trakt;
    TmdbClient *m_tmdb;
    bool m_hasAniListToken = false;
    bool m_hasTmdbKey = false;
    QString m_aniListToken;
};

} // namespace Tsuzuki

#pragma once

#include "core/net/serviceconfig.h"

#include <QHash>
#include <QObject>

namespace Tsuzuki {

class AniListClient;
class HttpClient;
class SecretStore;
class TraktAuth;
class TmdbClient;
class TraktClient;

/// Timing knobs of the HTTP clients a sync uses; tests shrink them, the product keeps the defaults.
struct SyncTimings
{
    int postSpacingMs = 1000; ///< Trakt POST spacing (the limiter's and the engine's)
    bool relaxedReadLimits = false; ///< tests: no AniList/Trakt read throttling
    int backoffMs = 0; ///< 0: HttpClient default backoff
    int retryAfterCapMs = 0; ///< 0: default; else Retry-After waits are capped here (tests)
    int timeoutMs = 0; ///< 0: default transfer timeout; tests shorten it to see timeouts fast
    int deadlineMs = 0; ///< 0: default total time per request attempt (HttpClientOptions)
    /// A run (the part that holds the lock and posts) ends by itself after this long plus
    /// runLimitPerBatchMs for each batch it has to post: a stalled service cannot hold the lock
    /// for ever. Tests shrink it.
    int runLimitBaseMs = 10 * 60 * 1000;
    int runLimitPerBatchMs = 30 * 1000;
};

/// The service clients one sync uses (AniList, Trakt + auth), built from ServiceConfig and the
/// secret store. Kept in its own file: the Trakt net types must not meet the mapping types.
class SyncClients final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClients)

public:
    SyncClients(const ServiceConfig &services, SecretStore *secrets, const SyncTimings &timings,
        QObject *parent = nullptr);

    HttpClient *aniListHttp() const { return m_aniListHttp; }
    HttpClient *traktHttp() const { return m_traktHttp; }
    AniListClient *aniList() const { return m_aniList; }
    TraktClient *trakt() const { return m_trakt; }
    TraktAuth *traktAuth() const { return m_auth; }
    /// TMDB external ids for the resolver; it has a credential only after setTmdbCredential().
    TmdbClient *tmdb() const { return m_tmdb; }
    HttpClient *tmdbHttp() const { return m_tmdbHttp; }
    void setTmdbCredential(const QString &credential);
    const ServiceConfig &services() const { return m_services; }
    /// Requests sent so far per service ("anilist", "trakt", "tmdb").
    QHash<QString, int> requestCounts() const;

private:
    ServiceConfig m_services;
    HttpClient *m_aniListHttp;
    HttpClient *m_traktHttp;
    AniListClient *m_aniList;
    TraktAuth *m_auth;
    TraktClient *m_trakt;
    HttpClient *m_tmdbHttp;
    TmdbClient *m_tmdb;
};

} // namespace Tsuzuki

#pragma once

#include "core/net/serviceconfig.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace Tsuzuki {

class AniListClient;
class HttpClient;
class SecretStore;
class TmdbClient;
class TraktAuth;
class TraktClient;
class TraktTokenSource;

/// Timing knobs of the HTTP clients; the defaults are the product's, tests shrink them.
struct HttpTimings
{
    int postSpacingMs = 1000; ///< Trakt POST spacing (the limiter's and the engine's)
    bool relaxedReadLimits = false; ///< tests: no AniList/Trakt read throttling
    int backoffMs = 0; ///< 0: HttpClient default backoff
    int retryAfterCapMs = 0; ///< 0: default; else Retry-After waits are capped here (tests)
    int timeoutMs = 0; ///< 0: default transfer timeout; tests shorten it to see timeouts fast
    int deadlineMs = 0; ///< 0: default total time per request attempt (HttpClientOptions)
    /// A sync run over these clients (the part that holds the lock and posts) ends by itself after
    /// this long plus runLimitPerBatchMs for each batch it has to post: a stalled service cannot
    /// hold the lock for ever. Tests shrink it.
    int runLimitBaseMs = 10 * 60 * 1000;
    int runLimitPerBatchMs = 30 * 1000;

    /// Test knobs a CLI process takes from its environment (TSUZUKI_SYNC_POST_SPACING_MS,
    /// TSUZUKI_SYNC_TIMEOUT_MS, TSUZUKI_SYNC_FAST); the product never sets them.
    static HttpTimings fromEnvironment(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

/// The service clients of one thread, wired once: one HttpClient per service (each with its own
/// limiter), the AniList, Trakt and TMDB clients, and the Trakt login. A process has exactly one
/// TraktAuth: the first bundle owns it; a bundle for another thread (the sync worker) gets its
/// tokens from that one through a TraktAuthRelay, so a login, logout or refresh reaches every
/// thread at once. The GUI's main thread, its sync worker and the CLI each hold one bundle.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)

public:
    /// The process's bundle: owns the TraktAuth. `secrets` must outlive this object.
    Services(const ServiceConfig &config, SecretStore *secrets, const HttpTimings &timings = {},
        QObject *parent = nullptr);
    /// A bundle for another thread: Trakt tokens come from `tokens` (no TraktAuth of its own).
    Services(const ServiceConfig &config, SecretStore *secrets, TraktTokenSource *tokens,
        const HttpTimings &timings = {}, QObject *parent = nullptr);
    ~Services() override;

    const ServiceConfig &config() const { return m_config; }
    const HttpTimings &timings() const { return m_timings; }
    SecretStore *secrets() const { return m_secrets; }
    HttpClient *aniListHttp() const { return m_aniListHttp; }
    HttpClient *traktHttp() const { return m_traktHttp; }
    HttpClient *tmdbHttp() const { return m_tmdbHttp; }
    AniListClient *aniList() const { return m_aniList; }
    /// The process's TraktAuth; null in a bundle built over another thread's tokens.
    TraktAuth *traktAuth() const { return m_traktAuth; }
    TraktTokenSource *traktTokens() const { return m_tokens; }
    TraktClient *trakt() const { return m_trakt; }
    TmdbClient *tmdb() const { return m_tmdb; }

    /// A new Trakt client id (Settings) for the client and the TraktAuth; emits
    /// traktClientIdChanged() when it differs.
    void setTraktClientId(const QString &clientId);

Q_SIGNALS:
    /// Bundles of other threads copied the old id: their owner rebuilds them (Application does).
    void traktClientIdChanged(const QString &clientId);

public:
    /// Reads the AniList token, the TMDB key and (for the owner of TraktAuth) the Trakt client
    /// secret from the secret store into the clients (registered with redact()). Absent secrets
    /// are not errors: a client without its token reports NotLoggedIn when used. `done` runs in
    /// `context`'s thread once all reads finished.
    void loadSecrets(QObject *context, std::function<void()> done);
    bool hasAniListToken() const { return m_hasAniListToken; }
    bool hasTmdbKey() const { return m_hasTmdbKey; }
    /// The AniList token read by loadSecrets() (for its expiry); empty when absent.
    QString aniListToken() const { return m_aniListToken; }

    /// Requests sent so far per service: {"anilist": n, "trakt": n, "tmdb": n}.
    QHash<QString, int> requestCounts() const;

private:
    Services(const ServiceConfig &config, SecretStore *secrets, TraktTokenSource *tokens,
        bool ownAuth, const HttpTimings &timings, QObject *parent);

    ServiceConfig m_config;
    HttpTimings m_timings;
    SecretStore *m_secrets;
    HttpClient *m_aniListHttp;
    HttpClient *m_traktHttp;
    HttpClient *m_tmdbHttp;
    AniListClient *m_aniList;
    TraktAuth *m_traktAuth = nullptr;
    TraktTokenSource *m_tokens = nullptr;
    TraktClient *m_trakt = nullptr;
    TmdbClient *m_tmdb;
    bool m_hasAniListToken = false;
    bool m_hasTmdbKey = false;
    QString m_aniListToken;
};

} // namespace Tsuzuki

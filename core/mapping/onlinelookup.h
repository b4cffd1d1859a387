#pragma once

#include "core/mapping/externallookup.h"

#include <QObject>
#include <QPointer>

namespace Tsuzuki {

class Services;
class TmdbClient;
class TraktClient;

/// ExternalLookup over the real clients of core/net: TMDB external ids through TmdbClient, Trakt
/// search and seasons through TraktClient. The clients must outlive this object (they normally
/// share a Services parent).
class OnlineLookup final : public QObject, public ExternalLookup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineLookup)

public:
    /// `tmdb` may be null (no TMDB step); `trakt` may be null (every Trakt call fails with
    /// NotLoggedIn).
    OnlineLookup(TraktClient *trakt, TmdbClient *tmdb, QObject *parent = nullptr);
    /// The clients of `services` (call Services::loadSecrets() first so that the TMDB key is
    /// known).
    explicit OnlineLookup(Services &services, QObject *parent = nullptr);

    bool hasTmdbKey() const override;
    void tmdbExternalIds(qint64 tmdbId, bool movie, QObject *context,
        std::function<void(Result<ExternalIds>)> done) override;
    void traktSearch(const QString &idType, const QString &id, bool movie, QObject *context,
        std::function<void(Result<std::optional<ExternalIds>>)> done) override;
    void traktSeasons(qint64 traktId, QObject *context,
        std::function<void(Result<QList<TraktSeason>>)> done) override;

    /// Calls made so far, per kind ("tmdb", "search", "seasons"): what a resolve cost.
    int tmdbCalls() const { return m_tmdbCalls; }
    int searchCalls() const { return m_searchCalls; }
    int seasonCalls() const { return m_seasonCalls; }

private:
    QPointer<TraktClient> m_trakt;
    QPointer<TmdbClient> m_tmdb;
    int m_tmdbCalls = 0;
    int m_searchCalls = 0;
    int m_seasonCalls = 0;
};

} // namespace Tsuzuki

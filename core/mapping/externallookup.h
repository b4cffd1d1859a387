#pragma once

#include "core/common/result.h"
#include "core/mapping/traktseason.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Tsuzuki {

/// Ids a lookup found for one title.
struct ExternalIds
{
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;
};

/// The online steps the mapping layer needs, as a small interface: an adapter over
/// TraktClient/TmdbClient in production, a fake in tests. Callbacks run once, later, unless
/// `context` is destroyed first.
class ExternalLookup
{
public:
    virtual ~ExternalLookup() = default;

    /// Whether a TMDB key is set (step 4 of the resolver runs only then).
    virtual bool hasTmdbKey() const = 0;
    /// TMDB `/{tv|movie}/{id}/external_ids`.
    virtual void tmdbExternalIds(
        qint64 tmdbId, bool movie, QObject *context, std::function<void(Result<ExternalIds>)> done)
        = 0;
    /// Trakt `/search/{tmdb|imdb|tvdb}/{id}?type={show|movie}`: the first hit, or nullopt.
    virtual void traktSearch(const QString &idType, const QString &id, bool movie, QObject *context,
        std::function<void(Result<std::optional<ExternalIds>>)> done)
        = 0;
    /// Trakt `/shows/{id}/seasons?extended=episodes`.
    virtual void traktSeasons(
        qint64 traktId, QObject *context, std::function<void(Result<QList<TraktSeason>>)> done)
        = 0;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"
#include "core/mapping/breakpointmap.h"
#include "core/mapping/resolvedid.h"
#include "core/mapping/traktseason.h"
#include "core/store/idmaprepository.h"
#include "core/store/overriderepository.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// What the mapper decided for one AniList episode.
struct EpisodeMapping
{
    enum class Kind { Episode, Movie, Unmapped };

    Kind kind = Kind::Unmapped;
    qint64 anilistId = 0;
    int anilistEpisode = 0;
    std::optional<qint64> traktId;
    int season = 0;
    int episode = 0;
    int span = 1; ///< target episodes covered (AniBridge ratio > 0)
    /// "override", "season-data", "breakpoint", "movie" or "none".
    QString rule;
    /// "episode_override", "fribbs:tmdb", "anibridge:tvdb-pattern", "otaku:tvdb", "fribbs:tvdb",
    /// "trakt:number_abs", "trakt:episode_counts", "cache:map", "resolver:<step>".
    QString source;
    bool verified = false; ///< checked against Trakt's season data
    /// Movies made of several AniList episodes: the episode whose play stands for the movie (the
    /// others are part of it and are not posted).
    std::optional<int> postedWith;
    QString reason; ///< why unmapped; or which season data was set aside and why
    QString kindName() const;
    QJsonObject toJson() const;
};

/// Everything a decision needs, as plain values (no database, no network).
struct EpisodeMapperInput
{
    ResolvedId target;
    QList<IdMapRow> rows; ///< id_map rows of this AniList id (all sources)
    QHash<int, EpisodeOverride> overrides; ///< episode_override rows of the Trakt show, by abs
    std::optional<QList<TraktSeason>>
        seasons; ///< Trakt's seasons (online, or the cached episode list)
    std::optional<BreakpointMap> cachedMap; ///< `map:<traktId>` when there are no seasons
};

/// AniList (id, episode n) → Trakt (show, season, episode) or movie. First rule that applies:
/// 1. episode_override (trakt id, n); 2. season-aware data in TMDB numbering (AniBridge v3
/// tmdb_show targets, then Anime-Lists' TMDB season/offset), then TVDB-numbered data (AniBridge v2
/// pattern, Otaku and Fribbs TVDB season/offset) only where that series is known to be numbered
/// like TMDB, all checked against Trakt's seasons when known; 3. the breakpoint map.
class EpisodeMapper final
{
public:
    explicit EpisodeMapper(Database &db)
        : m_db(db)
    { }

    /// The decision itself (README: rules and how season data is verified).
    static EpisodeMapping decide(const EpisodeMapperInput &input, int episode);

    /// Loads rows, overrides and the cached seasons / map for `target` (seasons given: used instead
    /// of the cache).
    Result<EpisodeMapperInput> loadInput(
        const ResolvedId &target, const std::optional<QList<TraktSeason>> &seasons = {}) const;
    Result<EpisodeMapping> map(const ResolvedId &target, int episode,
        const std::optional<QList<TraktSeason>> &seasons = {}) const;

    /// Stores Trakt's seasons as `trakt:show:<id>:episodes` and the breakpoint map as `map:<id>`.
    Result<BreakpointMap> storeSeasons(qint64 traktId, const QList<TraktSeason> &seasons);

private:
    Database &m_db;
};

} // namespace Tsuzuki

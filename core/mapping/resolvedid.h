#pragma once

#include <QString>

#include <optional>

namespace Tsuzuki {

/// Where an AniList entry lives on Trakt, as IdResolver found it.
struct ResolvedId
{
    enum class Kind { Unresolved, Show, Movie };

    qint64 anilistId = 0;
    Kind kind = Kind::Unresolved;
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;
    /// Which step found it: "mappings:manual", "mappings:auto", "otaku", "otaku:first-season",
    /// "fribbs", "anibridge", "tmdb:external-ids", "trakt:search:tmdb" / ":imdb" / ":tvdb".
    QString source;
    QString reason; ///< why it is unresolved
    QString kindSource; ///< which source decided show or movie (TitleKind)

    bool isResolved() const
    {
        return kind != Kind::Unresolved && (traktId || tmdbId || tvdbId || !imdbId.isEmpty());
    }
    bool isMovie() const { return kind == Kind::Movie; }
    QString kindName() const
    {
        return kind == Kind::Movie ? QStringLiteral("movie")
            : kind == Kind::Show   ? QStringLiteral("show")
                                   : QStringLiteral("none");
    }
};

} // namespace Tsuzuki

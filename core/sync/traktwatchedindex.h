#pragma once

#include "core/net/trakttypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Tsuzuki {

struct PlannedPlay;

/// What Trakt has of one episode or movie: its plays and the last time it was watched.
struct TraktWatchedPlay
{
    int plays = 0;
    QDateTime lastWatchedAt;
};

/// The Trakt account's watched state as a lookup (issue 14): "does Trakt already have this play?"
/// by the Trakt id of the show or movie, else its TMDB, TVDB or IMDb id, and the season and
/// episode. Built from the stored `trakt_watched` rows; a value type, cheap to share read-only.
class TraktWatchedIndex final
{
public:
    TraktWatchedIndex() = default;
    explicit TraktWatchedIndex(const QList<TraktWatchedItem> &items);

    /// Trakt's record of where `play` would land, or nothing when Trakt does not have it.
    std::optional<TraktWatchedPlay> find(const PlannedPlay &play) const;
    qsizetype showCount() const { return m_shows.size(); }
    qsizetype movieCount() const { return m_movies.size(); }
    qsizetype episodeCount() const { return m_episodeCount; }

private:
    struct Show
    {
        QHash<quint64, TraktWatchedPlay> episodes; ///< key: season << 32 | number
    };
    struct Ids
    {
        QHash<qint64, qsizetype> trakt;
        QHash<qint64, qsizetype> tmdb;
        QHash<qint64, qsizetype> tvdb;
        QHash<QString, qsizetype> imdb;
        void add(const TraktIds &ids, qsizetype index);
        qsizetype find(std::optional<qint64> trakt, std::optional<qint64> tmdb,
            std::optional<qint64> tvdb, const QString &imdb) const;
    };

    QList<Show> m_shows;
    QList<TraktWatchedPlay> m_movies;
    Ids m_showIds;
    Ids m_movieIds;
    qsizetype m_episodeCount = 0;
};

} // namespace Tsuzuki

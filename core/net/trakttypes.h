#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Tsuzuki {

/// A Trakt time ("2026-03-01T20:04:05.000Z", with or without milliseconds) in UTC; invalid for
/// anything else.
QDateTime parseTraktTime(const QJsonValue &value);

/// Trakt's id block; 0 / empty = absent.
struct TraktIds
{
    qint64 trakt = 0;
    QString slug;
    qint64 tvdb = 0;
    qint64 tmdb = 0;
    QString imdb;

    bool isEmpty() const
    {
        return trakt == 0 && slug.isEmpty() && tvdb == 0 && tmdb == 0 && imdb.isEmpty();
    }
    static TraktIds fromJson(const QJsonObject &ids);
    QJsonObject toJson() const; ///< only the ids that are set
};

/// One hit of GET /search/{idType}/{id}.
struct TraktSearchResult
{
    QString type; ///< "show", "movie", ...
    QString title;
    int year = 0;
    TraktIds ids;
};

struct TraktEpisode
{
    int season = 0;
    int number = 0;
    std::optional<int> numberAbs; ///< Trakt's absolute number; often null
    QString title;
    TraktIds ids;
};

/// One season of GET /shows/{id}/seasons?extended=full,episodes.
struct TraktSeason
{
    int number = 0; ///< 0 = specials
    int episodeCount = 0; ///< episode_count (all announced)
    int airedEpisodes = 0; ///< aired_episodes
    TraktIds ids;
    QList<TraktEpisode> episodes;
};

/// Counts in a POST /sync/history answer block ("added", "existing", "updated").
struct TraktSyncCounts
{
    int movies = 0;
    int episodes = 0;
    int shows = 0;
    int seasons = 0;
    bool present = false; ///< the block was in the answer

    static TraktSyncCounts fromJson(const QJsonValue &value);
};

/// One item Trakt did not find; `object` is the item as Trakt echoed it (ids, and for shows the
/// seasons/episodes sent), so the sync engine can match it to what it posted.
struct TraktNotFoundItem
{
    QString kind; ///< "movie", "show", "season", "episode"
    TraktIds ids;
    QJsonObject object;
};

/// The parsed answer of POST /sync/history, item by item for what was not found.
struct TraktHistoryAddResult
{
    TraktSyncCounts added;
    TraktSyncCounts existing;
    TraktSyncCounts updated;
    QList<TraktNotFoundItem> notFound;
};

/// One play in GET /sync/history.
struct TraktHistoryItem
{
    qint64 id = 0; ///< history id
    QDateTime watchedAt; ///< UTC
    QString action; ///< "watch", "scrobble", "checkin"
    QString type; ///< "episode" or "movie"
    TraktEpisode episode; ///< type == episode
    TraktIds showIds; ///< type == episode
    TraktIds movieIds; ///< type == movie
};

/// GET /sync/last_activities: when each kind of thing last changed.
struct TraktLastActivities
{
    QDateTime all;
    QDateTime episodesWatchedAt;
    QDateTime moviesWatchedAt;
    /// The watched times exactly as Trakt sent them: compared as text, so that a change within
    /// the same second (or millisecond) is never missed.
    QString episodesWatchedText;
    QString moviesWatchedText;
    QJsonObject raw;
};

/// GET /users/settings: who is logged in, and the account's limits (`limits`: item counts per
/// kind, e.g. "watchlist" → 100; VIP accounts have higher ones).
struct TraktUserSettings
{
    QString username;
    QString slug;
    QString name;
    bool vip = false;
    QString timezone;
    QHash<QString, int> limits; ///< "list", "watchlist", "favorites", "collection", ... item counts
    /// browsing.watch_only_once: the user wants one play per episode, so no rewatch plays.
    bool watchOnlyOnce = false;
};

/// One episode in GET /sync/watched/shows: how often and when last watched.
struct TraktWatchedEpisode
{
    int season = 0;
    int number = 0;
    int plays = 0;
    QDateTime lastWatchedAt; ///< UTC
};

/// One show (with its watched episodes) or movie of GET /sync/watched/{shows,movies}.
struct TraktWatchedItem
{
    bool movie = false;
    TraktIds ids;
    QString title;
    int plays = 0;
    QDateTime lastWatchedAt; ///< UTC
    QList<TraktWatchedEpisode> episodes; ///< shows only
};

/// The answer of POST /sync/history/remove.
struct TraktHistoryRemoveResult
{
    int episodes = 0; ///< deleted.episodes
    int movies = 0; ///< deleted.movies
    QList<qint64> notFoundIds; ///< not_found.ids: history ids Trakt did not have (any more)
};

/// One rating of GET /sync/ratings/{shows,seasons,movies}.
struct TraktRating
{
    enum class Kind { Show, Season, Movie };
    Kind kind = Kind::Show;
    TraktIds ids; ///< the show's (also for a season) or the movie's ids
    int season = 0; ///< Kind::Season: its number
    int rating = 0; ///< 1..10
    QDateTime ratedAt; ///< UTC
    QString title;
};

/// One item of the watchlist (GET /sync/watchlist/{shows,movies}) or of the dropped list
/// (GET /users/hidden/dropped?type=show).
struct TraktListItem
{
    bool movie = false;
    TraktIds ids;
    QString title;
    QDateTime listedAt; ///< listed_at / hidden_at
};

/// Trakt's answer to a list/rating write: per type ("shows", "seasons", "movies", "episodes") how
/// many were added (or deleted for a */remove call), how many existed already, and what it did
/// not find.
struct TraktWriteResult
{
    QHash<QString, int> changed; ///< "added" or "deleted"
    QHash<QString, int> existing;
    int notFound = 0; ///< total items in not_found (all types)
    QJsonObject notFoundJson; ///< not_found as sent
    int itemCount = -1; ///< watchlist: list.item_count when Trakt sends it, else -1
    int total() const; ///< sum of `changed`
};

} // namespace Tsuzuki

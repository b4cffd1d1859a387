#include "core/sync/traktwatchedindex.h"

#include "core/sync/syncplan.h"

namespace Tsuzuki {

namespace {
quint64 episodeKey(int season, int number)
{
    return (quint64(quint32(season)) << 32) | quint32(number);
}
} // namespace

void TraktWatchedIndex::Ids::add(const TraktIds &ids, qsizetype index)
{
    if (ids.trakt)
        trakt.insert(ids.trakt, index);
    if (ids.tmdb)
        tmdb.insert(ids.tmdb, index);
    if (ids.tvdb)
        tvdb.insert(ids.tvdb, index);
    if (!ids.imdb.isEmpty())
        imdb.insert(ids.imdb, index);
}

qsizetype TraktWatchedIndex::Ids::find(std::optional<qint64> traktId, std::optional<qint64> tmdbId,
    std::optional<qint64> tvdbId, const QString &imdbId) const
{
    // The Trakt id first (what a play is posted to), then the external ids a play may be posted
    // by: a show Trakt knows under another id is still the same show.
    if (traktId) {
        if (const auto it = trakt.constFind(*traktId); it != trakt.constEnd())
            return *it;
    }
    if (tmdbId) {
        if (const auto it = tmdb.constFind(*tmdbId); it != tmdb.constEnd())
            return *it;
    }
    if (tvdbId) {
        if (const auto it = tvdb.constFind(*tvdbId); it != tvdb.constEnd())
            return *it;
    }
    if (!imdbId.isEmpty()) {
        if (const auto it = imdb.constFind(imdbId); it != imdb.constEnd())
            return *it;
    }
    return -1;
}

TraktWatchedIndex::TraktWatchedIndex(const QList<TraktWatchedItem> &items)
{
    for (const TraktWatchedItem &item : items) {
        if (item.movie) {
            m_movieIds.add(item.ids, m_movies.size());
            m_movies.append(TraktWatchedPlay { item.plays, item.lastWatchedAt });
            continue;
        }
        Show show;
        show.episodes.reserve(item.episodes.size());
        for (const TraktWatchedEpisode &e : item.episodes) {
            if (e.plays <= 0)
                continue;
            show.episodes.insert(
                episodeKey(e.season, e.number), TraktWatchedPlay { e.plays, e.lastWatchedAt });
        }
        m_episodeCount += show.episodes.size();
        m_showIds.add(item.ids, m_shows.size());
        m_shows.append(std::move(show));
    }
}

std::optional<TraktWatchedPlay> TraktWatchedIndex::find(const PlannedPlay &play) const
{
    if (play.movie) {
        const qsizetype i = m_movieIds.find(play.traktId, play.tmdbId, std::nullopt, play.imdbId);
        if (i < 0 || m_movies.at(i).plays <= 0)
            return std::nullopt;
        return m_movies.at(i);
    }
    const qsizetype i = m_showIds.find(play.traktId, play.tmdbId, play.tvdbId, play.imdbId);
    if (i < 0)
        return std::nullopt;
    const auto &episodes = m_shows.at(i).episodes;
    const auto it = episodes.constFind(episodeKey(play.season, play.episode));
    if (it == episodes.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"
#include "core/net/trakttypes.h"

#include <QDateTime>
#include <QList>

namespace Tsuzuki {

class Database;

/// `trakt_watched`: what the Trakt account already has (GET /sync/watched/shows and /movies), one
/// row per show or movie with its watched episodes and when it was read. The sync reads it before
/// posting (TraktReconciler keeps it current; TraktWatchedIndex answers "is this play there?").
class WatchedRepository final
{
public:
    explicit WatchedRepository(Database &db)
        : m_db(db)
    { }

    /// Replaces every row of one kind (shows or movies) with `items`, read at `readAt`. Call
    /// inside a transaction with the read's bookkeeping (TraktReconciler does).
    Result<void> replace(
        bool movies, const QList<TraktWatchedItem> &items, const QDateTime &readAt);
    /// Every stored row.
    Result<QList<TraktWatchedItem>> all() const;
    /// Forgets the state (another Trakt account logged in).
    Result<void> clear();
    /// Rows of one kind.
    Result<qint64> count(bool movies) const;
    /// When the rows of one kind were read (invalid: never).
    QDateTime readAt(bool movies) const;

    /// The stored form of a show's watched episodes: [[season, number, plays, "ISO time"], ...].
    static QString episodesToText(const QList<TraktWatchedEpisode> &episodes);
    static QList<TraktWatchedEpisode> episodesFromText(const QString &text);

private:
    Database &m_db;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Tsuzuki {

class Database;

namespace LedgerOutcome {
inline constexpr auto Pending = "pending"; ///< about to be sent; outcome unknown until confirmed
inline constexpr auto Added = "added"; ///< Trakt confirmed it
inline constexpr auto NotFound = "not_found"; ///< Trakt did not know the target: needs mapping
inline constexpr auto Unmapped = "unmapped"; ///< the mapper could not place it: needs mapping
} // namespace LedgerOutcome

/// A `sync_ledger` row: one play (AniList id + absolute episode) and what happened to it on Trakt.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 anilistId = 0;
    int absEpisode = 0;
    QString targetKind; ///< "episode" or "movie"
    std::optional<qint64> traktId;
    QString targetIds; ///< JSON ids object as posted ({"trakt":..} or {"tmdb":..})
    std::optional<int> season;
    std::optional<int> episode;
    QDateTime watchedAt;
    QString outcome;
    QString rule; ///< mapping rule that placed it
    QString source; ///< mapping data source
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// `sync_ledger`: at most one row per (anilist_id, abs_episode).
class LedgerRepository final
{
public:
    explicit LedgerRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts or updates rows by (anilist_id, abs_episode). A row already "added" is never
    /// changed: that is the record that the play is on Trakt.
    Result<void> record(const QList<LedgerEntry> &entries);
    /// Sets the outcome of rows by (anilist_id, abs_episode); "added" rows stay "added".
    Result<void> setOutcome(
        const QList<QPair<qint64, int>> &keys, const QString &outcome, qint64 runId);
    Result<QList<LedgerEntry>> withOutcome(const QString &outcome, int limit = -1) const;
    Result<QList<LedgerEntry>> forRun(qint64 runId) const;
    /// Absolute episodes already confirmed on Trakt, per AniList id.
    Result<QHash<qint64, QSet<int>>> addedEpisodes(const QList<qint64> &anilistIds) const;
    Result<qint64> count(const QString &outcome = {}) const;
    /// Every row of the given AniList ids, by id (the sync engine's gap check).
    Result<QHash<qint64, QList<LedgerEntry>>> forAnilistIds(const QList<qint64> &anilistIds) const;
    /// Removes the needs-mapping rows of an AniList id once it is fixed (so the next run retries
    /// it).
    Result<void> clearNeedsMapping(qint64 anilistId);
    /// Forgets every row of an AniList id (the runbook's "force resync": its plays may be posted
    /// again).
    Result<void> forget(qint64 anilistId);

private:
    Database &m_db;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <optional>

namespace Tsuzuki {

class Database;

/// What happened to one play on Trakt (`sync_ledger.outcome`).
enum class LedgerOutcome {
    Pending, ///< about to be sent; outcome unknown until confirmed (settled from Trakt's history)
    Added, ///< Trakt confirmed it; never changed afterwards
    NotFound, ///< Trakt did not know the target: needs mapping
    Unmapped, ///< the mapper could not place it: needs mapping
    Failed, ///< its batch failed before Trakt applied anything; offered again by the next run
    AlreadyOnTrakt, ///< Trakt had this play before we would have posted it (not ours: never
                    ///< removed by an undo)
    Never, ///< the user chose "never post" in a preview; offered again only after "Post again"
};

/// The one mapping to the words stored in the database and printed as JSON: "pending", "added",
/// "not_found", "unmapped", "failed", "already_on_trakt", "never".
QString ledgerOutcomeKey(LedgerOutcome outcome);
/// An unknown word (a newer version's) reads as Pending: its play is settled from Trakt's history
/// before anything is sent again, the one safe reading.
LedgerOutcome ledgerOutcomeFromKey(QStringView key);

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
    LedgerOutcome outcome = LedgerOutcome::Pending;
    QString rule; ///< mapping rule that placed it
    QString source; ///< mapping data source
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Trakt's history id of the play we posted (read back after posting; what an undo removes).
    std::optional<qint64> traktHistoryId;
    /// AlreadyOnTrakt: when Trakt says it was last watched.
    QDateTime traktWatchedAt;
};

using LedgerKey = QPair<qint64, int>; ///< (AniList id, absolute episode)

/// `sync_ledger`: at most one row per (anilist_id, abs_episode).
class LedgerRepository final
{
public:
    explicit LedgerRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts or updates rows by (anilist_id, abs_episode). A row already "added" is never
    /// changed (that is the record that the play is on Trakt), nor one the user marked "never";
    /// a "pending" row (outcome unknown) is only replaced by another pending row.
    Result<void> record(const QList<LedgerEntry> &entries);
    /// Marks rows "never" (the user's choice in a preview); "added" rows stay as they are.
    Result<void> markNever(const QList<LedgerEntry> &entries);
    /// Forgets "never" rows: the plays are offered again by the next run.
    Result<int> allowAgain(const QList<LedgerKey> &keys);
    /// Removes the rows of these plays whatever their outcome (an undone run's plays).
    Result<void> remove(const QList<LedgerKey> &keys);
    /// The history ids of posted plays, by (anilist_id, abs_episode).
    Result<void> setHistoryIds(const QList<std::pair<LedgerKey, qint64>> &ids);
    /// Each play's outcome, per AniList id (the planner's and the engine's one query).
    Result<QHash<qint64, QHash<int, LedgerOutcome>>> outcomes(
        const QList<qint64> &anilistIds) const;
    /// Sets the outcome of rows by (anilist_id, abs_episode); "added" rows stay "added".
    Result<void> setOutcome(
        const QList<QPair<qint64, int>> &keys, LedgerOutcome outcome, qint64 runId);
    Result<QList<LedgerEntry>> withOutcome(LedgerOutcome outcome, int limit = -1) const;
    Result<QList<LedgerEntry>> forRun(qint64 runId) const;
    /// Absolute episodes already confirmed on Trakt, per AniList id.
    Result<QHash<qint64, QSet<int>>> addedEpisodes(const QList<qint64> &anilistIds) const;
    /// Rows with `outcome`; all rows when it is not given.
    Result<qint64> count(std::optional<LedgerOutcome> outcome = std::nullopt) const;
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

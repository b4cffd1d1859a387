#pragma once

#include "core/net/anilisttypes.h"
#include "core/sync/syncplan.h"
#include "core/sync/traktwatchedindex.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace Tsuzuki {

/// Where one AniList episode lands on Trakt, as plain values (from IdResolver + EpisodeMapper).
struct PlayTarget
{
    bool mapped = false;
    bool movie = false;
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;
    int season = 0;
    int episode = 0;
    QString rule;
    QString source;
    QString reason; ///< why unmapped
    /// A movie made of several AniList episodes is posted once, with this episode; the others are
    /// skipped as part of it.
    std::optional<int> postedWith;
    /// Trakt answered `not_found` for this very target before: not posted again (needs mapping).
    bool heldNotFound = false;
};

/// What Trakt has of the extras (issue 16), read before planning them.
struct TraktExtrasState
{
    bool read = false; ///< false: not read (no Trakt login): ratings and lists are not planned
    bool watchOnlyOnce = false; ///< GET /users/settings browsing.watch_only_once
    int watchlistLimit = 0; ///< limits.watchlist.item_count; 0 = unknown
    QList<TraktRating> ratings;
    QList<TraktListItem> watchlist;
    QList<TraktListItem> dropped;
};

/// Everything a plan depends on, already loaded: no database, no network, so a plan is
/// deterministic.
struct SyncPlannerInput
{
    SyncMode mode = SyncMode::Full;
    SyncOptions options;
    QDateTime now; ///< watched time for "now" (watching, completed without a date)
    qint64 windowStart = 0; ///< full: lastSyncTimestamp
    QList<AniListActivity> activities; ///< full: activities newer than windowStart (any order)
    QList<AniListListEntry> entries; ///< completed / watching / show
    QHash<qint64, QSet<int>> onTrakt; ///< ledger rows "added": never planned again
    QHash<qint64, QSet<int>> never; ///< ledger rows "never": the user's choice
    /// Trakt's watched state (issue 14): a play it has is skipped as AlreadyOnTrakt, unless
    /// options.includeWatched. Null: not read (not logged in to Trakt; the run checks it).
    std::shared_ptr<const TraktWatchedIndex> watched;
    QStringList warnings; ///< carried into the plan (e.g. from usableWindowStart())
    // Issue 16's extras (options.extras): the whole list, what the ledgers say, what Trakt has.
    QList<AniListListEntry> library; ///< every list entry (all statuses)
    /// Ledger keys (first plays and rewatches) on Trakt: "added" or "already_on_trakt".
    QHash<qint64, QSet<int>> covered;
    QSet<qint64> ourWatchlist; ///< AniList ids whose watchlist item we added (sync_extras)
    TraktExtrasState traktExtras;
    /// The mapping decision for (media, absolute episode).
    std::function<PlayTarget(const AniListMedia &media, int absEpisode)> target;
};

/// Builds the preview of each mode (the seed's section 2 semantics) from loaded data. The one
/// decision rule for every play (issue 14), the same for the GUI preview, `sync --preview` and a
/// scheduled run: not when the ledger has it as ours ("added") or as "never post"; not when it has
/// no place on Trakt; not when Trakt already has it (its watched state, unless includeWatched);
/// otherwise posted. sync_progress.last_abs is written for the web version but decides nothing:
/// every gap 1..progress is filled.
class SyncPlanner final
{
public:
    static SyncPlan plan(const SyncPlannerInput &input);
    /// The run's second look (Trakt may have changed since the preview): the plays `watched` has
    /// move from `plan.plays` to `plan.skipped` as AlreadyOnTrakt, exactly as plan() does.
    /// Returns how many moved.
    static int dropWatched(SyncPlan &plan, const TraktWatchedIndex &watched);
    /// The play of (media, absolute episode) at its mapped place, watched at `watchedAt` (whole
    /// seconds): the one construction of a planned play (first plays and rewatches).
    static PlannedPlay playAt(const AniListMedia &media, int absEpisode, const PlayTarget &target,
        const QDateTime &watchedAt, qint64 activityId, qint64 activityAt);
    /// The skipped item for a play Trakt already has.
    static SkippedItem alreadyOnTrakt(const PlannedPlay &play, const TraktWatchedPlay &onTrakt);
    /// The AniList ids whose episodes the plan may need mapped (for batch resolution before
    /// plan()).
    static QList<AniListMedia> mediaToMap(const SyncPlannerInput &input);
    /// Watched time of a completed entry: its completion date at 12:00 UTC, else `now`.
    static QDateTime completedAt(const AniListListEntry &entry, const QDateTime &now);
    /// An activity time a run may use: after 0 and not past `now` + SyncWindowSkewSeconds.
    static bool isTimeInRange(qint64 unixSeconds, const QDateTime &now);
    /// The window start to read from: the stored lastSyncTimestamp, or 0 (read everything again;
    /// the ledger and sync_progress skip what is on Trakt) when it is out of range, e.g. a future
    /// time left by an activity dated 2100. `warning` says so.
    static qint64 usableWindowStart(qint64 stored, const QDateTime &now, QString *warning);
};

} // namespace Tsuzuki

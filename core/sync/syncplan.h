#pragma once

#include "core/common/error.h"
#include "core/store/runrepository.h"

#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tsuzuki {

/// How far past the local clock an activity time or the sync window may be (AniList's clock and
/// ours may disagree a little). Later times are out of range: skipped, and the window never gets
/// there.
inline constexpr qint64 SyncWindowSkewSeconds = 600;

/// What a sync sends besides first plays (issue 16): each off by default, chosen in Settings
/// (`sync/extras`), the setup flow, or the CLI's `--with`.
enum class SyncExtra : quint8 {
    Rewatches = 0x1, ///< rewatched episodes as extra plays (POST /sync/history)
    Ratings = 0x2, ///< AniList scores as Trakt ratings (POST /sync/ratings)
    Watchlist = 0x4, ///< PLANNING entries on Trakt's watchlist (POST /sync/watchlist)
    Dropped = 0x8, ///< DROPPED shows on Trakt's dropped list (POST /users/hidden/dropped)
};
Q_DECLARE_FLAGS(SyncExtras, SyncExtra)
Q_DECLARE_OPERATORS_FOR_FLAGS(SyncExtras)

/// How an AniList score that falls between two Trakt ratings is rounded.
enum class RatingRounding { Nearest, Down, Up };

/// The four sync modes of the web version.
enum class SyncMode { Full, Completed, Watching, Show };

/// "full", "completed", "watching", "show": CLI words, `sync_runs.mode`, JSON.
QString syncModeKey(SyncMode mode);
std::optional<SyncMode> syncModeFromKey(QStringView key);

/// How a preview/run is made. Defaults are the product's; tests shrink the timings.
struct SyncOptions
{
    bool automated = false; ///< scheduler / `--automated`: sets status:sync:last-run-auto
    qint64 anilistId = 0; ///< SyncMode::Show only
    int playsGuard = 5000; ///< a run posting more plays than this needs `confirmLarge`
    bool confirmLarge = false; ///< the user confirmed a run above the guard
    int batchSize = 100; ///< plays per POST /sync/history
    int postSpacingMs = 1000; ///< at least this long between two POSTs (Trakt: 1 s)
    int maxBatchAttempts = 3; ///< a batch that fails this often ends the run (nothing settled)
    int retryDelayMs = 2000; ///< wait before retrying a failed batch in the same run
    /// `--include-watched`: post plays even when Trakt already has them (a deliberate second
    /// play). Off by default: what Trakt's watched state has is skipped as "already on Trakt".
    bool includeWatched = false;
    /// After a run, the history ids of its plays are read back (one GET per title) when it posted
    /// to at most this many titles; beyond, an undo reads them when it needs them.
    int readBackTitles = 50;
    SyncExtras extras; ///< none by default
    RatingRounding rounding = RatingRounding::Nearest;
};

/// One play the run would post: an AniList episode (or movie) and where it lands on Trakt.
struct PlannedPlay
{
    QString itemId; ///< "<anilistId>:<abs>": stable id used for approval
    qint64 anilistId = 0;
    QString title;
    int absEpisode = 0; ///< 1 for a movie
    bool movie = false;
    std::optional<qint64> traktId; ///< Trakt show (or movie) id
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;
    int season = 0;
    int episode = 0;
    QDateTime watchedAt; ///< UTC, whole minutes are what Trakt keeps
    QString rule; ///< mapping rule ("override", "season-data", "breakpoint", "movie")
    QString source; ///< mapping data source
    qint64 activityId = 0; ///< full mode: the activity this play came from
    qint64 activityAt = 0; ///< full mode: its createdAt (unix seconds)
    /// A rewatch (issue 16): the n-th extra play of this episode, 0 for the first play. Its
    /// ledger key is ExtrasRules::ledgerEpisode(absEpisode, rewatch).
    int rewatch = 0;
    /// A rewatch's date: "activity" (AniList logged it) or "spread" (only the repeat count is
    /// known: spread over the entry's dates).
    QString dateSource;

    /// Trakt's ids object for the show or movie ({"trakt":..} or the external ids).
    QJsonObject idsJson() const;
    QJsonObject toJson() const;
    static QString makeItemId(qint64 anilistId, int absEpisode);
    /// "<anilistId>:<abs>:r<n>" for rewatch n.
    static QString makeRewatchId(qint64 anilistId, int absEpisode, int rewatch);
    /// The ledger's episode key: the absolute episode, or the rewatch's encoded key.
    int ledgerEpisode() const;
    /// The item id of a ledger row's play (a first play or a rewatch).
    static QString itemIdForLedger(qint64 anilistId, int ledgerEpisode);
};

/// What a non-play extra does on Trakt.
enum class ExtraAction {
    Rate, ///< POST /sync/ratings (a show, one season of it, or a movie)
    WatchlistAdd, ///< POST /sync/watchlist
    WatchlistRemove, ///< POST /sync/watchlist/remove (only what we put there)
    Drop, ///< POST /users/hidden/dropped (shows only)
};
/// "rate", "watchlist-add", "watchlist-remove", "drop": `sync_extras.action`, JSON.
QString extraActionKey(ExtraAction action);
std::optional<ExtraAction> extraActionFromKey(QStringView key);

/// A rating, watchlist or dropped-list change the run would make (issue 16).
struct PlannedExtra
{
    QString itemId; ///< "<action>:<anilistId>": stable id used for approval
    ExtraAction action = ExtraAction::Rate;
    qint64 anilistId = 0;
    QString title;
    bool movie = false;
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;
    int season = 0; ///< Rate: the season rated (0 = the whole show, or a movie)
    int rating = 0; ///< Rate: the Trakt rating sent (1..10)
    int previousRating = 0; ///< Rate: what Trakt had (0 = none); an undo puts it back
    double score = 0; ///< Rate: the AniList score it comes from
    QString scoreFormat; ///< Rate: the user's AniList score format
    QString detail; ///< the preview's sentence ("AniList 75/100 → Trakt 8/10, was 6")

    QJsonObject idsJson() const;
    QJsonObject toJson() const;
    static QString makeItemId(ExtraAction action, qint64 anilistId);
};

/// Why the run will not post something.
enum class SkipKind {
    AlreadySynced, ///< <= last_abs, or already on Trakt by the ledger
    Unmapped, ///< no place on Trakt: needs mapping
    InvalidProgress, ///< an activity whose progress cannot be read
    InvalidTime, ///< an activity dated in the future (past now + the allowed skew)
    NoEpisodes, ///< an entry with nothing watched
    NotWatched, ///< an activity that is not a watch
    PartOfMovie, ///< an episode of a title Trakt files as one movie: posted with another episode
    NeedsMapping, ///< Trakt did not find this target before; waits until the mapping changes
    AlreadyOnTrakt, ///< Trakt's watched state has this play (logged by hand, a scrobbler, ...)
    NeverPost, ///< the user chose "never post" for it (listed in Progress, with "Post again")
    WatchOnlyOnce, ///< a rewatch, not sent: Trakt's "watch only once" setting is on
    WatchlistFull, ///< a watchlist item that does not fit in the account's watchlist limit
    ExtraNotPlaced, ///< a rating / watchlist / dropped entry with no place on Trakt
};

/// The one mapping to the JSON words: "alreadySynced", "unmapped", "invalidProgress",
/// "invalidTime", "noEpisodes", "notWatched", "partOfMovie", "needsMapping", "alreadyOnTrakt",
/// "neverPost", "watchOnlyOnce", "watchlistFull", "extraNotPlaced".
QString skipKindKey(SkipKind kind);
std::optional<SkipKind> skipKindFromKey(QStringView key);

/// Something the run will not post, and why.
struct SkippedItem
{
    SkipKind kind = SkipKind::AlreadySynced;
    qint64 anilistId = 0;
    QString title;
    int absEpisode = 0; ///< 0 when the whole entry is skipped
    QString reason; ///< human text
    qint64 activityId = 0;
    // Where the play would have landed (mapped items; the ledger records AlreadyOnTrakt rows).
    bool movie = false;
    std::optional<qint64> traktId {};
    int season = 0;
    int episode = 0;
    QString targetIds {}; ///< Trakt ids object as JSON text
    QDateTime watchedAt {}; ///< the AniList time the play would have had
    /// AlreadyOnTrakt: Trakt's own record (its last watch of the item and how often).
    QDateTime traktWatchedAt {};
    int traktPlays = 0;
    QJsonObject toJson() const;
    static SkippedItem fromJson(const QJsonObject &object);
};

/// The web version's response fields plus ours.
struct SyncCounters
{
    int found = 0; ///< activities (full) or entries (completed / watching / show) looked at
    int synced = 0; ///< plays posted and added (run) or planned (preview)
    int alreadySynced = 0; ///< episodes skipped because already on Trakt
    int alreadySyncedShows = 0; ///< entries with nothing new
    int skippedUnmapped = 0; ///< episodes that could not be placed on Trakt
    int added = 0; ///< episodes + movies Trakt reported as added
    int notFound = 0; ///< plays Trakt answered with not_found
    int alreadyOnTrakt = 0; ///< plays Trakt's watched state already has (not posted)
    int neverPost = 0; ///< plays the user chose never to post
    int rewatches = 0; ///< rewatch plays planned (preview) or added (run); part of synced/added
    int ratings = 0; ///< ratings planned (preview) or set (run)
    int watchlistAdded = 0; ///< items planned for / put on the watchlist
    int watchlistRemoved = 0; ///< items planned for / taken off the watchlist
    int dropped = 0; ///< shows planned for / put on the dropped list
    int extrasFailed = 0; ///< run: extras Trakt did not take (failed or not found)
    QJsonObject toJson() const;
};

/// A full-mode activity and whether all its episodes are accounted for: lastSyncTimestamp moves
/// only past activities whose plays are all settled.
struct PlannedActivity
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QStringList itemIds; ///< plays of this activity that the plan posts
};

/// The preview: exactly what a run would post, and what it skips.
struct SyncPlan
{
    SyncMode mode = SyncMode::Full;
    SyncOptions options;
    QDateTime createdAt;
    qint64 windowStart = 0; ///< full mode: lastSyncTimestamp the window started from
    QList<PlannedPlay> plays; ///< in posting order (oldest first)
    QList<SkippedItem> skipped;
    QList<PlannedActivity> activities; ///< full mode, oldest first
    SyncCounters counters;
    QHash<QString, int> requests; ///< requests per service made while planning
    QStringList warnings;
    /// Trakt's watched state was read for this plan (or is known unchanged since it was read);
    /// false with includeWatched, or when Trakt was not logged in (the run checks it then).
    bool reconciled = false;
    /// Item ids of `plays` the user chose "never post" in the preview: the run records them (they
    /// are not posted, and the activity window may move past them). Unticked items that are not
    /// in this list are "skip this time": offered again by the next run.
    QStringList neverPost;
    /// Ratings, watchlist and dropped-list changes (issue 16), approved like plays by item id.
    QList<PlannedExtra> extras;

    bool isEmpty() const { return plays.isEmpty() && extras.isEmpty(); }
    QStringList itemIds() const;
    /// The plan restricted to `approved` item ids (all when empty is NOT assumed: pass itemIds()).
    SyncPlan restrictedTo(const QStringList &approved) const;
    QJsonObject toJson() const;
};

/// One play Trakt did not find (the "needs mapping" list).
struct NotFoundPlay
{
    qint64 anilistId = 0;
    QString title;
    int absEpisode = 0;
    int season = 0;
    int episode = 0;
    bool movie = false;
    std::optional<qint64> traktId;
};

/// What a run did.
struct SyncReport
{
    qint64 runId = 0;
    SyncMode mode = SyncMode::Full;
    bool automated = false;
    RunStatus status = RunStatus::Failed;
    SyncCounters counters;
    int posted = 0; ///< plays sent in POST bodies (re-sends after an unknown outcome count again)
    int recovered = 0; ///< plays found already on Trakt while resolving an unknown outcome
    QList<NotFoundPlay> notFound;
    QHash<QString, int> requests; ///< "anilist", "trakt", "tmdb"
    qint64 durationMs = 0;
    QString error; ///< user text when status is not "succeeded"
    /// Why it stopped, when Trakt refused (RunStatus::Refused: AppRevoked, RefreshRefused,
    /// AccountLimit, AccountLocked, VipOnly, ...) or another error ended it; None otherwise.
    ErrorCode errorCode = ErrorCode::None;
    QJsonObject toJson() const;
};

/// Registers the types above for queued signals (call once; idempotent).
void registerSyncMetaTypes();

} // namespace Tsuzuki

Q_DECLARE_METATYPE(Tsuzuki::SyncMode)
Q_DECLARE_METATYPE(Tsuzuki::SyncOptions)
Q_DECLARE_METATYPE(Tsuzuki::SyncPlan)
Q_DECLARE_METATYPE(Tsuzuki::SyncReport)

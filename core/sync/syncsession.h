#pragma once

#include "core/common/result.h"
#include "core/mapping/resolvedid.h"
#include "core/sync/syncplan.h"
#include "core/sync/syncplanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Tsuzuki {

class Database;
class Services;
class SyncEngine;
class SyncRunLock;
class TraktReconciler;
class TraktWatchedIndex;

/// Everything one sync needs in one thread: the planner inputs (AniList data, store, mapping), the
/// engine, the run lock and the sync_runs row, over that thread's Services bundle. The CLI uses it
/// directly; SyncService runs one in its worker thread.
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    /// `db` and `services` must outlive the session.
    SyncSession(Database &db, Services *services, QObject *parent = nullptr);
    ~SyncSession() override;

    /// Reads AniList, what Trakt already has (its watched state, re-read only when Trakt's last
    /// activities say it changed) and the store, resolves and maps, and returns the plan. Posts
    /// nothing.
    void preview(SyncMode mode, const SyncOptions &options, Callback<SyncPlan> done);
    /// Takes the run lock, writes the sync_runs row, checks Trakt's watched state once more (a
    /// play Trakt got since the preview is not posted), records the plan's "never post" items,
    /// posts the approved items, reads their history ids back and finishes the row. A lock held
    /// elsewhere answers a report with status "locked" and the holder in `error`.
    void run(const SyncPlan &plan, const QStringList &approvedItemIds, Callback<SyncReport> done);
    /// Preview and run every play at once, holding the run lock from before the preview (the
    /// CLI's `sync`, a scheduled sync): a second process is told "sync already running" before it
    /// asks Trakt anything. `planned` (optional) sees the plan before it is posted.
    void sync(SyncMode mode, const SyncOptions &options, Callback<SyncReport> done,
        std::function<void(const SyncPlan &)> planned = {});
    void cancel();

    Services *services() const { return m_services; }
    TraktReconciler *reconciler() const { return m_reconciler; }

Q_SIGNALS:
    void progressChanged(int done, int total);

private:
    /// Loads the optional TMDB key into the TMDB client once.
    void readTmdbKey(std::function<void()> done);
    void readAniListToken(std::function<void(const Result<QString> &)> done);
    void runHolding(const SyncPlan &plan, const QStringList &approvedItemIds,
        std::shared_ptr<SyncRunLock> held, Callback<SyncReport> done);
    void startRun(const SyncPlan &plan, const QStringList &approvedItemIds,
        std::shared_ptr<SyncRunLock> held, Callback<SyncReport> done);
    /// Takes `lock`; when it cannot, answers `done` (a "locked" report, or the error that kept
    /// the lock from being made) and returns false.
    bool acquireLock(const std::shared_ptr<SyncRunLock> &lock, SyncMode mode,
        const SyncOptions &options, const Callback<SyncReport> &done);
    void fetchSeasons(QList<qint64> traktIds, std::function<void(const Result<void> &)> done);
    void buildPlan(SyncPlannerInput input, Callback<SyncPlan> done);
    void buildReconciledPlan(SyncPlannerInput input, Callback<SyncPlan> done);
    /// Trakt's watched state for a plan (null with includeWatched, or without a Trakt login in a
    /// preview: `warning` says so). `forRun`: the account is asked again only when the preview
    /// did not just do it.
    void reconcile(const SyncOptions &options, bool forRun,
        std::function<void(
            const Result<std::shared_ptr<const TraktWatchedIndex>> &, const QString &warning)>
            done);
    /// The rest of a run once its row exists and Trakt's state is known.
    void postPlan(
        SyncPlan plan, qint64 runId, std::shared_ptr<SyncRunLock> lock, Callback<SyncReport> done);
    /// Issue 16: what Trakt has of the extras the options ask for (its settings, ratings,
    /// watchlist, dropped shows); not read without a Trakt login (then `read` is false).
    void readTraktExtras(
        const SyncOptions &options, std::function<void(const Result<TraktExtrasState> &)> done);
    /// The run's second look at "watch only once" when the plan has rewatch plays.
    void checkRewatches(SyncPlan plan, std::function<void(SyncPlan)> done);
    /// Sends the plan's ratings, watchlist and dropped-list changes and records them
    /// (sync_extras); adds what happened to `report`.
    void postExtras(const SyncPlan &plan, qint64 runId, SyncReport report,
        std::function<void(const SyncReport &)> done);
    /// Writes the run's final row and its log lines.
    void finishRunRow(qint64 runId, const SyncPlan &plan, const SyncReport &report);
    /// After a run: the history ids of its plays (for undo), when it posted to few titles.
    void readBackHistoryIds(qint64 runId, int maxTitles, std::function<void()> done);
    void planWithSeasons(SyncPlannerInput input,
        std::shared_ptr<QHash<qint64, ResolvedId>> resolved, QSet<qint64> fetched, bool retried,
        Callback<SyncPlan> done);

    /// Entries whose show Trakt answered 404 for: re-resolved by search (TraktIdRepair); `done`
    /// gets the new Trakt ids whose seasons were fetched.
    void repairStaleIds(std::shared_ptr<QHash<qint64, ResolvedId>> resolved,
        std::function<void(QSet<qint64>)> done);
    /// After a run: titles with not_found plays are searched once more.
    void repairNotFound(const SyncReport &report, std::function<void()> done);
    /// The run took longer than its limit: stop it and name the service it waits for.
    void onRunLimitReached();

    Database &m_db;
    Services *m_services;
    QSet<qint64> m_missingShows; ///< Trakt show ids that answered 404 in this session
    SyncEngine *m_engine;
    TraktReconciler *m_reconciler;
    QElapsedTimer m_accountChecked; ///< when the preview last asked Trakt who is logged in
    bool m_stopped = false; ///< the run was cancelled or hit its time limit: no extras are sent
    QTimer *m_runLimit;
    QElapsedTimer m_runClock;
    QHash<QString, int> m_previewBaseline;
};

} // namespace Tsuzuki

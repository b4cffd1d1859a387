#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// How a sync run ended (`sync_runs.status`, SyncReport::status).
enum class RunStatus {
    Running, ///< in progress (or its process died; the next lock holder marks it Interrupted)
    Succeeded, ///< every approved play settled
    Partial, ///< some plays settled (cancelled, or a batch failed after others were added)
    Failed, ///< nothing settled: an error before or during the first batch
    Locked, ///< another sync held the run lock; nothing was done
    Guarded, ///< more plays than the plays guard allows and not confirmed; nothing was sent
    Interrupted, ///< marked by a later run: the process died while Running
    Refused, ///< Trakt refused the account or the login (403 revoked, 401, 420, 423, 426); the run
             ///< stopped there and sent nothing more
};

/// The one mapping to the words stored in the database, printed by the CLI and in JSON:
/// "running", "succeeded", "partial", "failed", "locked", "guarded", "interrupted", "refused".
QString runStatusKey(RunStatus status);
/// An unknown word reads as Failed.
RunStatus runStatusFromKey(QStringView key);

/// A `sync_runs` row: one sync run with its counters (the web version's response fields).
struct SyncRun
{
    qint64 id = 0;
    QString mode; ///< "full", "completed", "watching", "show"
    bool automated = false;
    bool preview = false;
    QString host;
    qint64 pid = 0;
    RunStatus status = RunStatus::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    int found = 0;
    int synced = 0;
    int alreadySynced = 0;
    int skippedUnmapped = 0;
    int added = 0;
    int notFound = 0;
    int alreadyOnTrakt = 0; ///< plays skipped because Trakt already had them
    int removed = 0; ///< an undo: plays removed from Trakt
    std::optional<qint64> undoOf; ///< an undo: the run it undid
    std::optional<qint64> undoneBy; ///< the undo run that removed this run's plays
    QString requests; ///< JSON object: requests per service
    QString error;
    QString errorCode; ///< errorCodeName() of a refusal or failure ("account-locked", ...)
    QString skipped; ///< JSON array: what the run did not post and why (the run report)
    QString progressBefore; ///< JSON object: AniList id → last_abs before this run changed it

    bool isUndo() const { return undoOf.has_value(); }
};

/// `sync_runs`.
class RunRepository final
{
public:
    explicit RunRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts a "running" row and returns its id.
    Result<qint64> start(
        const QString &mode, bool automated, bool preview, const QString &host, qint64 pid);
    /// Writes the final status and counters.
    Result<void> finish(const SyncRun &run);
    Result<std::optional<SyncRun>> get(qint64 id) const;
    Result<QList<SyncRun>> recent(int limit = 20) const;
    /// The newest run still marked running (who holds the lock, for "sync already running").
    Result<std::optional<SyncRun>> newestRunning() const;
    /// Marks rows still "running" as "interrupted" (called by the holder of the sync lock: nobody
    /// else runs).
    Result<int> markInterrupted();
    /// Links a run to the undo run that removed its plays.
    Result<void> setUndoneBy(qint64 runId, qint64 undoRunId);
    /// Remembers sync_progress before the run first changed it (ids already recorded keep their
    /// first value), so that an undo can put it back.
    Result<void> recordProgressBefore(qint64 runId, const QHash<qint64, int> &before);
    /// The stored progress_before of a run.
    Result<QHash<qint64, int>> progressBefore(qint64 runId) const;
    /// Stores the run report's skipped items (JSON array).
    Result<void> setSkipped(qint64 runId, const QString &json);

private:
    Database &m_db;
};

} // namespace Tsuzuki

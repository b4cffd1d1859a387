#pragma once

#include "core/common/result.h"
#include "core/store/extrasrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/runrepository.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace Tsuzuki {

class Database;
class Services;
class SyncRunLock;

/// What undoing a run would do: its preview.
struct UndoPlan
{
    SyncRun run;
    QList<LedgerEntry> remove; ///< plays this run posted ("added"): removed from Trakt
    QList<LedgerEntry> keep; ///< plays that were on Trakt before it ("already_on_trakt"): kept
    /// Ratings, watchlist and dropped-list changes it made (issue 16): put back as they were.
    QList<ExtraEntry> revert;
    QString refusal; ///< why this run cannot be undone; empty when it can

    bool canUndo() const { return refusal.isEmpty(); }
    QJsonObject toJson() const;
};

/// What an undo did.
struct UndoReport
{
    qint64 undoRunId = 0; ///< the undo's own sync_runs row (mode "undo")
    qint64 runId = 0; ///< the run it undid
    RunStatus status = RunStatus::Failed;
    int removed = 0; ///< plays Trakt removed
    int alreadyGone = 0; ///< plays that were no longer on Trakt (removed by hand, ...)
    int left = 0; ///< plays still on Trakt (the undo stopped before them)
    int reverted = 0; ///< ratings and list changes put back
    int revertFailed = 0; ///< ratings and list changes Trakt did not take back
    QString error;
    ErrorCode errorCode = ErrorCode::None;
    QJsonObject toJson() const;
};

/// Timings of an undo; the defaults are Trakt's (one write a second), tests shrink them.
struct UndoOptions
{
    int batchSize = 100; ///< history ids per POST /sync/history/remove
    int postSpacingMs = 1000;
    int maxAttempts = 3; ///< a batch that fails (or goes unanswered) this often ends the undo
    int retryDelayMs = 2000;
};

/// "Undo this run" (issue 14), for the GUI's Runs view and `tsuzuki-cli undo`: removes from Trakt
/// exactly the plays a run posted (POST /sync/history/remove with their history ids, read back
/// from Trakt's history where the run did not keep them), never a play that was there before,
/// then rolls the ledger and sync_progress back in one transaction and records itself as a run.
/// Under the sync lock. Lives in the thread of its Database and Services.
class RunUndo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunUndo)

public:
    using Done = std::function<void(const Result<UndoReport> &)>;

    /// `db` and `services` must outlive this object.
    RunUndo(Database &db, Services *services, QObject *parent = nullptr);

    /// The preview: what an undo of `runId` would remove and keep. Reads the database only.
    static Result<UndoPlan> plan(Database &db, qint64 runId);
    /// Undoes `runId`. `done` is called once: a report (also for a locked, refused or partial
    /// undo) or an error when nothing was started (no Trakt login, nothing to undo).
    void undo(qint64 runId, const UndoOptions &options, Done done);

private:
    struct Job;
    void removeNext(std::shared_ptr<Job> job);
    /// After the plays: the run's ratings and list changes, taken back.
    void revertExtras(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job, RunStatus status, const Error &error = {});

    Database &m_db;
    Services *m_services;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/error.h"
#include "core/net/serviceconfig.h"
#include "core/net/services.h"
#include "core/store/databasespec.h"
#include "core/sync/syncplan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Tsuzuki {

class Database;
class DatabaseThread;
class SecretStore;
class SyncWorker;
class TraktAuth;

/// What SyncService needs to build its worker.
struct SyncServiceConfig
{
    DatabaseSpec database; ///< the worker opens its OWN connection to this database
    ServiceConfig services; ///< service URLs and Trakt client id
    /// The process's secret store and TraktAuth, living in the caller's thread. The worker never
    /// touches them directly: it reaches them through a SecretStoreRelay and a TraktAuthRelay
    /// (queued calls), so every keychain job runs in one thread and a login reaches the worker at
    /// once. Both must outlive the SyncService.
    SecretStore *secrets = nullptr;
    TraktAuth *traktAuth = nullptr;
    /// HTTP timings (tests shrink them); the defaults are the product's.
    HttpTimings timings;
};

/// The sync engine for the GUI (and anyone else who must not block): lives in the caller's thread,
/// does all work in a DatabaseThread of its own ("tsuzuki-sync"), answers by queued signals.
/// One request at a time; a request while busy answers with `failed` (ErrorCode::DatabaseLocked).
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    explicit SyncService(SyncServiceConfig config, QObject *parent = nullptr);
    ~SyncService() override; ///< stops the worker (the request in flight ends without an answer)

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// Computes the plan (no POST). Answers previewReady or failed.
    void requestPreview(Tsuzuki::SyncMode mode, const Tsuzuki::SyncOptions &options);
    /// Posts exactly the items of `plan` whose itemId is in `approvedItemIds` (all items:
    /// plan.itemIds()). Answers progressChanged* then runFinished (also for a locked/guarded/failed
    /// run) or failed.
    void requestRun(const Tsuzuki::SyncPlan &plan, const QStringList &approvedItemIds);
    /// Preview and run everything at once (the scheduler's and `sync full --yes` path).
    void requestSync(Tsuzuki::SyncMode mode, const Tsuzuki::SyncOptions &options);
    /// Stops after the batch in flight (it is settled first); the run finishes as "partial".
    void cancel();

public:
    /// Work of the worker's kind that is not a sync (an undo, issue 14): `job` runs in the sync
    /// thread with its database and Services bundle, and calls `finished` once when it is over.
    /// One request at a time, like a sync: busy meanwhile; a request while busy fails at once.
    using WorkerJob = std::function<void(
        Database &db, Services *services, QObject *context, std::function<void()> finished)>;
    bool requestJob(WorkerJob job);
    /// requestJob() with a result: `work` hands its value to `answer` in the sync thread, and
    /// `done` gets it in `context`'s thread (dropped when `context` is gone).
    template<typename R>
    bool call(QObject *context,
        std::function<void(Database &, Services *, QObject *, std::function<void(R)>)> work,
        std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        return requestJob([work = std::move(work), done = std::move(done), guard](Database &db,
                              Services *services, QObject *worker, std::function<void()> finished) {
            work(db, services, worker, [done, guard, finished](R result) {
                if (guard) {
                    QMetaObject::invokeMethod(
                        guard.data(),
                        [done, guard, result = std::move(result)] {
                            if (guard)
                                done(result);
                        },
                        Qt::QueuedConnection);
                }
                finished();
            });
        });
    }

Q_SIGNALS:
    void busyChanged(bool busy);
    void previewReady(const Tsuzuki::SyncPlan &plan);
    /// Plays settled so far of `total` in this run.
    void progressChanged(int done, int total);
    void runFinished(const Tsuzuki::SyncReport &report);
    /// The request could not be carried out (no token, AniList down, database error, ...).
    void failed(const Tsuzuki::Error &error);

private:
    void setBusy(bool busy);
    bool claim();

    DatabaseThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    bool m_busy = false;
    bool m_syncing = false;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"
#include "core/sync/syncplan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>

#include <functional>

namespace Tsuzuki {

class Database;
class TraktClient;

/// Posts an approved plan to Trakt exactly once (DESIGN §5): pending ledger rows before each batch,
/// settlement in one transaction after Trakt answers, unknown outcomes resolved by reading history.
/// Lives in the thread of its Database; one run at a time.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    using Done = std::function<void(const SyncReport &)>;

    /// `db` and `trakt` must outlive the engine.
    SyncEngine(Database &db, TraktClient *trakt, QObject *parent = nullptr);

    /// Posts `plan.plays` (already restricted to the approved items). `runId` is the sync_runs row.
    /// `done` is called once with the report (status succeeded / partial / failed / guarded).
    void run(const SyncPlan &plan, qint64 runId, Done done);
    /// Only settles "pending" ledger rows left by a crash or an unknown outcome.
    void recoverPending(qint64 runId, std::function<void(const Result<int> &)> done);
    /// Stop after the batch in flight.
    void cancel() { m_cancelled = true; }
    /// Stop now (the run's time limit): the report says `reason`, answers still on their way are
    /// ignored and their ledger rows stay pending for the next run.
    void stop(const QString &reason);
    bool isRunning() const { return m_running; }

    int traktRequests() const { return m_traktRequests; }

Q_SIGNALS:
    void progressChanged(int done, int total);

private:
    using Key = QPair<qint64, int>;
    void nextBatch();
    void post(const QList<PlannedPlay> &batch);
    void onPosted(const QList<PlannedPlay> &batch, const QList<Key> &added,
        const QList<Key> &notFound, const QList<PlannedPlay> &verify);
    /// Reads Trakt history for `rows`' shows and settles: on Trakt = added, absent = not sent
    /// ("failed").
    void resolveUnknown(const QList<PlannedPlay> &rows, bool absentIsNotFound,
        std::function<void(const Result<QList<PlannedPlay>> &missing)> done);
    Result<void> settle(
        const QList<Key> &added, const QList<Key> &notFound, const QList<Key> &failed);
    /// Records the plan's unmapped and already-on-Trakt items in the ledger (new ones only).
    Result<void> recordSkipped();
    /// Ends the run because of `error`: RunStatus::Refused when Trakt refused (nothing more is
    /// sent), Failed otherwise.
    void stopWith(const Error &error);
    void finishRun(RunStatus status, const QString &error = {});

    Database &m_db;
    TraktClient *m_trakt;
    SyncPlan m_plan;
    qint64 m_runId = 0;
    Done m_done;
    QList<PlannedPlay> m_queue;
    QHash<QString, PlannedPlay> m_byItem;
    QSet<QString> m_settled; ///< item ids added or not_found in this run
    QSet<QString> m_neverIds; ///< "never post": settled for the activity window, never sent
    QHash<qint64, QSet<int>> m_unsettled; ///< anilist id -> planned episodes not settled yet
    SyncReport m_report;
    int m_attempts = 0;
    int m_limitRefusals = 0; ///< 420s in this run: the second ends it
    int m_done_count = 0;
    int m_traktRequests = 0;
    qint64 m_lastPostMs = -1;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_running = false;
    quint64 m_generation = 0; ///< bumped when a run starts or ends: stale callbacks check it
};

} // namespace Tsuzuki

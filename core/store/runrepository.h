#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// A `sync_runs` row: one sync run with its counters (the web version's response fields).
struct SyncRun
{
    qint64 id = 0;
    QString mode; ///< "full", "completed", "watching", "show"
    bool automated = false;
    bool preview = false;
    QString host;
    qint64 pid = 0;
    QString status; ///< "running", "succeeded", "failed", "partial", "cancelled"
    QDateTime startedAt;
    QDateTime finishedAt;
    int found = 0;
    int synced = 0;
    int alreadySynced = 0;
    int skippedUnmapped = 0;
    int added = 0;
    int notFound = 0;
    QString requests; ///< JSON object: requests per service
    QString error;
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

private:
    Database &m_db;
};

} // namespace Tsuzuki

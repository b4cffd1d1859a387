#include "runrepository.h"

#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
const QString Columns
    = u"id, mode, automated, preview, host, pid, status, started_at, finished_at, found, synced, "
      "already_synced, skipped_unmapped, added, not_found, requests, error"_s;

SyncRun runFrom(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.mode = q.value(1).toString();
    r.automated = q.value(2).toBool();
    r.preview = q.value(3).toBool();
    r.host = q.value(4).toString();
    r.pid = q.value(5).toLongLong();
    r.status = q.value(6).toString();
    r.startedAt = Database::fromDb(q.value(7));
    r.finishedAt = Database::fromDb(q.value(8));
    r.found = q.value(9).toInt();
    r.synced = q.value(10).toInt();
    r.alreadySynced = q.value(11).toInt();
    r.skippedUnmapped = q.value(12).toInt();
    r.added = q.value(13).toInt();
    r.notFound = q.value(14).toInt();
    r.requests = q.value(15).toString();
    r.error = q.value(16).toString();
    return r;
}
} // namespace

Result<qint64> RunRepository::start(
    const QString &mode, bool automated, bool preview, const QString &host, qint64 pid)
{
    const QString sql
        = u"INSERT INTO sync_runs (mode, automated, preview, host, pid, status, started_at) "
          "VALUES (?, ?, ?, ?, ?, 'running', ?)"_s
        + (m_db.isPostgres() ? u" RETURNING id"_s : QString());
    auto q = m_db.exec(sql, { mode, automated, preview, host, pid, m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    if (m_db.isPostgres()) {
        q.value().next();
        return q.value().value(0).toLongLong();
    }
    return q.value().lastInsertId().toLongLong();
}

Result<void> RunRepository::finish(const SyncRun &run)
{
    auto q = m_db.exec(
        u"UPDATE sync_runs SET status = ?, finished_at = ?, found = ?, synced = ?, already_synced "
        u"= ?, "
        "skipped_unmapped = ?, added = ?, not_found = ?, requests = ?, error = ? WHERE id = ?"_s,
        { run.status, m_db.toDb(run.finishedAt.isValid() ? run.finishedAt : Database::nowUtc()),
            run.found, run.synced, run.alreadySynced, run.skippedUnmapped, run.added, run.notFound,
            run.requests, run.error, run.id });
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<SyncRun>> RunRepository::get(qint64 id) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sync_runs WHERE id = ?"_s.arg(Columns), { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SyncRun>();
    return std::optional<SyncRun>(runFrom(q.value()));
}

Result<QList<SyncRun>> RunRepository::recent(int limit) const
{
    auto q
        = m_db.exec(u"SELECT %1 FROM sync_runs ORDER BY id DESC LIMIT ?"_s.arg(Columns), { limit });
    if (!q)
        return q.error();
    QList<SyncRun> runs;
    while (q.value().next())
        runs << runFrom(q.value());
    return runs;
}

Result<std::optional<SyncRun>> RunRepository::newestRunning() const
{
    auto q = m_db.exec(
        u"SELECT %1 FROM sync_runs WHERE status = 'running' ORDER BY id DESC LIMIT 1"_s.arg(
            Columns));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SyncRun>();
    return std::optional<SyncRun>(runFrom(q.value()));
}

Result<int> RunRepository::markInterrupted()
{
    auto q = m_db.exec(
        u"UPDATE sync_runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'"_s,
        { m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace Tsuzuki

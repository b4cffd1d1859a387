#include "runrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
constexpr std::pair<RunStatus, const char *> StatusKeys[] = {
    { RunStatus::Running, "running" },
    { RunStatus::Succeeded, "succeeded" },
    { RunStatus::Partial, "partial" },
    { RunStatus::Failed, "failed" },
    { RunStatus::Locked, "locked" },
    { RunStatus::Guarded, "guarded" },
    { RunStatus::Interrupted, "interrupted" },
    { RunStatus::Refused, "refused" },
};
} // namespace

QString runStatusKey(RunStatus status)
{
    for (const auto &[value, key] : StatusKeys) {
        if (value == status)
            return QString::fromLatin1(key);
    }
    return {};
}

RunStatus runStatusFromKey(QStringView key)
{
    for (const auto &[value, name] : StatusKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return RunStatus::Failed;
}

namespace {
const QString Columns
    = u"id, mode, automated, preview, host, pid, status, started_at, finished_at, found, synced, "
      "already_synced, skipped_unmapped, added, not_found, requests, error, already_on_trakt, "
      "removed, undo_of, undone_by, error_code, skipped, progress_before"_s;

SyncRun runFrom(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.mode = q.value(1).toString();
    r.automated = q.value(2).toBool();
    r.preview = q.value(3).toBool();
    r.host = q.value(4).toString();
    r.pid = q.value(5).toLongLong();
    r.status = runStatusFromKey(q.value(6).toString());
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
    r.alreadyOnTrakt = q.value(17).toInt();
    r.removed = q.value(18).toInt();
    r.undoOf = Sql::optionalInt(q.value(19));
    r.undoneBy = Sql::optionalInt(q.value(20));
    r.errorCode = q.value(21).toString();
    r.skipped = q.value(22).toString();
    r.progressBefore = q.value(23).toString();
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
        u"= ?, skipped_unmapped = ?, added = ?, not_found = ?, requests = ?, error = ?, "
        u"already_on_trakt = ?, removed = ?, undo_of = ?, error_code = ? WHERE id = ?"_s,
        { runStatusKey(run.status),
            m_db.toDb(run.finishedAt.isValid() ? run.finishedAt : Database::nowUtc()), run.found,
            run.synced, run.alreadySynced, run.skippedUnmapped, run.added, run.notFound,
            run.requests, run.error, run.alreadyOnTrakt, run.removed, Sql::nullable(run.undoOf),
            Sql::nullableText(run.errorCode), run.id });
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

Result<void> RunRepository::setUndoneBy(qint64 runId, qint64 undoRunId)
{
    auto q = m_db.exec(u"UPDATE sync_runs SET undone_by = ? WHERE id = ?"_s, { undoRunId, runId });
    if (!q)
        return q.error();
    return {};
}

Result<QHash<qint64, int>> RunRepository::progressBefore(qint64 runId) const
{
    auto q = m_db.exec(u"SELECT progress_before FROM sync_runs WHERE id = ?"_s, { runId });
    if (!q)
        return q.error();
    QHash<qint64, int> before;
    if (!q.value().next())
        return before;
    const QJsonObject o = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        before.insert(it.key().toLongLong(), it.value().toInt());
    return before;
}

Result<void> RunRepository::recordProgressBefore(qint64 runId, const QHash<qint64, int> &before)
{
    if (before.isEmpty())
        return {};
    auto stored = progressBefore(runId);
    if (!stored)
        return stored.error();
    QHash<qint64, int> merged = stored.value();
    bool changed = false;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!merged.contains(it.key())) {
            merged.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (!changed)
        return {};
    QJsonObject o;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    auto q = m_db.exec(u"UPDATE sync_runs SET progress_before = ? WHERE id = ?"_s,
        { QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), runId });
    if (!q)
        return q.error();
    return {};
}

Result<void> RunRepository::setSkipped(qint64 runId, const QString &json)
{
    auto q = m_db.exec(u"UPDATE sync_runs SET skipped = ? WHERE id = ?"_s, { json, runId });
    if (!q)
        return q.error();
    return {};
}

} // namespace Tsuzuki

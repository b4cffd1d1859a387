#include "ledgerrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
const QString Columns
    = u"id, run_id, anilist_id, abs_episode, target_kind, trakt_id, target_ids, season, episode, "
      "watched_at, outcome, rule, source, title, created_at, updated_at"_s;

LedgerEntry entryFrom(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toLongLong();
    e.anilistId = q.value(2).toLongLong();
    e.absEpisode = q.value(3).toInt();
    e.targetKind = q.value(4).toString();
    e.traktId = Sql::optionalInt(q.value(5));
    e.targetIds = q.value(6).toString();
    if (auto s = Sql::optionalInt(q.value(7)))
        e.season = int(*s);
    if (auto ep = Sql::optionalInt(q.value(8)))
        e.episode = int(*ep);
    e.watchedAt = Database::fromDb(q.value(9));
    e.outcome = q.value(10).toString();
    e.rule = q.value(11).toString();
    e.source = q.value(12).toString();
    e.title = q.value(13).toString();
    e.createdAt = Database::fromDb(q.value(14));
    e.updatedAt = Database::fromDb(q.value(15));
    return e;
}

QList<LedgerEntry> readAll(QSqlQuery &q)
{
    QList<LedgerEntry> rows;
    while (q.next())
        rows << entryFrom(q);
    return rows;
}
} // namespace

Result<void> LedgerRepository::record(const QList<LedgerEntry> &entries)
{
    const QVariant now = m_db.toDb(Database::nowUtc());
    return m_db.transaction([&]() -> Result<void> {
        for (const LedgerEntry &e : entries) {
            auto q = m_db.exec(u"INSERT INTO sync_ledger (run_id, anilist_id, abs_episode, "
                               u"target_kind, trakt_id, target_ids, season, episode, "
                               "watched_at, outcome, rule, source, title, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (anilist_id, abs_episode) DO UPDATE SET run_id = "
                               "excluded.run_id, target_kind = excluded.target_kind, "
                               "trakt_id = excluded.trakt_id, target_ids = excluded.target_ids, "
                               "season = excluded.season, "
                               "episode = excluded.episode, watched_at = excluded.watched_at, "
                               "outcome = excluded.outcome, rule = excluded.rule, "
                               "source = excluded.source, title = excluded.title, updated_at = "
                               "excluded.updated_at "
                               "WHERE sync_ledger.outcome <> 'added'"_s,
                { e.runId, e.anilistId, e.absEpisode, e.targetKind, Sql::nullable(e.traktId),
                    Sql::nullableText(e.targetIds), Sql::nullable(e.season),
                    Sql::nullable(e.episode), m_db.toDb(e.watchedAt), e.outcome,
                    Sql::nullableText(e.rule), Sql::nullableText(e.source),
                    Sql::nullableText(e.title), now, now });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<void> LedgerRepository::setOutcome(
    const QList<QPair<qint64, int>> &keys, const QString &outcome, qint64 runId)
{
    const QVariant now = m_db.toDb(Database::nowUtc());
    return m_db.transaction([&]() -> Result<void> {
        for (const auto &[anilistId, abs] : keys) {
            auto q = m_db.exec(u"UPDATE sync_ledger SET outcome = ?, run_id = ?, updated_at = ? "
                               "WHERE anilist_id = ? AND abs_episode = ? AND outcome <> 'added'"_s,
                { outcome, runId, now, anilistId, abs });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<QList<LedgerEntry>> LedgerRepository::withOutcome(const QString &outcome, int limit) const
{
    QString sql
        = u"SELECT %1 FROM sync_ledger WHERE outcome = ? ORDER BY anilist_id, abs_episode"_s.arg(
            Columns);
    QVariantList values { outcome };
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        values << limit;
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return readAll(q.value());
}

Result<QList<LedgerEntry>> LedgerRepository::forRun(qint64 runId) const
{
    auto q = m_db.exec(
        u"SELECT %1 FROM sync_ledger WHERE run_id = ? ORDER BY id"_s.arg(Columns), { runId });
    if (!q)
        return q.error();
    return readAll(q.value());
}

Result<QHash<qint64, QSet<int>>> LedgerRepository::addedEpisodes(
    const QList<qint64> &anilistIds) const
{
    QHash<qint64, QSet<int>> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(
            u"SELECT anilist_id, abs_episode FROM sync_ledger WHERE outcome = 'added' AND anilist_id IN (%1)"_s
                .arg(Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next())
            found[q.value().value(0).toLongLong()].insert(q.value().value(1).toInt());
    }
    return found;
}

Result<qint64> LedgerRepository::count(const QString &outcome) const
{
    auto q = outcome.isEmpty()
        ? m_db.exec(u"SELECT COUNT(*) FROM sync_ledger"_s)
        : m_db.exec(u"SELECT COUNT(*) FROM sync_ledger WHERE outcome = ?"_s, { outcome });
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QHash<qint64, QList<LedgerEntry>>> LedgerRepository::forAnilistIds(
    const QList<qint64> &anilistIds) const
{
    QHash<qint64, QList<LedgerEntry>> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(
            u"SELECT %1 FROM sync_ledger WHERE anilist_id IN (%2) ORDER BY anilist_id, abs_episode"_s
                .arg(Columns, Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        for (const LedgerEntry &e : readAll(q.value()))
            found[e.anilistId] << e;
    }
    return found;
}

Result<void> LedgerRepository::forget(qint64 anilistId)
{
    auto q = m_db.exec(u"DELETE FROM sync_ledger WHERE anilist_id = ?"_s, { anilistId });
    if (!q)
        return q.error();
    return {};
}

Result<void> LedgerRepository::clearNeedsMapping(qint64 anilistId)
{
    auto q = m_db.exec(
        u"DELETE FROM sync_ledger WHERE anilist_id = ? AND outcome IN ('not_found', 'unmapped')"_s,
        { anilistId });
    if (!q)
        return q.error();
    return {};
}

} // namespace Tsuzuki

#include "progressrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Result<int> ProgressRepository::lastAbs(qint64 anilistId) const
{
    auto row = get(anilistId);
    if (!row)
        return row.error();
    return row.value() ? row.value()->lastAbs : 0;
}

Result<std::optional<Progress>> ProgressRepository::get(qint64 anilistId) const
{
    auto q = m_db.exec(
        u"SELECT anilist_id, last_abs, updated_at FROM sync_progress WHERE anilist_id = ?"_s,
        { anilistId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Progress>();
    return std::optional<Progress>(Progress { q.value().value(0).toLongLong(),
        q.value().value(1).toInt(), Database::fromDb(q.value().value(2)) });
}

Result<QHash<qint64, int>> ProgressRepository::lastAbsMany(const QList<qint64> &anilistIds) const
{
    QHash<qint64, int> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(
            u"SELECT anilist_id, last_abs FROM sync_progress WHERE anilist_id IN (%1)"_s.arg(
                Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next())
            found.insert(q.value().value(0).toLongLong(), q.value().value(1).toInt());
    }
    return found;
}

Result<QList<Progress>> ProgressRepository::list(int limit) const
{
    QString sql
        = u"SELECT anilist_id, last_abs, updated_at FROM sync_progress ORDER BY updated_at DESC, anilist_id"_s;
    QVariantList values;
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        values << limit;
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<Progress> rows;
    while (q.value().next())
        rows << Progress { q.value().value(0).toLongLong(), q.value().value(1).toInt(),
            Database::fromDb(q.value().value(2)) };
    return rows;
}

Result<void> ProgressRepository::advance(qint64 anilistId, int lastAbs)
{
    auto q = m_db.exec(
        u"INSERT INTO sync_progress (anilist_id, last_abs, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (anilist_id) DO UPDATE SET last_abs = excluded.last_abs, updated_at = "
        "excluded.updated_at "
        "WHERE sync_progress.last_abs < excluded.last_abs"_s,
        { anilistId, lastAbs, m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return {};
}

Result<void> ProgressRepository::reset(qint64 anilistId)
{
    auto q = m_db.exec(u"DELETE FROM sync_progress WHERE anilist_id = ?"_s, { anilistId });
    if (!q)
        return q.error();
    return {};
}

Result<void> ProgressRepository::set(qint64 anilistId, int lastAbs)
{
    if (lastAbs <= 0)
        return reset(anilistId);
    auto q = m_db.exec(
        u"INSERT INTO sync_progress (anilist_id, last_abs, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (anilist_id) DO UPDATE SET last_abs = excluded.last_abs, "
        "updated_at = excluded.updated_at"_s,
        { anilistId, lastAbs, m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return {};
}

} // namespace Tsuzuki

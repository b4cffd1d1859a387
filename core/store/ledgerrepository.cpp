#include "ledgerrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
constexpr std::pair<LedgerOutcome, const char *> OutcomeKeys[] = {
    { LedgerOutcome::Pending, "pending" },
    { LedgerOutcome::Added, "added" },
    { LedgerOutcome::NotFound, "not_found" },
    { LedgerOutcome::Unmapped, "unmapped" },
    { LedgerOutcome::Failed, "failed" },
    { LedgerOutcome::AlreadyOnTrakt, "already_on_trakt" },
    { LedgerOutcome::Never, "never" },
};
} // namespace

QString ledgerOutcomeKey(LedgerOutcome outcome)
{
    for (const auto &[value, key] : OutcomeKeys) {
        if (value == outcome)
            return QString::fromLatin1(key);
    }
    return {};
}

LedgerOutcome ledgerOutcomeFromKey(QStringView key)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return LedgerOutcome::Pending;
}

namespace {
const QString Columns
    = u"id, run_id, anilist_id, abs_episode, target_kind, trakt_id, target_ids, season, episode, "
      "watched_at, outcome, rule, source, title, created_at, updated_at, trakt_history_id, "
      "trakt_watched_at"_s;

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
    e.outcome = ledgerOutcomeFromKey(q.value(10).toString());
    e.rule = q.value(11).toString();
    e.source = q.value(12).toString();
    e.title = q.value(13).toString();
    e.createdAt = Database::fromDb(q.value(14));
    e.updatedAt = Database::fromDb(q.value(15));
    e.traktHistoryId = Sql::optionalInt(q.value(16));
    e.traktWatchedAt = Database::fromDb(q.value(17));
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

namespace {
/// The one upsert of a ledger row; `protect` lists the outcomes it must not replace.
Result<void> upsert(Database &db, const QList<LedgerEntry> &entries,
    const std::function<QString(const LedgerEntry &)> &protect)
{
    const QVariant now = db.toDb(Database::nowUtc());
    return db.transaction([&]() -> Result<void> {
        for (const LedgerEntry &e : entries) {
            auto q = db.exec(u"INSERT INTO sync_ledger (run_id, anilist_id, abs_episode, "
                             u"target_kind, trakt_id, target_ids, season, episode, "
                             "watched_at, outcome, rule, source, title, created_at, updated_at, "
                             "trakt_history_id, trakt_watched_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (anilist_id, abs_episode) DO UPDATE SET run_id = "
                             "excluded.run_id, target_kind = excluded.target_kind, "
                             "trakt_id = excluded.trakt_id, target_ids = excluded.target_ids, "
                             "season = excluded.season, "
                             "episode = excluded.episode, watched_at = excluded.watched_at, "
                             "outcome = excluded.outcome, rule = excluded.rule, "
                             "source = excluded.source, title = excluded.title, updated_at = "
                             "excluded.updated_at, trakt_history_id = excluded.trakt_history_id, "
                             "trakt_watched_at = excluded.trakt_watched_at "
                             "WHERE sync_ledger.outcome NOT IN (%1)"_s.arg(protect(e)),
                { e.runId, e.anilistId, e.absEpisode, e.targetKind, Sql::nullable(e.traktId),
                    Sql::nullableText(e.targetIds), Sql::nullable(e.season),
                    Sql::nullable(e.episode), db.toDb(e.watchedAt), ledgerOutcomeKey(e.outcome),
                    Sql::nullableText(e.rule), Sql::nullableText(e.source),
                    Sql::nullableText(e.title), now, now, Sql::nullable(e.traktHistoryId),
                    db.toDb(e.traktWatchedAt) });
            if (!q)
                return q.error();
        }
        return {};
    });
}
} // namespace

Result<void> LedgerRepository::record(const QList<LedgerEntry> &entries)
{
    return upsert(m_db, entries, [](const LedgerEntry &e) {
        return e.outcome == LedgerOutcome::Pending ? u"'added', 'never'"_s
                                                   : u"'added', 'never', 'pending'"_s;
    });
}

Result<void> LedgerRepository::markNever(const QList<LedgerEntry> &entries)
{
    QList<LedgerEntry> rows = entries;
    for (LedgerEntry &e : rows)
        e.outcome = LedgerOutcome::Never;
    // A pending row's play may be on Trakt: it is settled from history first, never hidden.
    return upsert(m_db, rows, [](const LedgerEntry &) { return u"'added', 'pending'"_s; });
}

Result<int> LedgerRepository::allowAgain(const QList<LedgerKey> &keys)
{
    int removed = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        for (const auto &[anilistId, abs] : keys) {
            auto q = m_db.exec(u"DELETE FROM sync_ledger WHERE anilist_id = ? AND abs_episode = ? "
                               u"AND outcome = 'never'"_s,
                { anilistId, abs });
            if (!q)
                return q.error();
            removed += q.value().numRowsAffected();
        }
        return {};
    });
    if (!r)
        return r.error();
    return removed;
}

Result<void> LedgerRepository::remove(const QList<LedgerKey> &keys)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const auto &[anilistId, abs] : keys) {
            auto q
                = m_db.exec(u"DELETE FROM sync_ledger WHERE anilist_id = ? AND abs_episode = ?"_s,
                    { anilistId, abs });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<void> LedgerRepository::setHistoryIds(const QList<std::pair<LedgerKey, qint64>> &ids)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const auto &[key, historyId] : ids) {
            auto q = m_db.exec(u"UPDATE sync_ledger SET trakt_history_id = ? WHERE anilist_id = ? "
                               u"AND abs_episode = ?"_s,
                { historyId, key.first, key.second });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<QHash<qint64, QHash<int, LedgerOutcome>>> LedgerRepository::outcomes(
    const QList<qint64> &anilistIds) const
{
    QHash<qint64, QHash<int, LedgerOutcome>> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(
            u"SELECT anilist_id, abs_episode, outcome FROM sync_ledger WHERE anilist_id IN (%1)"_s
                .arg(Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next())
            found[q.value().value(0).toLongLong()].insert(
                q.value().value(1).toInt(), ledgerOutcomeFromKey(q.value().value(2).toString()));
    }
    return found;
}

Result<void> LedgerRepository::setOutcome(
    const QList<QPair<qint64, int>> &keys, LedgerOutcome outcome, qint64 runId)
{
    const QVariant now = m_db.toDb(Database::nowUtc());
    return m_db.transaction([&]() -> Result<void> {
        for (const auto &[anilistId, abs] : keys) {
            auto q = m_db.exec(u"UPDATE sync_ledger SET outcome = ?, run_id = ?, updated_at = ? "
                               "WHERE anilist_id = ? AND abs_episode = ? AND outcome <> 'added'"_s,
                { ledgerOutcomeKey(outcome), runId, now, anilistId, abs });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<QList<LedgerEntry>> LedgerRepository::withOutcome(LedgerOutcome outcome, int limit) const
{
    QString sql
        = u"SELECT %1 FROM sync_ledger WHERE outcome = ? ORDER BY anilist_id, abs_episode"_s.arg(
            Columns);
    QVariantList values { ledgerOutcomeKey(outcome) };
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

Result<qint64> LedgerRepository::count(std::optional<LedgerOutcome> outcome) const
{
    auto q = !outcome ? m_db.exec(u"SELECT COUNT(*) FROM sync_ledger"_s)
                      : m_db.exec(u"SELECT COUNT(*) FROM sync_ledger WHERE outcome = ?"_s,
                          { ledgerOutcomeKey(*outcome) });
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

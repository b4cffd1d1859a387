#include "core/store/extrasrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
constexpr std::pair<ExtraOutcome, const char *> OutcomeKeys[] = {
    { ExtraOutcome::Pending, "pending" },
    { ExtraOutcome::Done, "done" },
    { ExtraOutcome::NotFound, "not_found" },
    { ExtraOutcome::Failed, "failed" },
    { ExtraOutcome::Undone, "undone" },
};

const QString Columns = u"id, run_id, action, anilist_id, title, target_kind, trakt_id, "
                        "target_ids, season, rating, previous_rating, outcome, created_at"_s;

ExtraEntry entryFrom(const QSqlQuery &q)
{
    ExtraEntry e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toLongLong();
    e.action = q.value(2).toString();
    e.anilistId = q.value(3).toLongLong();
    e.title = q.value(4).toString();
    e.targetKind = q.value(5).toString();
    e.traktId = Sql::optionalInt(q.value(6));
    e.targetIds = q.value(7).toString();
    e.season = q.value(8).toInt();
    e.rating = q.value(9).toInt();
    e.previousRating = q.value(10).toInt();
    e.outcome = extraOutcomeFromKey(q.value(11).toString());
    e.createdAt = Database::fromDb(q.value(12));
    return e;
}
} // namespace

QString extraOutcomeKey(ExtraOutcome outcome)
{
    for (const auto &[value, key] : OutcomeKeys) {
        if (value == outcome)
            return QString::fromLatin1(key);
    }
    return {};
}

ExtraOutcome extraOutcomeFromKey(QStringView key)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return ExtraOutcome::Pending;
}

QJsonObject ExtraEntry::toJson() const
{
    QJsonObject o { { u"action"_s, action }, { u"anilistId"_s, anilistId }, { u"title"_s, title },
        { u"type"_s, targetKind }, { u"outcome"_s, extraOutcomeKey(outcome) } };
    if (traktId)
        o.insert(u"traktId"_s, *traktId);
    if (season > 0)
        o.insert(u"season"_s, season);
    if (rating > 0) {
        o.insert(u"rating"_s, rating);
        o.insert(u"previousRating"_s, previousRating);
    }
    return o;
}

Result<void> ExtrasRepository::insert(QList<ExtraEntry> &entries)
{
    const QVariant now = m_db.toDb(Database::nowUtc());
    return m_db.transaction([&]() -> Result<void> {
        for (ExtraEntry &e : entries) {
            auto q = m_db.exec(u"INSERT INTO sync_extras (run_id, action, anilist_id, title, "
                               "target_kind, trakt_id, target_ids, season, rating, "
                               "previous_rating, outcome, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                    + (m_db.isPostgres() ? u" RETURNING id"_s : QString()),
                { e.runId, e.action, e.anilistId, Sql::nullableText(e.title), e.targetKind,
                    Sql::nullable(e.traktId), Sql::nullableText(e.targetIds), e.season, e.rating,
                    e.previousRating, extraOutcomeKey(e.outcome), now, now });
            if (!q)
                return q.error();
            if (m_db.isPostgres()) {
                if (q.value().next())
                    e.id = q.value().value(0).toLongLong();
            } else {
                e.id = q.value().lastInsertId().toLongLong();
            }
        }
        return {};
    });
}

Result<void> ExtrasRepository::setOutcome(const QList<qint64> &ids, ExtraOutcome outcome)
{
    const QVariant now = m_db.toDb(Database::nowUtc());
    return m_db.transaction([&]() -> Result<void> {
        for (qint64 id : ids) {
            auto q = m_db.exec(u"UPDATE sync_extras SET outcome = ?, updated_at = ? WHERE id = ?"_s,
                { extraOutcomeKey(outcome), now, id });
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<QList<ExtraEntry>> ExtrasRepository::forRun(qint64 runId) const
{
    auto q = m_db.exec(
        u"SELECT %1 FROM sync_extras WHERE run_id = ? ORDER BY id"_s.arg(Columns), { runId });
    if (!q)
        return q.error();
    QList<ExtraEntry> rows;
    while (q.value().next())
        rows << entryFrom(q.value());
    return rows;
}

Result<QSet<qint64>> ExtrasRepository::ourWatchlist() const
{
    // The newest done watchlist row of each title decides: an add that no removal followed.
    auto q = m_db.exec(u"SELECT anilist_id, action FROM sync_extras WHERE action IN "
                       "('watchlist-add', 'watchlist-remove') AND outcome = 'done' "
                       "ORDER BY id"_s);
    if (!q)
        return q.error();
    QHash<qint64, bool> last;
    while (q.value().next())
        last.insert(
            q.value().value(0).toLongLong(), q.value().value(1).toString() == u"watchlist-add"_s);
    QSet<qint64> ours;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it.value())
            ours.insert(it.key());
    }
    return ours;
}

} // namespace Tsuzuki

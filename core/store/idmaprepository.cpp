#include "idmaprepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

const QString Columns
    = u"source, anilist_id, mal_id, anidb_id, trakt_id, trakt_type, tmdb_id, tmdb_type, imdb_id, "
      u"tvdb_id, "
      "tvdb_season, tvdb_offset, tmdb_season, tmdb_offset, media_type, episodes, extra"_s;
constexpr int ColumnCount = 17;

std::optional<int> optionalSmall(const QVariant &v)
{
    auto n = Sql::optionalInt(v);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

IdMapRow rowFrom(const QSqlQuery &q)
{
    IdMapRow r;
    r.source = q.value(0).toString();
    r.anilistId = q.value(1).toLongLong();
    r.malId = Sql::optionalInt(q.value(2));
    r.anidbId = Sql::optionalInt(q.value(3));
    r.traktId = Sql::optionalInt(q.value(4));
    r.traktType = q.value(5).toString();
    r.tmdbId = Sql::optionalInt(q.value(6));
    r.tmdbType = q.value(7).toString();
    r.imdbId = q.value(8).toString();
    r.tvdbId = Sql::optionalInt(q.value(9));
    r.tvdbSeason = optionalSmall(q.value(10));
    r.tvdbOffset = optionalSmall(q.value(11));
    r.tmdbSeason = optionalSmall(q.value(12));
    r.tmdbOffset = optionalSmall(q.value(13));
    r.mediaType = q.value(14).toString();
    r.episodes = optionalSmall(q.value(15));
    r.extra = q.value(16).toString();
    return r;
}

void appendValues(QVariantList &values, const IdMapRow &r, const QVariant &importedAt)
{
    values << r.source << r.anilistId << Sql::nullable(r.malId) << Sql::nullable(r.anidbId)
           << Sql::nullable(r.traktId) << Sql::nullableText(r.traktType) << Sql::nullable(r.tmdbId)
           << Sql::nullableText(r.tmdbType) << Sql::nullableText(r.imdbId)
           << Sql::nullable(r.tvdbId) << Sql::nullable(r.tvdbSeason) << Sql::nullable(r.tvdbOffset)
           << Sql::nullable(r.tmdbSeason) << Sql::nullable(r.tmdbOffset)
           << Sql::nullableText(r.mediaType) << Sql::nullable(r.episodes)
           << Sql::nullableText(r.extra) << importedAt;
}

} // namespace

Result<void> IdMapRepository::replaceSource(const QString &source, const QList<IdMapRow> &rows,
    const std::function<void(qsizetype, qsizetype)> &progress)
{
    // One prepared multi-row INSERT, re-run with new values: a 20,000-row source is ~200 executions
    // of one plan instead of 20,000 statements (round trips matter on a remote PostgreSQL) or 200
    // prepares.
    constexpr qsizetype RowsPerStatement
        = 100; // 1,800 parameters: far below SQLite's and PostgreSQL's limits
    const QVariant importedAt = m_db.toDb(Database::nowUtc());
    const QString rowPlaceholders = u'(' + Sql::placeholders(ColumnCount + 1) + u')';
    auto statementFor = [&](qsizetype n) {
        QStringList groups;
        groups.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            groups << rowPlaceholders;
        return u"INSERT INTO id_map (%1, imported_at) VALUES %2 ON CONFLICT (source, anilist_id) DO NOTHING"_s
            .arg(Columns, groups.join(u", "_s));
    };

    return m_db.transaction([&]() -> Result<void> {
        if (auto deleted = m_db.exec(u"DELETE FROM id_map WHERE source = ?"_s, { source });
            !deleted)
            return deleted.error();
        std::optional<QSqlQuery> full;
        QVariantList values;
        for (qsizetype start = 0; start < rows.size(); start += RowsPerStatement) {
            const qsizetype n = qMin(RowsPerStatement, rows.size() - start);
            values.clear();
            values.reserve(n * (ColumnCount + 1));
            for (qsizetype i = 0; i < n; ++i) {
                const IdMapRow &row = rows.at(start + i);
                if (row.source != source) {
                    return makeError(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Tsuzuki::IdMapRepository",
                            "Internal error: a row of another source."));
                }
                appendValues(values, row, importedAt);
            }
            if (n == RowsPerStatement) {
                if (!full) {
                    auto prepared = m_db.prepare(statementFor(n));
                    if (!prepared)
                        return prepared.error();
                    full = std::move(prepared).value();
                }
                if (auto inserted = m_db.execPrepared(*full, values); !inserted)
                    return inserted;
            } else if (auto inserted = m_db.exec(statementFor(n), values); !inserted) {
                return inserted.error();
            }
            if (progress)
                progress(start + n, rows.size());
        }
        return {};
    });
}

Result<QHash<qint64, QList<IdMapRow>>> IdMapRepository::forAnilistIds(
    const QList<qint64> &anilistIds) const
{
    QHash<qint64, QList<IdMapRow>> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(u"SELECT %1 FROM id_map WHERE anilist_id IN (%2) ORDER BY source"_s.arg(
                               Columns, Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            IdMapRow row = rowFrom(q.value());
            found[row.anilistId].append(row);
        }
    }
    return found;
}

Result<QList<IdMapRow>> IdMapRepository::forAnilistId(qint64 anilistId) const
{
    auto all = forAnilistIds({ anilistId });
    if (!all)
        return all.error();
    return all.value().value(anilistId);
}

Result<QList<IdMapRow>> IdMapRepository::byExternalId(const QString &column, qint64 id) const
{
    static const QStringList allowed { u"tvdb_id"_s, u"tmdb_id"_s, u"trakt_id"_s, u"mal_id"_s,
        u"anidb_id"_s };
    if (!allowed.contains(column))
        return makeError(ErrorCode::InvalidInput, u"Unknown id column"_s, column);
    auto q = m_db.exec(
        u"SELECT %1 FROM id_map WHERE %2 = ? ORDER BY source, anilist_id"_s.arg(Columns, column),
        { id });
    if (!q)
        return q.error();
    QList<IdMapRow> rows;
    while (q.value().next())
        rows << rowFrom(q.value());
    return rows;
}

Result<qint64> IdMapRepository::count(const QString &source) const
{
    auto q = m_db.exec(u"SELECT COUNT(*) FROM id_map WHERE source = ?"_s, { source });
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QDateTime> IdMapRepository::importedAt(const QString &source) const
{
    auto q = m_db.exec(u"SELECT MAX(imported_at) FROM id_map WHERE source = ?"_s, { source });
    if (!q)
        return q.error();
    q.value().next();
    return Database::fromDb(q.value().value(0));
}

} // namespace Tsuzuki

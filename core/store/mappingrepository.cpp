#include "mappingrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

const QString Columns
    = u"anilist_id, trakt_id, tmdb_id, imdb_id, tvdb_id, type, is_manual, updated_at"_s;

Mapping mappingFrom(const QSqlQuery &q)
{
    Mapping m;
    m.anilistId = q.value(0).toLongLong();
    m.traktId = Sql::optionalInt(q.value(1));
    m.tmdbId = Sql::optionalInt(q.value(2));
    m.imdbId = q.value(3).toString();
    m.tvdbId = Sql::optionalInt(q.value(4));
    // The web version sets both `type` and `is_manual`; either saying manual makes it manual.
    m.isManual = q.value(6).toBool() || q.value(5).toString() == u"manual"_s;
    m.updatedAt = Database::fromDb(q.value(7));
    return m;
}

} // namespace

Result<std::optional<Mapping>> MappingRepository::get(qint64 anilistId) const
{
    auto q
        = m_db.exec(u"SELECT %1 FROM mappings WHERE anilist_id = ?"_s.arg(Columns), { anilistId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Mapping>();
    return std::optional<Mapping>(mappingFrom(q.value()));
}

Result<QHash<qint64, Mapping>> MappingRepository::getMany(const QList<qint64> &anilistIds) const
{
    QHash<qint64, Mapping> found;
    for (const auto &chunk : Sql::chunks(anilistIds)) {
        QVariantList values;
        for (qint64 id : chunk)
            values << id;
        auto q = m_db.exec(u"SELECT %1 FROM mappings WHERE anilist_id IN (%2)"_s.arg(
                               Columns, Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            Mapping m = mappingFrom(q.value());
            found.insert(m.anilistId, m);
        }
    }
    return found;
}

Result<QList<Mapping>> MappingRepository::list() const
{
    auto q = m_db.exec(u"SELECT %1 FROM mappings ORDER BY anilist_id"_s.arg(Columns));
    if (!q)
        return q.error();
    QList<Mapping> all;
    while (q.value().next())
        all << mappingFrom(q.value());
    return all;
}

Result<qint64> MappingRepository::count() const
{
    auto q = m_db.exec(u"SELECT COUNT(*) FROM mappings"_s);
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<void> MappingRepository::saveManual(const Mapping &mapping)
{
    if (mapping.anilistId <= 0 || !mapping.traktId || *mapping.traktId <= 0) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Tsuzuki::MappingRepository",
                "A manual mapping needs an AniList id and a Trakt id."));
    }
    auto q = m_db.exec(u"INSERT INTO mappings (anilist_id, trakt_id, tmdb_id, imdb_id, tvdb_id, "
                       u"type, is_manual, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'manual', ?, ?) "
                       "ON CONFLICT (anilist_id) DO UPDATE SET trakt_id = excluded.trakt_id, "
                       "tmdb_id = excluded.tmdb_id, "
                       "imdb_id = excluded.imdb_id, tvdb_id = excluded.tvdb_id, type = 'manual', "
                       "is_manual = excluded.is_manual, "
                       "updated_at = excluded.updated_at"_s,
        { mapping.anilistId, Sql::nullable(mapping.traktId), Sql::nullable(mapping.tmdbId),
            Sql::nullableText(mapping.imdbId), Sql::nullable(mapping.tvdbId), true,
            m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return {};
}

Result<bool> MappingRepository::saveAuto(const Mapping &mapping)
{
    auto q = m_db.exec(
        u"INSERT INTO mappings (anilist_id, trakt_id, tmdb_id, imdb_id, tvdb_id, type, is_manual, "
        u"updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'auto', ?, ?) "
        "ON CONFLICT (anilist_id) DO UPDATE SET trakt_id = excluded.trakt_id, tmdb_id = "
        "excluded.tmdb_id, "
        "imdb_id = excluded.imdb_id, tvdb_id = excluded.tvdb_id, type = 'auto', is_manual = "
        "excluded.is_manual, "
        "updated_at = excluded.updated_at "
        "WHERE mappings.is_manual IS NOT TRUE AND COALESCE(mappings.type, '') <> 'manual'"_s,
        { mapping.anilistId, Sql::nullable(mapping.traktId), Sql::nullable(mapping.tmdbId),
            Sql::nullableText(mapping.imdbId), Sql::nullable(mapping.tvdbId), false,
            m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<void> MappingRepository::saveAutoMany(const QList<Mapping> &mappings)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const Mapping &m : mappings) {
            auto saved = saveAuto(m);
            if (!saved)
                return saved.error();
        }
        return {};
    });
}

Result<void> MappingRepository::remove(qint64 anilistId)
{
    auto q = m_db.exec(u"DELETE FROM mappings WHERE anilist_id = ?"_s, { anilistId });
    if (!q)
        return q.error();
    return {};
}

} // namespace Tsuzuki

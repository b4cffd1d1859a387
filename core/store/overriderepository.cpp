#include "overriderepository.h"

#include "core/store/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::OverrideRepository", text);
}
EpisodeOverride rowFrom(const QSqlQuery &q)
{
    return EpisodeOverride { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
        q.value(3).toInt() };
}
} // namespace

Result<void> OverrideRepository::validate(const EpisodeOverride &row)
{
    if (row.traktId <= 0)
        return makeError(
            ErrorCode::InvalidInput, tr("The Trakt id must be a positive number."), u"trakt_id"_s);
    if (row.abs <= 0)
        return makeError(
            ErrorCode::InvalidInput, tr("The absolute episode must be 1 or more."), u"abs"_s);
    if (row.season < 0)
        return makeError(
            ErrorCode::InvalidInput, tr("The season must be 0 (specials) or more."), u"season"_s);
    if (row.episode <= 0)
        return makeError(
            ErrorCode::InvalidInput, tr("The episode must be 1 or more."), u"episode"_s);
    return {};
}

Result<void> OverrideRepository::upsert(const EpisodeOverride &row)
{
    if (auto valid = validate(row); !valid)
        return valid;
    auto q = m_db.exec(
        u"INSERT INTO episode_override (trakt_id, abs, season, episode) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (trakt_id, abs) DO UPDATE SET season = excluded.season, episode = excluded.episode"_s,
        { row.traktId, row.abs, row.season, row.episode });
    if (!q)
        return q.error();
    return {};
}

Result<void> OverrideRepository::remove(qint64 traktId, int abs)
{
    auto q = m_db.exec(
        u"DELETE FROM episode_override WHERE trakt_id = ? AND abs = ?"_s, { traktId, abs });
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<EpisodeOverride>> OverrideRepository::get(qint64 traktId, int abs) const
{
    auto q = m_db.exec(
        u"SELECT trakt_id, abs, season, episode FROM episode_override WHERE trakt_id = ? AND abs = ?"_s,
        { traktId, abs });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<EpisodeOverride>();
    return std::optional<EpisodeOverride>(rowFrom(q.value()));
}

Result<QHash<int, EpisodeOverride>> OverrideRepository::forShow(qint64 traktId) const
{
    auto q = m_db.exec(
        u"SELECT trakt_id, abs, season, episode FROM episode_override WHERE trakt_id = ?"_s,
        { traktId });
    if (!q)
        return q.error();
    QHash<int, EpisodeOverride> rows;
    while (q.value().next()) {
        const EpisodeOverride row = rowFrom(q.value());
        rows.insert(row.abs, row);
    }
    return rows;
}

Result<QList<EpisodeOverride>> OverrideRepository::list() const
{
    auto q = m_db.exec(
        u"SELECT trakt_id, abs, season, episode FROM episode_override ORDER BY trakt_id, abs"_s);
    if (!q)
        return q.error();
    QList<EpisodeOverride> rows;
    while (q.value().next())
        rows << rowFrom(q.value());
    return rows;
}

} // namespace Tsuzuki

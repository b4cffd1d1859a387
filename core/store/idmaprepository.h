#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Tsuzuki {

class Database;

/// One imported mapping-source row (`id_map`): what one source says about one AniList id.
struct IdMapRow
{
    QString source; ///< "otaku", "fribbs", "anibridge"
    qint64 anilistId = 0;
    std::optional<qint64> malId;
    std::optional<qint64> anidbId;
    std::optional<qint64> traktId;
    QString traktType; ///< "show" / "movie" / empty
    std::optional<qint64> tmdbId;
    QString tmdbType; ///< "tv" / "movie" / empty
    QString imdbId;
    std::optional<qint64> tvdbId;
    std::optional<int> tvdbSeason; ///< -1 = absolute numbering ("a"), 0 = specials
    std::optional<int> tvdbOffset;
    std::optional<int> tmdbSeason;
    std::optional<int> tmdbOffset;
    QString mediaType; ///< TV, MOVIE, OVA, ... as the source says
    std::optional<int> episodes;
    QString extra; ///< source-specific JSON (AniBridge episode patterns, Otaku ranges)
};

/// `id_map`: imported mapping data, replaced a whole source at a time.
class IdMapRepository final
{
public:
    explicit IdMapRepository(Database &db)
        : m_db(db)
    { }

    /// Replaces every row of `source` with `rows` in one transaction (all or nothing).
    /// `progress(done, total)` is called now and then.
    Result<void> replaceSource(const QString &source, const QList<IdMapRow> &rows,
        const std::function<void(qsizetype, qsizetype)> &progress = {});
    /// Every source's row for each id: id → rows.
    Result<QHash<qint64, QList<IdMapRow>>> forAnilistIds(const QList<qint64> &anilistIds) const;
    Result<QList<IdMapRow>> forAnilistId(qint64 anilistId) const;
    /// Rows of one source with the given TVDB/TMDB id (other seasons of the same show).
    Result<QList<IdMapRow>> byExternalId(const QString &column, qint64 id) const;
    Result<qint64> count(const QString &source) const;
    Result<QDateTime> importedAt(const QString &source) const;

private:
    Database &m_db;
};

} // namespace Tsuzuki

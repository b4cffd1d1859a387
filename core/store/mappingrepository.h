#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// A `mappings` row: where an AniList entry lives on Trakt and the other services.
struct Mapping
{
    qint64 anilistId = 0;
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    QString imdbId;
    std::optional<qint64> tvdbId;
    bool isManual = false;
    QDateTime updatedAt;

    QString type() const { return isManual ? QStringLiteral("manual") : QStringLiteral("auto"); }
};

/// `mappings`: manual rows always win over auto ones.
class MappingRepository final
{
public:
    explicit MappingRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<Mapping>> get(qint64 anilistId) const;
    /// Batch read: one query per 500 ids.
    Result<QHash<qint64, Mapping>> getMany(const QList<qint64> &anilistIds) const;
    Result<QList<Mapping>> list() const;
    Result<qint64> count() const;

    /// Manual mapping (the web version's /api/manual-map): AniList id and Trakt id are required.
    Result<void> saveManual(const Mapping &mapping);
    /// Auto mapping from the resolver; never overwrites a manual row. Returns false if a manual row
    /// kept its place.
    Result<bool> saveAuto(const Mapping &mapping);
    /// Saves many auto mappings in one transaction.
    Result<void> saveAutoMany(const QList<Mapping> &mappings);
    Result<void> remove(qint64 anilistId);

private:
    Database &m_db;
};

} // namespace Tsuzuki

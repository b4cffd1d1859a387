#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// An `episode_override` row: absolute episode `abs` of Trakt show `traktId` is
/// S`season`E`episode`.
struct EpisodeOverride
{
    qint64 traktId = 0;
    int abs = 0;
    int season = 0;
    int episode = 0;

    friend bool operator==(const EpisodeOverride &, const EpisodeOverride &) = default;
};

/// `episode_override`: upsert on (trakt_id, abs), as in the seed's runbook 7.3.
class OverrideRepository final
{
public:
    explicit OverrideRepository(Database &db)
        : m_db(db)
    { }

    Result<void> upsert(const EpisodeOverride &row);
    Result<void> remove(qint64 traktId, int abs);
    Result<std::optional<EpisodeOverride>> get(qint64 traktId, int abs) const;
    /// Every override of one show, keyed by absolute episode.
    Result<QHash<int, EpisodeOverride>> forShow(qint64 traktId) const;
    Result<QList<EpisodeOverride>> list() const;

    /// Checks the values a user typed; the message says which field is wrong.
    static Result<void> validate(const EpisodeOverride &row);

private:
    Database &m_db;
};

} // namespace Tsuzuki

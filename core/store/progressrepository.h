#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// A `sync_progress` row: the highest absolute episode already on Trakt for one AniList entry.
struct Progress
{
    qint64 anilistId = 0;
    int lastAbs = 0;
    QDateTime updatedAt;
};

/// `sync_progress`, the web version's de-duplication record.
class ProgressRepository final
{
public:
    explicit ProgressRepository(Database &db)
        : m_db(db)
    { }

    /// 0 when the show has no row.
    Result<int> lastAbs(qint64 anilistId) const;
    Result<std::optional<Progress>> get(qint64 anilistId) const;
    Result<QHash<qint64, int>> lastAbsMany(const QList<qint64> &anilistIds) const;
    /// Newest first; limit <= 0 means all.
    Result<QList<Progress>> list(int limit = 50) const;
    /// Raises last_abs to `lastAbs` (never lowers it: progress only moves forward).
    Result<void> advance(qint64 anilistId, int lastAbs);
    /// The runbook's "force resync": delete the row.
    Result<void> reset(qint64 anilistId);
    /// Sets last_abs to exactly `lastAbs` (an undo puts progress back; 0 removes the row, as it
    /// was before anything was posted).
    Result<void> set(qint64 anilistId, int lastAbs);

private:
    Database &m_db;
};

} // namespace Tsuzuki

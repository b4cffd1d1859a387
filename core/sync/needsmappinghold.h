#pragma once

#include "core/common/result.h"
#include "core/store/ledgerrepository.h"
#include "core/sync/syncplanner.h"

#include <QHash>
#include <QList>

namespace Tsuzuki {

class Database;

/// Plays Trakt answered `not_found` wait in "needs mapping" and are not posted again until their
/// target changes (another Trakt id, season or episode: a new mapping, an override, a repaired id).
class NeedsMappingHold final
{
public:
    /// The `not_found` ledger rows of these AniList ids, by item id ("<anilistId>:<abs>").
    static Result<QHash<QString, LedgerEntry>> load(Database &db, const QList<qint64> &anilistIds);
    /// Whether `target` is the same place Trakt already answered `not_found` for.
    static bool sameTarget(const LedgerEntry &row, const PlayTarget &target);
};

} // namespace Tsuzuki

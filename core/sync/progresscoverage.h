#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>

namespace Tsuzuki {

class Database;

/// `sync_progress.last_abs` as the web version reads it ("episodes 1..last_abs are on Trakt"),
/// written from what is known to be there (issue 14): the ledger's "added" and "already_on_trakt"
/// rows, plus what last_abs already claimed. It never decides what is posted (the ledger and
/// Trakt's watched state do); it is kept so that a database shared with the web version works.
namespace ProgressCoverage {

/// Raises last_abs of each id to the longest run 1..N known to be on Trakt. Returns the previous
/// value of every id it raised (for the run's progress_before). Call inside a transaction.
Result<QHash<qint64, int>> advance(Database &db, const QList<qint64> &anilistIds);

/// After an undo removed plays: last_abs of each id goes back to `before` (its value before the
/// undone run; the current value when the run did not change it), extended over the runs the
/// ledger still has, and never above the current value. Call inside a transaction.
Result<void> rollBack(
    Database &db, const QList<qint64> &anilistIds, const QHash<qint64, int> &before);

} // namespace ProgressCoverage

} // namespace Tsuzuki

#pragma once

#include "core/common/error.h"
#include "core/sync/syncplan.h"

#include <QString>

namespace Tsuzuki {

/// One line of the activity log (`logs`) about a sync: its level and its sentence.
struct SyncLogLine
{
    QString level; ///< a LogLevel value
    QString message;
};

/// What the activity log says about runs, in one place for the GUI and the CLI: manual and
/// scheduled runs told apart, a run that needs attention (partial, not found, unmapped, refused)
/// at warning level, a run that failed or could not start at error level.
namespace SyncLog {
/// "Manual full sync started: 12 plays to post".
SyncLogLine started(const SyncPlan &plan);
/// "Scheduled full sync finished: 40 added, 2 not found, 0 unmapped" (success only when nothing
/// needs attention).
SyncLogLine finished(const SyncPlan &plan, const SyncReport &report);
/// A preview or run that could not be carried out (no login, AniList down, ...).
SyncLogLine failed(SyncMode mode, bool automated, const Error &error);
} // namespace SyncLog

} // namespace Tsuzuki

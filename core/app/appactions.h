#pragma once

#include "core/app/statussnapshot.h"
#include "core/common/result.h"
#include "core/store/ledgerrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/sync/syncplan.h"

namespace Tsuzuki {

class Database;

/// The user's actions on stored state, shared by the GUI and `tsuzuki-cli`: each action is one
/// function, one transaction and one error path, and writes one line to the activity log. The
/// front ends validate their input forms and present the Result; the rules live here.
class AppActions final
{
public:
    explicit AppActions(Database &db)
        : m_db(db)
    { }

    /// Saves a manual mapping; the plays that waited for one (not found / unmapped) are offered
    /// again by the next run.
    Result<void> saveManualMapping(const Mapping &mapping);
    /// Forgets a mapping; the next sync resolves the entry from the mapping data again.
    Result<void> removeMapping(qint64 anilistId);
    /// Adds or replaces an episode correction (validated first).
    Result<void> setOverride(const EpisodeOverride &row);
    Result<void> removeOverride(qint64 traktId, int abs);
    /// Force resync of one show: its progress and its ledger rows are forgotten, so the next
    /// completed/watching sync looks at it again from episode 1 (the seed's runbook 7.1): it posts
    /// what Trakt does not have; with includeWatched every episode again.
    Result<void> forceResync(qint64 anilistId);
    /// Reprocess the whole activity window: `lastSyncTimestamp` = 0 (the seed's runbook 7.2).
    Result<void> reprocessWindow();

    /// "Never post" (issue 14): these plays are recorded and not offered by any run until
    /// allowAgain(); they are listed in Progress. A play already on Trakt by us is not changed.
    Result<void> neverPost(const QList<PlannedPlay> &plays);
    /// "Post again": the never-post records of these plays are forgotten; the next run offers
    /// them. Returns how many were forgotten.
    Result<int> allowAgain(const QList<LedgerKey> &keys);
    /// The never-post list, by AniList id and episode.
    Result<QList<LedgerEntry>> neverPostList() const;

    /// The sync state for the dashboard and `status`; `recentRows` progress rows, newest first.
    Result<StatusSnapshot> statusSnapshot(int recentRows = 10) const;

private:
    Database &m_db;
};

} // namespace Tsuzuki

#pragma once

#include "core/sync/syncplanner.h"

namespace Tsuzuki {

/// Plans issue 16's extras into a plan SyncPlanner made: rewatch plays (from "rewatched
/// episode" activities and list entries' repeat counts), ratings, watchlist and dropped-list
/// changes. Pure, like SyncPlanner; docs/EXTRAS.md has the rules.
namespace ExtrasPlanner {

/// Adds the extras `input.options.extras` asks for to `plan` (plays, extras, skipped, counters).
void plan(const SyncPlannerInput &input, SyncPlan &plan);
/// The library entries whose titles the extras need resolved (beyond SyncPlanner::mediaToMap).
QList<AniListMedia> mediaToMap(const SyncPlannerInput &input);
/// The run's second look: when Trakt's "watch only once" is on now, the rewatch plays move to
/// skipped. Returns how many moved.
int dropRewatches(SyncPlan &plan);

} // namespace ExtrasPlanner

} // namespace Tsuzuki

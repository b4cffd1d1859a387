#pragma once

#include "core/common/result.h"
#include "core/store/extrasrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/sync/syncplan.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Tsuzuki {

class Database;

/// What became of one approved play, as the result view lists it.
struct RunResultItem
{
    enum class Outcome {
        Posted, ///< Trakt confirmed it (also: found already there while settling an unknown answer)
        NotFound, ///< Trakt did not know the target: fix the mapping
        Failed, ///< its batch failed or its outcome is still unknown: the next run offers it again
        NotSent, ///< the run ended (stopped, locked, refused) before it was sent
        AlreadyOnTrakt, ///< an earlier run posted it, or Trakt had it when the run checked again;
                        ///< nothing was sent
    };
    Outcome outcome = Outcome::Posted;
    PlannedPlay play;
    QUrl traktUrl; ///< the page on trakt.tv ("Open in Trakt")
};

/// The result of one run, play by play: posted, not found, failed and not sent, each in the
/// plan's order. Built from the plan, the approved ids, the report and the run's ledger rows
/// (the record of what Trakt confirmed).
struct RunResult
{
    SyncReport report;
    QList<RunResultItem> items;
    int unticked = 0; ///< plays of the plan the user unticked ("skip this time")
    int neverPost = 0; ///< plays of the plan the user marked "never post"
    /// Issue 16: the run's ratings, watchlist and dropped-list changes (`sync_extras` rows) and
    /// what became of each; the ones the user unticked are only counted.
    QList<ExtraEntry> extras;
    int untickedExtras = 0;

    int count(RunResultItem::Outcome outcome) const;
    /// The pure rule: `ledgerRows` are the run's `sync_ledger` rows (none: the report alone
    /// decides, which is all a run that never reached the database leaves).
    static RunResult build(const SyncPlan &plan, const QStringList &approvedItemIds,
        const SyncReport &report, const std::optional<QList<LedgerEntry>> &ledgerRows);
    /// Reads the run's ledger rows, then build().
    static Result<RunResult> load(Database &db, const SyncPlan &plan,
        const QStringList &approvedItemIds, const SyncReport &report);
};

/// The page of a play on trakt.tv: the episode (shows/<id>/seasons/<s>/episodes/<e>) or the
/// movie; a search by TMDB/IMDb/TVDB id when no Trakt id is known.
QUrl traktPageUrl(const PlannedPlay &play);
/// The page of a Trakt show or movie by id or slug.
QUrl traktTitleUrl(bool movie, const QString &idOrSlug);

/// A translated heading for a group of skipped items ("Already synced", "Needs a mapping", ...).
/// A kind without a heading of its own (a newer one) gets its key turned into words, so every
/// kind is shown as its own group.
QString skipKindTitle(SkipKind kind);
/// One sentence saying what the group means and what to do, empty when there is none.
QString skipKindHelp(SkipKind kind);

} // namespace Tsuzuki

Q_DECLARE_METATYPE(Tsuzuki::RunResult)

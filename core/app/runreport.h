#pragma once

#include "core/common/result.h"
#include "core/store/extrasrepository.h"
#include "core/store/runrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Tsuzuki {

class Database;

/// One line of a run report: a play and what happened to it.
struct RunReportItem
{
    /// "posted", "not_found", "failed", "pending", "already_on_trakt", "never", "unmapped" (ledger
    /// rows of the run) or "skipped" (the run's plan; `kind` says why).
    QString section;
    QString kind; ///< skipKindKey() for "skipped" items
    qint64 anilistId = 0;
    QString title;
    int absEpisode = 0; ///< the AniList episode (of a rewatch too)
    int rewatch = 0; ///< issue 16: the n-th rewatch of that episode, 0 for the first play
    bool movie = false;
    std::optional<qint64> traktId;
    int season = 0;
    int episode = 0;
    QDateTime watchedAt;
    QDateTime traktWatchedAt; ///< already on Trakt: Trakt's date
    std::optional<qint64> historyId; ///< posted: Trakt's history id
    QString reason;
};

/// What one sync run did, for export (issue 14): the run's row and its plays, posted, skipped and
/// why, not found, already on Trakt. `tsuzuki-cli runs <id> --export csv|json` and the Runs view
/// write it.
struct RunReport
{
    SyncRun run;
    QList<RunReportItem> items;
    /// Issue 16: the run's ratings, watchlist and dropped-list changes (`sync_extras`).
    QList<ExtraEntry> extras;

    /// The run's ledger rows and stored skipped items.
    static Result<RunReport> load(Database &db, qint64 runId);
    QJsonObject toJson() const;
    /// RFC 4180 CSV, one row per item, a header line first.
    QByteArray toCsv() const;
    /// The export in `format` ("csv" or "json"); InvalidInput for anything else.
    static Result<QByteArray> exportAs(Database &db, qint64 runId, const QString &format);
};

/// A run row as JSON (the Runs list, `tsuzuki-cli runs --json`).
QJsonObject runJson(const SyncRun &run);

} // namespace Tsuzuki

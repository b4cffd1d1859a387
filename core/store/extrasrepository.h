#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Tsuzuki {

class Database;

/// What became of one rating / watchlist / dropped-list change (`sync_extras.outcome`).
enum class ExtraOutcome {
    Pending, ///< about to be sent; an unanswered write is simply sent again (they are idempotent)
    Done, ///< Trakt took it
    NotFound, ///< Trakt did not know the title
    Failed, ///< the request failed; nothing changed on Trakt
    Undone, ///< an undo put Trakt back as it was
};
/// "pending", "done", "not_found", "failed", "undone".
QString extraOutcomeKey(ExtraOutcome outcome);
ExtraOutcome extraOutcomeFromKey(QStringView key);

/// A `sync_extras` row: one change a run made on Trakt, and what it replaced.
struct ExtraEntry
{
    qint64 id = 0;
    qint64 runId = 0;
    QString action; ///< extraActionKey(): "rate", "watchlist-add", "watchlist-remove", "drop"
    qint64 anilistId = 0;
    QString title;
    QString targetKind; ///< "show", "season" or "movie"
    std::optional<qint64> traktId;
    QString targetIds; ///< the ids object as sent (JSON)
    int season = 0;
    int rating = 0; ///< rate: the rating sent
    int previousRating = 0; ///< rate: what Trakt had before (0 = none)
    ExtraOutcome outcome = ExtraOutcome::Pending;
    QDateTime createdAt;

    /// {action, anilistId, title, type, outcome, traktId?, season?, rating?, previousRating?}:
    /// the one JSON form (run reports, the undo preview).
    QJsonObject toJson() const;
};

/// `sync_extras`: the ledger of issue 16's ratings, watchlist and dropped-list changes.
class ExtrasRepository final
{
public:
    explicit ExtrasRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts the rows (as pending); their ids are written back.
    Result<void> insert(QList<ExtraEntry> &entries);
    Result<void> setOutcome(const QList<qint64> &ids, ExtraOutcome outcome);
    Result<QList<ExtraEntry>> forRun(qint64 runId) const;
    /// AniList ids whose watchlist item Tsuzuki added and has not taken off since (the only
    /// items it may remove).
    Result<QSet<qint64>> ourWatchlist() const;

private:
    Database &m_db;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/error.h"
#include "core/store/extrasrepository.h"
#include "core/sync/syncplan.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Tsuzuki {

class Database;
class TraktClient;

/// One request of issue 16's extras: what to send and the `sync_extras` rows it settles.
struct ExtraWrite
{
    enum class Kind {
        AddRatings,
        RemoveRatings,
        AddWatchlist,
        RemoveWatchlist,
        AddDropped,
        RemoveDropped
    };
    Kind kind = Kind::AddRatings;
    QList<ExtraEntry> rows; ///< AddRatings sends each row's `rating`
};

/// What the writes did, by `sync_extras` row id.
struct ExtrasOutcome
{
    QList<qint64> done;
    QList<qint64> notFound;
    QList<qint64> failed; ///< not sent, or refused: nothing changed on Trakt for them
    Error error; ///< the first failure (meaningful only when `failed` is not empty)
};

/// Sends ratings, watchlist and dropped-list changes to Trakt, one request per kind, one write a
/// second. These writes are idempotent on Trakt (a rating replaces a rating, a listed item stays
/// listed once), so a failed one is not retried: its rows stay "failed" and the next run, which
/// compares with Trakt again, offers what is still missing. A write whose answer was lost is
/// settled by reading Trakt's ratings or list back. A 420 (a full watchlist) changes nothing on
/// Trakt: nothing is half-sent.
class ExtrasPoster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtrasPoster)

public:
    using Done = std::function<void(const ExtrasOutcome &)>;

    /// `db` and `trakt` must outlive the poster.
    ExtrasPoster(Database &db, TraktClient *trakt, QObject *parent = nullptr);

    void post(QList<ExtraWrite> writes, int spacingMs, Done done);

    /// The `sync_extras` row of a planned change (pending, for `runId`).
    static ExtraEntry entryFor(const PlannedExtra &extra, qint64 runId);
    /// The requests that make a run's rows happen.
    static QList<ExtraWrite> writesFor(const QList<ExtraEntry> &rows);
    /// The requests that take them back: a replaced rating is put back, a new one removed, a
    /// listed item unlisted, an unlisted one listed again.
    static QList<ExtraWrite> undoWritesFor(const QList<ExtraEntry> &rows);
    /// {shows:[{ids, rating?, seasons?}], movies:[{ids, rating?}]} for one write.
    static QJsonObject payload(const ExtraWrite &write);

private:
    /// A write whose answer was lost: Trakt's ratings or list, read back, say which rows it
    /// made (`applied`) and which not.
    void verify(const ExtraWrite &write,
        std::function<void(
            const QList<qint64> &applied, const QList<qint64> &notApplied, const Error &error)>
            done);
    void next(std::shared_ptr<QList<ExtraWrite>> writes, int spacingMs,
        std::shared_ptr<ExtrasOutcome> outcome, Done done);

    Database &m_db;
    TraktClient *m_trakt;
};

} // namespace Tsuzuki

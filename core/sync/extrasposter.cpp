#include "core/sync/extrasposter.h"

#include "core/log/logging.h"
#include "core/net/traktclient.h"
#include "core/net/trakterrors.h"
#include "core/sync/writepacer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QJsonObject idsOf(const ExtraEntry &e)
{
    return QJsonDocument::fromJson(e.targetIds.toUtf8()).object();
}

/// Whether Trakt's ids are this row's title (by the ids the row was sent with).
bool sameIds(const TraktIds &theirs, const ExtraEntry &e)
{
    const QJsonObject ids = idsOf(e);
    if (ids.contains(u"trakt"_s))
        return theirs.trakt == ids.value(u"trakt"_s).toInteger();
    if (ids.contains(u"tmdb"_s))
        return theirs.tmdb == ids.value(u"tmdb"_s).toInteger();
    if (ids.contains(u"tvdb"_s))
        return theirs.tvdb == ids.value(u"tvdb"_s).toInteger();
    return ids.contains(u"imdb"_s) && theirs.imdb == ids.value(u"imdb"_s).toString();
}

/// Whether Trakt's not_found lists this row's title.
bool listedIn(const QJsonObject &notFound, const ExtraEntry &e)
{
    const QJsonObject ids = idsOf(e);
    const QString key = e.targetKind == u"movie"_s ? u"movies"_s : u"shows"_s;
    const QJsonArray lists[]
        = { notFound.value(key).toArray(), notFound.value(u"seasons"_s).toArray() };
    for (const QJsonArray &list : lists) {
        for (const QJsonValue &v : list) {
            const QJsonObject theirs = v.toObject().value(u"ids"_s).toObject();
            for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
                if (theirs.contains(it.key()) && theirs.value(it.key()) == it.value())
                    return true;
            }
        }
    }
    return false;
}

} // namespace

ExtrasPoster::ExtrasPoster(Database &db, TraktClient *trakt, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_trakt(trakt)
{ }

ExtraEntry ExtrasPoster::entryFor(const PlannedExtra &x, qint64 runId)
{
    ExtraEntry e;
    e.runId = runId;
    e.action = extraActionKey(x.action);
    e.anilistId = x.anilistId;
    e.title = x.title;
    e.targetKind = x.movie ? u"movie"_s : (x.season > 0 ? u"season"_s : u"show"_s);
    e.traktId = x.traktId;
    e.targetIds = QString::fromUtf8(QJsonDocument(x.idsJson()).toJson(QJsonDocument::Compact));
    e.season = x.season;
    e.rating = x.rating;
    e.previousRating = x.previousRating;
    e.outcome = ExtraOutcome::Pending;
    return e;
}

QList<ExtraWrite> ExtrasPoster::writesFor(const QList<ExtraEntry> &rows)
{
    ExtraWrite rate { ExtraWrite::Kind::AddRatings, {} };
    ExtraWrite add { ExtraWrite::Kind::AddWatchlist, {} };
    ExtraWrite remove { ExtraWrite::Kind::RemoveWatchlist, {} };
    ExtraWrite drop { ExtraWrite::Kind::AddDropped, {} };
    for (const ExtraEntry &e : rows) {
        switch (extraActionFromKey(e.action).value_or(ExtraAction::Rate)) {
        case ExtraAction::Rate:
            rate.rows << e;
            break;
        case ExtraAction::WatchlistAdd:
            add.rows << e;
            break;
        case ExtraAction::WatchlistRemove:
            remove.rows << e;
            break;
        case ExtraAction::Drop:
            drop.rows << e;
            break;
        }
    }
    QList<ExtraWrite> writes;
    for (const ExtraWrite &w : { rate, remove, add, drop }) {
        if (!w.rows.isEmpty())
            writes << w;
    }
    return writes;
}

QList<ExtraWrite> ExtrasPoster::undoWritesFor(const QList<ExtraEntry> &rows)
{
    ExtraWrite restore { ExtraWrite::Kind::AddRatings, {} };
    ExtraWrite unrate { ExtraWrite::Kind::RemoveRatings, {} };
    ExtraWrite unlist { ExtraWrite::Kind::RemoveWatchlist, {} };
    ExtraWrite relist { ExtraWrite::Kind::AddWatchlist, {} };
    ExtraWrite undrop { ExtraWrite::Kind::RemoveDropped, {} };
    for (const ExtraEntry &e : rows) {
        switch (extraActionFromKey(e.action).value_or(ExtraAction::Rate)) {
        case ExtraAction::Rate:
            if (e.previousRating > 0) {
                ExtraEntry back = e;
                back.rating = e.previousRating;
                restore.rows << back;
            } else {
                unrate.rows << e;
            }
            break;
        case ExtraAction::WatchlistAdd:
            unlist.rows << e;
            break;
        case ExtraAction::WatchlistRemove:
            relist.rows << e;
            break;
        case ExtraAction::Drop:
            undrop.rows << e;
            break;
        }
    }
    QList<ExtraWrite> writes;
    for (const ExtraWrite &w : { restore, unrate, unlist, relist, undrop }) {
        if (!w.rows.isEmpty())
            writes << w;
    }
    return writes;
}

QJsonObject ExtrasPoster::payload(const ExtraWrite &write)
{
    const bool rating = write.kind == ExtraWrite::Kind::AddRatings;
    QJsonArray shows;
    QJsonArray movies;
    // One object per show: its own rating and those of its seasons.
    QHash<QString, qsizetype> showIndex;
    for (const ExtraEntry &e : write.rows) {
        const QJsonObject ids = idsOf(e);
        if (e.targetKind == u"movie"_s) {
            QJsonObject o { { u"ids"_s, ids } };
            if (rating)
                o.insert(u"rating"_s, e.rating);
            movies << o;
            continue;
        }
        const QString key = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        qsizetype at = showIndex.value(key, -1);
        if (at < 0) {
            at = shows.size();
            showIndex.insert(key, at);
            shows << QJsonObject { { u"ids"_s, ids } };
        }
        QJsonObject show = shows.at(at).toObject();
        if (e.targetKind == u"season"_s) {
            QJsonObject season { { u"number"_s, e.season } };
            if (rating)
                season.insert(u"rating"_s, e.rating);
            QJsonArray seasons = show.value(u"seasons"_s).toArray();
            seasons << season;
            show.insert(u"seasons"_s, seasons);
        } else if (rating) {
            show.insert(u"rating"_s, e.rating);
        }
        shows.replace(at, show);
    }
    QJsonObject body;
    if (!shows.isEmpty())
        body.insert(u"shows"_s, shows);
    if (!movies.isEmpty())
        body.insert(u"movies"_s, movies);
    return body;
}

void ExtrasPoster::post(QList<ExtraWrite> writes, int spacingMs, Done done)
{
    next(std::make_shared<QList<ExtraWrite>>(std::move(writes)), spacingMs,
        std::make_shared<ExtrasOutcome>(), std::move(done));
}

void ExtrasPoster::next(std::shared_ptr<QList<ExtraWrite>> writes, int spacingMs,
    std::shared_ptr<ExtrasOutcome> outcome, Done done)
{
    if (writes->isEmpty()) {
        done(*outcome);
        return;
    }
    const TraktWritePacer pacer(m_db, spacingMs);
    QTimer::singleShot(int(pacer.waitMs()), this, [this, writes, spacingMs, outcome, done, pacer] {
        const ExtraWrite write = writes->takeFirst();
        const auto answered = [this, write, writes, spacingMs, outcome, done, pacer](
                                  const Result<TraktWriteResult> &result, bool outcomeUnknown) {
            pacer.recordWrite();
            if (!result && outcomeUnknown) {
                // The answer was lost: Trakt may have applied it. Its state decides, so that
                // what did land is recorded (and an undo takes it back).
                verify(write,
                    [this, writes, spacingMs, outcome, done](const QList<qint64> &applied,
                        const QList<qint64> &notApplied, const Error &error) {
                        outcome->done += applied;
                        if (!notApplied.isEmpty() && outcome->failed.isEmpty())
                            outcome->error = error;
                        outcome->failed += notApplied;
                        next(writes, spacingMs, outcome, done);
                    });
                return;
            }
            if (!result) {
                // Refused or failed: nothing changed on Trakt. These rows are offered again by the
                // next run (it compares with Trakt first).
                if (outcome->failed.isEmpty())
                    outcome->error = result.error(); // the first failure says why
                for (const ExtraEntry &e : write.rows)
                    outcome->failed << e.id;
                qCWarning(lcSync) << "extras write failed" << (outcomeUnknown ? "(no answer)" : "")
                                  << result.error().userMessage;
                // A refusal about the account (revoked, locked) ends it; a full watchlist (420)
                // concerns that one write only.
                if (TraktErrors::isRefusal(result.error().code)
                    && result.error().code != ErrorCode::AccountLimit) {
                    for (const ExtraWrite &w : std::as_const(*writes)) {
                        for (const ExtraEntry &e : w.rows)
                            outcome->failed << e.id;
                    }
                    writes->clear();
                }
                next(writes, spacingMs, outcome, done);
                return;
            }
            for (const ExtraEntry &e : write.rows) {
                if (result->notFound > 0 && listedIn(result->notFoundJson, e))
                    outcome->notFound << e.id;
                else
                    outcome->done << e.id;
            }
            next(writes, spacingMs, outcome, done);
        };
        const QJsonObject body = payload(write);
        pacer.recordWrite();
        switch (write.kind) {
        case ExtraWrite::Kind::AddRatings:
            m_trakt->addRatings(body, this, answered);
            break;
        case ExtraWrite::Kind::RemoveRatings:
            m_trakt->removeRatings(body, this, answered);
            break;
        case ExtraWrite::Kind::AddWatchlist:
            m_trakt->addToWatchlist(body, this, answered);
            break;
        case ExtraWrite::Kind::RemoveWatchlist:
            m_trakt->removeFromWatchlist(body, this, answered);
            break;
        case ExtraWrite::Kind::AddDropped:
            m_trakt->addDropped(body, this, answered);
            break;
        case ExtraWrite::Kind::RemoveDropped:
            m_trakt->removeDropped(body, this, answered);
            break;
        }
    });
}

void ExtrasPoster::verify(const ExtraWrite &write,
    std::function<void(const QList<qint64> &, const QList<qint64> &, const Error &)> done)
{
    using Kind = ExtraWrite::Kind;
    const Error lost = makeError(ErrorCode::Timeout,
        tr("Trakt did not answer; it does not show these changes, so they were not made."));
    // Which rows Trakt's state shows as made, given `has(row)`.
    auto settle = [write, done, lost](const std::function<bool(const ExtraEntry &)> &has) {
        QList<qint64> applied;
        QList<qint64> notApplied;
        for (const ExtraEntry &e : write.rows)
            (has(e) ? applied : notApplied) << e.id;
        done(applied, notApplied, lost);
    };
    auto unreadable = [write, done](const Error &error) {
        QList<qint64> ids;
        for (const ExtraEntry &e : write.rows)
            ids << e.id;
        done({}, ids, error);
    };
    const bool adding = write.kind == Kind::AddRatings || write.kind == Kind::AddWatchlist
        || write.kind == Kind::AddDropped;
    if (write.kind == Kind::AddRatings || write.kind == Kind::RemoveRatings) {
        m_trakt->ratings(this, [settle, unreadable, adding](const Result<QList<TraktRating>> &r) {
            if (!r) {
                unreadable(r.error());
                return;
            }
            settle([&](const ExtraEntry &e) {
                int now = 0;
                for (const TraktRating &t : r.value()) {
                    const bool movie = t.kind == TraktRating::Kind::Movie;
                    const int season = t.kind == TraktRating::Kind::Season ? t.season : 0;
                    if (movie == (e.targetKind == u"movie"_s) && season == e.season
                        && sameIds(t.ids, e))
                        now = t.rating;
                }
                return adding ? now == e.rating : now == 0;
            });
        });
        return;
    }
    auto listed = [settle, unreadable, adding](const Result<QList<TraktListItem>> &r) {
        if (!r) {
            unreadable(r.error());
            return;
        }
        settle([&](const ExtraEntry &e) {
            const bool there = std::any_of(r->cbegin(), r->cend(), [&](const TraktListItem &i) {
                return i.movie == (e.targetKind == u"movie"_s) && sameIds(i.ids, e);
            });
            return there == adding;
        });
    };
    if (write.kind == Kind::AddWatchlist || write.kind == Kind::RemoveWatchlist)
        m_trakt->watchlist(this, listed);
    else
        m_trakt->droppedShows(this, listed);
}

} // namespace Tsuzuki

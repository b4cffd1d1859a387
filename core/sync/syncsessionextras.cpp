// SyncSession, issue 16's part: what Trakt has of the extras (read for the preview), the run's
// second look at "watch only once", and the ratings, watchlist and dropped-list writes.
#include "core/sync/syncsession.h"

#include "core/log/logging.h"
#include "core/net/services.h"
#include "core/net/tokensource.h"
#include "core/net/traktclient.h"
#include "core/net/trakterrors.h"
#include "core/store/database.h"
#include "core/store/extrasrepository.h"
#include "core/store/logrepository.h"
#include "core/sync/extrasplanner.h"
#include "core/sync/extrasposter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

/// A read failed: the preview says what to do (extras are never planned from half a picture).
Error extrasReadError(const Error &error)
{
    Error e = error;
    if (!TraktErrors::isRefusal(e.code))
        e.userMessage = QCoreApplication::translate("Tsuzuki::SyncSession",
            "Could not read your Trakt ratings and lists (%1). Nothing was posted; try again, or "
            "turn these extras off in Settings → Sync.")
                            .arg(error.userMessage);
    return e;
}

} // namespace

void SyncSession::readTraktExtras(
    const SyncOptions &options, std::function<void(const Result<TraktExtrasState> &)> done)
{
    TraktTokenSource *tokens = m_services->traktTokens();
    if (!tokens) {
        done(TraktExtrasState {});
        return;
    }
    tokens->accessToken(this, [this, options, done](const Result<QString> &token) {
        if (!token) {
            if (token.error().code == ErrorCode::NotLoggedIn) {
                done(TraktExtrasState {}); // planned once logged in: the plan says so
                return;
            }
            done(token.error());
            return;
        }
        auto state = std::make_shared<TraktExtrasState>();
        TraktClient *trakt = m_services->trakt();
        const SyncExtras extras = options.extras;
        // Settings, then each list the options need; one GET (or a few pages) each.
        trakt->userSettings(
            this, [this, trakt, extras, state, done](const Result<TraktUserSettings> &settings) {
                if (!settings) {
                    done(extrasReadError(settings.error()));
                    return;
                }
                state->read = true;
                state->watchOnlyOnce = settings->watchOnlyOnce;
                state->watchlistLimit = settings->limits.value(u"watchlist"_s);
                const auto readDropped = [this, trakt, extras, state, done] {
                    if (!extras.testFlag(SyncExtra::Dropped)) {
                        done(*state);
                        return;
                    }
                    trakt->droppedShows(
                        this, [state, done](const Result<QList<TraktListItem>> &dropped) {
                            if (!dropped) {
                                done(extrasReadError(dropped.error()));
                                return;
                            }
                            state->dropped = dropped.value();
                            done(*state);
                        });
                };
                const auto readWatchlist = [this, trakt, extras, state, done, readDropped] {
                    if (!extras.testFlag(SyncExtra::Watchlist)) {
                        readDropped();
                        return;
                    }
                    trakt->watchlist(
                        this, [state, done, readDropped](const Result<QList<TraktListItem>> &list) {
                            if (!list) {
                                done(extrasReadError(list.error()));
                                return;
                            }
                            state->watchlist = list.value();
                            readDropped();
                        });
                };
                if (!extras.testFlag(SyncExtra::Ratings)) {
                    readWatchlist();
                    return;
                }
                trakt->ratings(
                    this, [state, done, readWatchlist](const Result<QList<TraktRating>> &ratings) {
                        if (!ratings) {
                            done(extrasReadError(ratings.error()));
                            return;
                        }
                        state->ratings = ratings.value();
                        readWatchlist();
                    });
            });
    });
}

void SyncSession::checkRewatches(SyncPlan plan, std::function<void(SyncPlan)> done)
{
    const bool rewatches = std::any_of(
        plan.plays.cbegin(), plan.plays.cend(), [](const PlannedPlay &p) { return p.rewatch > 0; });
    if (!rewatches) {
        done(std::move(plan));
        return;
    }
    // The setting may have changed since the preview (or the preview had no Trakt login): one
    // GET, and rewatches are never sent against it. If it cannot be read, they are not sent.
    m_services->trakt()->userSettings(
        this, [this, plan, done](const Result<TraktUserSettings> &settings) mutable {
            if (!settings || settings->watchOnlyOnce) {
                const int moved = ExtrasPlanner::dropRewatches(plan);
                (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Warning),
                    settings ? tr("%n rewatch(es) not sent: \"watch only once\" is on in your "
                                  "Trakt settings",
                        nullptr, moved)
                             : tr("%n rewatch(es) not sent: your Trakt settings could not be "
                                  "read (%1)",
                                 nullptr, moved)
                                   .arg(settings.error().userMessage));
            }
            done(std::move(plan));
        });
}

void SyncSession::postExtras(const SyncPlan &plan, qint64 runId, SyncReport report,
    std::function<void(const SyncReport &)> done)
{
    // Not after a refusal, the plays guard, a cancel or the run's time limit: the user (or
    // Trakt) said stop.
    if (plan.extras.isEmpty() || report.status == RunStatus::Refused
        || report.status == RunStatus::Guarded || m_stopped) {
        done(report);
        return;
    }
    QList<ExtraEntry> rows;
    for (const PlannedExtra &x : plan.extras)
        rows << ExtrasPoster::entryFor(x, runId);
    // Pending before anything is sent: a crash leaves a trace, never an unrecorded change.
    if (auto r = ExtrasRepository(m_db).insert(rows); !r) {
        report.error = r.error().userMessage;
        report.counters.extrasFailed += int(rows.size());
        done(report);
        return;
    }
    auto *poster = new ExtrasPoster(m_db, m_services->trakt(), this);
    poster->post(ExtrasPoster::writesFor(rows), plan.options.postSpacingMs,
        [this, poster, rows, report, done](const ExtrasOutcome &outcome) mutable {
            poster->deleteLater();
            ExtrasRepository repo(m_db);
            (void)repo.setOutcome(outcome.done, ExtraOutcome::Done);
            (void)repo.setOutcome(outcome.notFound, ExtraOutcome::NotFound);
            (void)repo.setOutcome(outcome.failed, ExtraOutcome::Failed);
            const QSet<qint64> ok(outcome.done.cbegin(), outcome.done.cend());
            for (const ExtraEntry &e : rows) {
                if (!ok.contains(e.id))
                    continue;
                switch (extraActionFromKey(e.action).value_or(ExtraAction::Rate)) {
                case ExtraAction::Rate:
                    ++report.counters.ratings;
                    break;
                case ExtraAction::WatchlistAdd:
                    ++report.counters.watchlistAdded;
                    break;
                case ExtraAction::WatchlistRemove:
                    ++report.counters.watchlistRemoved;
                    break;
                case ExtraAction::Drop:
                    ++report.counters.dropped;
                    break;
                }
            }
            report.counters.extrasFailed
                += int(outcome.notFound.size()) + int(outcome.failed.size());
            if (!outcome.failed.isEmpty()) {
                const QString line = outcome.error.code == ErrorCode::AccountLimit
                    ? tr("Trakt refused the watchlist items: the watchlist is full (%1). Nothing "
                         "of that request was added.")
                          .arg(outcome.error.userMessage)
                    : tr("Some ratings or list changes were not sent: %1")
                          .arg(outcome.error.userMessage);
                (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Warning), line);
                if (report.status == RunStatus::Succeeded)
                    report.status = RunStatus::Partial;
                if (report.error.isEmpty())
                    report.error = line;
            }
            done(report);
        });
}

} // namespace Tsuzuki

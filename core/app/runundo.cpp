#include "core/app/runundo.h"

#include "core/log/logging.h"
#include "core/net/services.h"
#include "core/net/tokensource.h"
#include "core/net/traktclient.h"
#include "core/net/trakterrors.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/sync/extrasposter.h"
#include "core/sync/historyreadback.h"
#include "core/sync/progresscoverage.h"
#include "core/sync/syncrunlock.h"
#include "core/sync/writepacer.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QJsonObject rowJson(const LedgerEntry &e)
{
    QJsonObject o { { u"anilistId"_s, e.anilistId }, { u"title"_s, e.title },
        { u"absEpisode"_s, e.absEpisode }, { u"type"_s, e.targetKind },
        { u"watchedAt"_s, e.watchedAt.toUTC().toString(Qt::ISODate) } };
    if (e.traktId)
        o.insert(u"traktId"_s, *e.traktId);
    if (e.season)
        o.insert(u"season"_s, *e.season);
    if (e.episode)
        o.insert(u"episode"_s, *e.episode);
    if (e.traktHistoryId)
        o.insert(u"historyId"_s, *e.traktHistoryId);
    return o;
}

} // namespace

QJsonObject UndoPlan::toJson() const
{
    QJsonArray removeArray;
    for (const LedgerEntry &e : remove)
        removeArray << rowJson(e);
    QJsonArray keepArray;
    for (const LedgerEntry &e : keep)
        keepArray << rowJson(e);
    QJsonArray revertArray;
    for (const ExtraEntry &e : revert)
        revertArray << e.toJson();
    QJsonObject o { { u"runId"_s, run.id }, { u"preview"_s, true }, { u"remove"_s, removeArray },
        { u"keep"_s, keepArray }, { u"revert"_s, revertArray }, { u"canUndo"_s, canUndo() } };
    if (!refusal.isEmpty())
        o.insert(u"refusal"_s, refusal);
    return o;
}

QJsonObject UndoReport::toJson() const
{
    QJsonObject o { { u"undoRunId"_s, undoRunId }, { u"runId"_s, runId },
        { u"status"_s, runStatusKey(status) }, { u"removed"_s, removed },
        { u"alreadyGone"_s, alreadyGone }, { u"left"_s, left }, { u"reverted"_s, reverted },
        { u"revertFailed"_s, revertFailed } };
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (errorCode != ErrorCode::None)
        o.insert(u"errorCode"_s, errorCodeName(errorCode));
    return o;
}

/// One undo in progress.
struct RunUndo::Job
{
    qint64 runId = 0;
    qint64 undoRunId = 0;
    UndoOptions options;
    UndoPlan plan;
    std::shared_ptr<SyncRunLock> lock;
    QList<LedgerEntry> queue; ///< rows with a history id, still to remove
    QList<LedgerKey> rolledBack; ///< rows whose play is off Trakt now (removed or gone)
    QList<qint64> reverted; ///< sync_extras rows put back
    UndoReport report;
    int attempts = 0;
    Done done;
};

RunUndo::RunUndo(Database &db, Services *services, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_services(services)
{ }

Result<UndoPlan> RunUndo::plan(Database &db, qint64 runId)
{
    auto run = RunRepository(db).get(runId);
    if (!run)
        return run.error();
    if (!run.value())
        return makeError(ErrorCode::InvalidInput, tr("There is no run %1.").arg(runId));
    UndoPlan plan;
    plan.run = *run.value();
    auto rows = LedgerRepository(db).forRun(runId);
    if (!rows)
        return rows.error();
    for (const LedgerEntry &e : rows.value()) {
        if (e.outcome == LedgerOutcome::Added)
            plan.remove << e;
        else if (e.outcome == LedgerOutcome::AlreadyOnTrakt)
            plan.keep << e;
    }
    auto extras = ExtrasRepository(db).forRun(runId);
    if (!extras)
        return extras.error();
    for (const ExtraEntry &e : extras.value()) {
        if (e.outcome == ExtraOutcome::Done)
            plan.revert << e;
    }
    if (plan.run.isUndo())
        plan.refusal = tr("Run %1 is an undo itself; sync again to post those plays.").arg(runId);
    else if (plan.run.status == RunStatus::Running)
        plan.refusal = tr("Run %1 is still running.").arg(runId);
    else if (plan.remove.isEmpty() && plan.revert.isEmpty() && plan.run.undoneBy)
        plan.refusal
            = tr("Run %1 was undone already (by run %2).").arg(runId).arg(*plan.run.undoneBy);
    else if (plan.remove.isEmpty() && plan.revert.isEmpty())
        plan.refusal = tr("Run %1 posted nothing that is still recorded; there is nothing to undo.")
                           .arg(runId);
    return plan;
}

void RunUndo::undo(qint64 runId, const UndoOptions &options, Done done)
{
    TraktTokenSource *tokens = m_services->traktTokens();
    if (!tokens) {
        done(makeError(ErrorCode::NotLoggedIn, tr("Log in to Trakt first; nothing was removed.")));
        return;
    }
    tokens->accessToken(this, [this, runId, options, done](const Result<QString> &token) {
        if (!token) {
            Error error = token.error();
            if (error.code == ErrorCode::NotLoggedIn)
                error.userMessage = tr("Log in to Trakt first; nothing was removed.");
            done(error);
            return;
        }
        auto job = std::make_shared<Job>();
        job->runId = runId;
        job->options = options;
        job->done = done;
        job->report.runId = runId;
        job->lock = std::make_shared<SyncRunLock>(m_db);
        if (auto acquired = job->lock->tryAcquire(); !acquired) {
            if (acquired.error().code != ErrorCode::DatabaseLocked) {
                done(acquired.error());
                return;
            }
            job->report.status = RunStatus::Locked;
            job->report.error = acquired.error().userMessage;
            done(job->report);
            return;
        }
        (void)RunRepository(m_db).markInterrupted();
        auto plan = RunUndo::plan(m_db, runId);
        if (!plan || !plan->canUndo()) {
            job->lock->release();
            done(plan ? makeError(ErrorCode::InvalidInput, plan->refusal) : plan.error());
            return;
        }
        job->plan = plan.value();
        auto undoRun = RunRepository(m_db).start(u"undo"_s, false, false,
            QHostInfo::localHostName(), QCoreApplication::applicationPid());
        if (!undoRun) {
            job->lock->release();
            done(undoRun.error());
            return;
        }
        job->undoRunId = undoRun.value();
        job->report.undoRunId = undoRun.value();
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Info),
            tr("Undo of run %1 started: %n play(s) to remove from Trakt", nullptr,
                int(job->plan.remove.size()))
                .arg(runId));

        // History ids the run did not keep are read back now, by episode and minute; a play that
        // is not in Trakt's history any more was removed already (by hand, by another undo).
        QList<LedgerEntry> unknown;
        for (const LedgerEntry &e : std::as_const(job->plan.remove)) {
            if (e.traktHistoryId)
                job->queue << e;
            else
                unknown << e;
        }
        if (unknown.isEmpty()) {
            removeNext(job);
            return;
        }
        auto *readBack = new HistoryReadBack(m_services->trakt(), this);
        readBack->resolve(
            unknown, [this, job, unknown, readBack](const Result<QHash<LedgerKey, qint64>> &ids) {
                readBack->deleteLater();
                if (!ids) {
                    finish(job, RunStatus::Failed, ids.error());
                    return;
                }
                for (LedgerEntry e : unknown) {
                    const LedgerKey key(e.anilistId, e.absEpisode);
                    if (const auto it = ids->constFind(key); it != ids->constEnd()) {
                        e.traktHistoryId = *it;
                        job->queue << e;
                    } else {
                        job->rolledBack << key;
                        ++job->report.alreadyGone;
                    }
                }
                removeNext(job);
            });
    });
}

void RunUndo::removeNext(std::shared_ptr<Job> job)
{
    if (job->queue.isEmpty()) {
        revertExtras(job);
        return;
    }
    const TraktWritePacer pacer(m_db, job->options.postSpacingMs);
    QTimer::singleShot(int(pacer.waitMs()), this, [this, job, pacer] {
        const QList<LedgerEntry> batch = job->queue.mid(0, std::max(1, job->options.batchSize));
        QList<qint64> ids;
        for (const LedgerEntry &e : batch)
            ids << *e.traktHistoryId;
        pacer.recordWrite();
        m_services->trakt()->removeFromHistory(ids, this,
            [this, job, batch, pacer](
                const Result<TraktHistoryRemoveResult> &result, bool outcomeUnknown) {
                pacer.recordWrite();
                if (!result) {
                    const Error &error = result.error();
                    if (TraktErrors::isRefusal(error.code)) {
                        finish(job, RunStatus::Refused, error);
                        return;
                    }
                    // Removing by history id twice is harmless: an unanswered or failed batch is
                    // sent again, a few times.
                    const bool retry = outcomeUnknown || error.httpStatus >= 500
                        || error.code == ErrorCode::RateLimited || error.code == ErrorCode::Network
                        || error.code == ErrorCode::Timeout;
                    if (!retry || ++job->attempts >= job->options.maxAttempts) {
                        finish(job, RunStatus::Failed, error);
                        return;
                    }
                    QTimer::singleShot(
                        job->options.retryDelayMs, this, [this, job] { removeNext(job); });
                    return;
                }
                job->attempts = 0;
                const QSet<qint64> missing(
                    result->notFoundIds.cbegin(), result->notFoundIds.cend());
                for (const LedgerEntry &e : batch) {
                    job->rolledBack << LedgerKey(e.anilistId, e.absEpisode);
                    if (missing.contains(*e.traktHistoryId))
                        ++job->report.alreadyGone;
                    else
                        ++job->report.removed;
                }
                job->queue.remove(0, batch.size());
                removeNext(job);
            });
    });
}

void RunUndo::revertExtras(std::shared_ptr<Job> job)
{
    if (job->plan.revert.isEmpty()) {
        finish(job, RunStatus::Succeeded);
        return;
    }
    auto *poster = new ExtrasPoster(m_db, m_services->trakt(), this);
    poster->post(ExtrasPoster::undoWritesFor(job->plan.revert), job->options.postSpacingMs,
        [this, job, poster](const ExtrasOutcome &outcome) {
            poster->deleteLater();
            // Not found: the title is gone from that list or rating already, which is the
            // state the undo wants.
            job->reverted = outcome.done + outcome.notFound;
            job->report.reverted = int(job->reverted.size());
            job->report.revertFailed = int(outcome.failed.size());
            if (outcome.failed.isEmpty()) {
                finish(job, RunStatus::Succeeded);
                return;
            }
            finish(job,
                TraktErrors::isRefusal(outcome.error.code) ? RunStatus::Refused : RunStatus::Failed,
                outcome.error);
        });
}

void RunUndo::finish(std::shared_ptr<Job> job, RunStatus status, const Error &error)
{
    UndoReport &report = job->report;
    report.left = int(job->queue.size());
    if (status == RunStatus::Failed && (!job->rolledBack.isEmpty() || !job->reverted.isEmpty()))
        status = RunStatus::Partial;
    report.status = status;
    report.error = error.userMessage;
    report.errorCode = error.code;
    // The plays that are off Trakt now leave the ledger, and progress goes back, together with
    // the undo's own row: one transaction.
    QList<qint64> ids;
    for (const LedgerKey &k : std::as_const(job->rolledBack)) {
        if (!ids.contains(k.first))
            ids << k.first;
    }
    auto committed = m_db.transaction([&]() -> Result<void> {
        RunRepository runs(m_db);
        auto before = runs.progressBefore(job->runId);
        if (!before)
            return before.error();
        if (auto r = LedgerRepository(m_db).remove(job->rolledBack); !r)
            return r;
        if (auto r = ExtrasRepository(m_db).setOutcome(job->reverted, ExtraOutcome::Undone); !r)
            return r;
        if (auto r = ProgressCoverage::rollBack(m_db, ids, before.value()); !r)
            return r;
        SyncRun row;
        row.id = job->undoRunId;
        row.mode = u"undo"_s;
        row.status = status;
        row.finishedAt = Database::nowUtc();
        row.found = int(job->plan.remove.size() + job->plan.revert.size());
        row.removed = report.removed;
        row.undoOf = job->runId;
        row.error = report.error;
        if (error.code != ErrorCode::None && error.code != ErrorCode::Unknown)
            row.errorCode = errorCodeName(error.code);
        if (auto r = runs.finish(row); !r)
            return r;
        if (status == RunStatus::Succeeded) {
            if (auto r = runs.setUndoneBy(job->runId, job->undoRunId); !r)
                return r;
        }
        const QString line = status == RunStatus::Succeeded
            ? tr("Undo of run %1: %2 play(s) removed from Trakt, %3 were gone already, %4 "
                 "rating(s) and list change(s) put back")
                  .arg(job->runId)
                  .arg(report.removed)
                  .arg(report.alreadyGone)
                  .arg(report.reverted)
            : tr("Undo of run %1 stopped (%2): %3 removed, %4 still on Trakt. %5")
                  .arg(job->runId)
                  .arg(runStatusKey(status))
                  .arg(report.removed)
                  .arg(report.left)
                  .arg(report.error);
        auto logged = LogRepository(m_db).append(
            QString::fromLatin1(
                status == RunStatus::Succeeded ? LogLevel::Success : LogLevel::Error),
            line);
        if (!logged)
            return logged.error();
        return {};
    });
    job->lock->release();
    if (!committed) {
        job->done(committed.error());
        return;
    }
    qCInfo(lcSync) << "undo of run" << job->runId << runStatusKey(status) << "removed"
                   << report.removed;
    job->done(report);
}

} // namespace Tsuzuki

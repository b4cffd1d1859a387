// SyncSession, the run half: the lock, the sync_runs row, Trakt's watched state checked again,
// the engine, the history ids read back, the not-found repair (the preview half is
// syncsession.cpp).
#include "core/sync/syncsession.h"

#include "core/log/logging.h"
#include "core/mapping/onlinelookup.h"
#include "core/mapping/traktidrepair.h"
#include "core/net/httpclient.h"
#include "core/net/services.h"
#include "core/net/tokensource.h"
#include "core/net/trakterrors.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/runrepository.h"
#include "core/sync/historyreadback.h"
#include "core/sync/syncbatch.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclogline.h"
#include "core/sync/syncrunlock.h"
#include "core/sync/traktreconciler.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

void SyncSession::onRunLimitReached()
{
    if (!m_engine->isRunning())
        return;
    // During a run only Trakt is asked (posts, history reads); name whoever still owes an answer.
    QStringList waiting;
    if (m_services->traktHttp()->pendingCount() > 0)
        waiting << m_services->traktHttp()->options().service;
    if (m_services->aniListHttp()->pendingCount() > 0)
        waiting << m_services->aniListHttp()->options().service;
    if (waiting.isEmpty())
        waiting << m_services->traktHttp()->options().service;
    const QString message
        = tr("The sync stopped after %1 s, its time limit for this much work: %2 did not answer "
             "in time. Plays whose answer did not arrive are checked against Trakt's history on "
             "the next run.")
              .arg(m_runClock.elapsed() / 1000)
              .arg(waiting.join(u", "_s));
    qCWarning(lcSync) << message;
    m_stopped = true;
    m_engine->stop(message); // finishes the run: the sync_runs row, the log, the lock
    m_services->traktHttp()->cancelAll();
    m_services->aniListHttp()->cancelAll();
}

void SyncSession::run(
    const SyncPlan &fullPlan, const QStringList &approvedItemIds, Callback<SyncReport> done)
{
    runHolding(fullPlan, approvedItemIds, nullptr, std::move(done));
}

void SyncSession::runHolding(const SyncPlan &fullPlan, const QStringList &approvedItemIds,
    std::shared_ptr<SyncRunLock> held, Callback<SyncReport> done)
{
    // A run without a Trakt login would only fail batch after batch: say so before anything
    // starts. The token comes from the process's one TraktAuth, so a login made since the
    // preview counts.
    TraktTokenSource *tokens = m_services->traktTokens();
    if (!tokens) {
        if (held)
            held->release();
        done(makeError(ErrorCode::NotLoggedIn, tr("Log in to Trakt first.")));
        return;
    }
    tokens->accessToken(
        this, [this, fullPlan, approvedItemIds, held, done](const Result<QString> &token) {
            if (!token) {
                Error error = token.error();
                if (error.code == ErrorCode::NotLoggedIn)
                    error.userMessage = tr("Log in to Trakt first (Settings → Accounts, or "
                                           "tsuzuki-cli auth trakt). Nothing was sent.");
                if (held)
                    held->release();
                done(error);
                return;
            }
            startRun(fullPlan, approvedItemIds, held, done);
        });
}

bool SyncSession::acquireLock(const std::shared_ptr<SyncRunLock> &lock, SyncMode mode,
    const SyncOptions &options, const Callback<SyncReport> &done)
{
    auto acquired = lock->tryAcquire();
    if (acquired)
        return true;
    if (acquired.error().code != ErrorCode::DatabaseLocked) {
        // Not another sync: the lock could not be made (disk full, folder read-only).
        done(acquired.error());
        return false;
    }
    SyncReport report;
    report.mode = mode;
    report.automated = options.automated;
    report.status = RunStatus::Locked;
    report.error = acquired.error().userMessage;
    done(report);
    return false;
}

void SyncSession::sync(SyncMode mode, const SyncOptions &options, Callback<SyncReport> done,
    std::function<void(const SyncPlan &)> planned)
{
    // The lock first: a second process (or a scheduled run next to a CLI run) is told "sync
    // already running" before it asks Trakt anything, so that two processes never spend one
    // single-use refresh token (the preview reads Trakt's watched state with the login).
    auto lock = std::make_shared<SyncRunLock>(m_db);
    if (!acquireLock(lock, mode, options, done))
        return;
    preview(mode, options, [this, lock, done, planned](const Result<SyncPlan> &plan) {
        if (!plan) {
            lock->release();
            done(plan.error());
            return;
        }
        if (planned)
            planned(plan.value());
        runHolding(plan.value(), plan.value().itemIds(), lock, done);
    });
}

void SyncSession::startRun(const SyncPlan &fullPlan, const QStringList &approvedItemIds,
    std::shared_ptr<SyncRunLock> held, Callback<SyncReport> done)
{
    auto lock = held ? held : std::make_shared<SyncRunLock>(m_db);
    if (!held && !acquireLock(lock, fullPlan.mode, fullPlan.options, done))
        return;
    // We hold the lock: rows still "running" belong to runs that died (killed, crashed, power cut).
    (void)RunRepository(m_db).markInterrupted();
    m_stopped = false;
    SyncPlan plan = fullPlan.restrictedTo(approvedItemIds);
    plan.activities = fullPlan.activities; // the timestamp only moves past fully settled activities
    auto runId = RunRepository(m_db).start(syncModeKey(plan.mode), plan.options.automated, false,
        QHostInfo::localHostName(), QCoreApplication::applicationPid());
    if (!runId) {
        done(runId.error());
        return;
    }
    const SyncLogLine startLine = SyncLog::started(plan);
    (void)LogRepository(m_db).append(startLine.level, startLine.message);
    for (const QString &warning : std::as_const(plan.warnings))
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Warning), warning);

    const auto endEarly = [this, lock, done, plan, id = runId.value()](const Error &error) {
        SyncReport report;
        report.runId = id;
        report.mode = plan.mode;
        report.automated = plan.options.automated;
        report.counters = plan.counters;
        report.counters.synced = 0;
        report.status = TraktErrors::isRefusal(error.code) ? RunStatus::Refused : RunStatus::Failed;
        report.error = error.userMessage;
        report.errorCode = error.code;
        finishRunRow(id, plan, report);
        lock->release();
        done(report);
    };

    // "Never post" choices of the preview: recorded now, never sent.
    QList<LedgerEntry> never;
    for (const PlannedPlay &p : fullPlan.plays) {
        if (!fullPlan.neverPost.contains(p.itemId))
            continue;
        LedgerEntry e = SyncBatch::ledgerEntry(p, runId.value());
        e.outcome = LedgerOutcome::Never;
        never << e;
    }
    if (!never.isEmpty()) {
        if (auto r = LedgerRepository(m_db).markNever(never); !r) {
            endEarly(r.error());
            return;
        }
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Info),
            tr("%n play(s) marked \"never post\" in the preview", nullptr, int(never.size())));
    }

    // Trakt may have changed since the preview (a scrobbler, a hand-logged episode, another
    // machine): check again, cheaply (one GET when nothing changed), and drop what it has now.
    reconcile(plan.options, true,
        [this, plan, lock, done, endEarly, id = runId.value()](
            const Result<std::shared_ptr<const TraktWatchedIndex>> &watched,
            const QString &) mutable {
            if (!watched) {
                endEarly(watched.error());
                return;
            }
            if (watched.value()) {
                plan.reconciled = true;
                if (const int moved = SyncPlanner::dropWatched(plan, *watched.value()); moved > 0)
                    (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Info),
                        tr("%n play(s) reached Trakt since the preview; they are not posted again",
                            nullptr, moved));
            }
            checkRewatches(std::move(plan), [this, lock, done, id](SyncPlan checked) {
                postPlan(std::move(checked), id, lock, done);
            });
        });
}

void SyncSession::postPlan(
    SyncPlan plan, qint64 runId, std::shared_ptr<SyncRunLock> lock, Callback<SyncReport> done)
{
    // The run report keeps what was not posted and why (the ledger has the rest). "Already
    // synced" is not repeated on every run; "already on Trakt" is listed by the ledger rows this
    // run wrote.
    QJsonArray skipped;
    for (const SkippedItem &item : std::as_const(plan.skipped)) {
        if (item.kind == SkipKind::AlreadySynced || item.kind == SkipKind::AlreadyOnTrakt)
            continue;
        if (skipped.size() >= 5000)
            break;
        skipped << item.toJson();
    }
    (void)RunRepository(m_db).setSkipped(
        runId, QString::fromUtf8(QJsonDocument(skipped).toJson(QJsonDocument::Compact)));

    const QHash<QString, int> before = m_services->requestCounts();
    // The run's time limit scales with its work (one allowance per batch to post).
    const qint64 batches = (plan.plays.size() + std::max(1, plan.options.batchSize) - 1)
        / std::max(1, plan.options.batchSize);
    m_runClock.start();
    const HttpTimings &limits = m_services->timings();
    m_runLimit->start(int(std::min<qint64>(
        INT_MAX, limits.runLimitBaseMs + batches * qint64(limits.runLimitPerBatchMs))));
    m_engine->run(plan, runId, [this, lock, plan, before, done, runId](const SyncReport &r) {
        m_runLimit->stop();
        // Ratings and lists after the plays (a refused run sends nothing more).
        postExtras(plan, runId, r, [this, lock, plan, before, done, runId](SyncReport report) {
            const QHash<QString, int> after = m_services->requestCounts();
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                report.requests.insert(
                    it.key(), it.value() - before.value(it.key()) + plan.requests.value(it.key()));
            finishRunRow(runId, plan, report);
            if (report.status == RunStatus::Refused) {
                // Trakt said no: nothing more is asked of it in this run.
                lock->release();
                done(report);
                return;
            }
            // Still under the lock: the read-back writes history ids, the repair auto mappings.
            readBackHistoryIds(runId, plan.options.readBackTitles, [this, lock, report, done] {
                repairNotFound(report, [lock, report, done] {
                    lock->release();
                    done(report);
                });
            });
        });
    });
}

void SyncSession::finishRunRow(qint64 id, const SyncPlan &plan, const SyncReport &report)
{
    SyncRun row;
    row.id = id;
    row.mode = syncModeKey(plan.mode);
    row.automated = plan.options.automated;
    row.status = report.status;
    row.finishedAt = Database::nowUtc();
    row.found = report.counters.found;
    row.synced = report.counters.synced;
    row.alreadySynced = report.counters.alreadySynced;
    row.skippedUnmapped = report.counters.skippedUnmapped;
    row.added = report.counters.added;
    row.notFound = report.counters.notFound;
    row.alreadyOnTrakt = report.counters.alreadyOnTrakt;
    QJsonObject requests;
    for (auto it = report.requests.cbegin(); it != report.requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    row.requests = QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact));
    row.error = report.error;
    if (report.errorCode != ErrorCode::None)
        row.errorCode = errorCodeName(report.errorCode);
    (void)RunRepository(m_db).finish(row);
    const SyncLogLine line = SyncLog::finished(plan, report);
    (void)LogRepository(m_db).append(line.level, line.message);
}

void SyncSession::readBackHistoryIds(qint64 runId, int maxTitles, std::function<void()> done)
{
    auto rows = LedgerRepository(m_db).forRun(runId);
    if (!rows) {
        done();
        return;
    }
    QList<LedgerEntry> posted;
    QSet<QString> titles;
    for (const LedgerEntry &e : rows.value()) {
        if (e.outcome != LedgerOutcome::Added || e.traktHistoryId)
            continue;
        posted << e;
        titles.insert(e.targetKind + e.targetIds);
    }
    // A first sync of a large library would spend a GET per title on this; its undo (rare) reads
    // the ids instead, the same way.
    if (posted.isEmpty() || titles.size() > maxTitles) {
        done();
        return;
    }
    auto *readBack = new HistoryReadBack(m_services->trakt(), this);
    readBack->resolve(posted, [this, readBack, done](const Result<QHash<LedgerKey, qint64>> &ids) {
        readBack->deleteLater();
        if (!ids) {
            qCWarning(lcSync) << "history ids not read back:" << ids.error().userMessage;
            done();
            return;
        }
        QList<std::pair<LedgerKey, qint64>> pairs;
        for (auto it = ids->cbegin(); it != ids->cend(); ++it)
            pairs.append({ it.key(), it.value() });
        if (auto r = LedgerRepository(m_db).setHistoryIds(pairs); !r)
            qCWarning(lcSync) << "history ids not stored:" << r.error().userMessage;
        done();
    });
}

void SyncSession::repairNotFound(const SyncReport &report, std::function<void()> done)
{
    // Trakt answered not_found: search each title once more (a stale id costs one search), and
    // drop the cached seasons of those shows so that the next plan checks against fresh ones. The
    // plays themselves wait in "needs mapping" until their target changes.
    QList<StaleTraktId> stale;
    QSet<qint64> seen;
    ConfigRepository config(m_db);
    for (const NotFoundPlay &p : report.notFound) {
        if (!p.traktId || seen.contains(p.anilistId))
            continue;
        seen.insert(p.anilistId);
        if (!p.movie) {
            (void)config.remove(ConfigKey::showEpisodes(*p.traktId));
            (void)config.remove(ConfigKey::breakpointMap(*p.traktId));
        }
        auto mapping = MappingRepository(m_db).get(p.anilistId);
        auto rows = IdMapRepository(m_db).forAnilistId(p.anilistId);
        ResolvedId r;
        r.anilistId = p.anilistId;
        r.kind = p.movie ? ResolvedId::Kind::Movie : ResolvedId::Kind::Show;
        r.traktId = p.traktId;
        if (mapping && mapping.value() && mapping.value()->isManual)
            r.source = u"mappings:manual"_s;
        if (rows) {
            for (const IdMapRow &row : rows.value()) {
                if (!r.tmdbId && row.tmdbId && (row.tmdbType == u"movie"_s) == p.movie)
                    r.tmdbId = row.tmdbId;
                if (!r.tvdbId && row.tvdbId && !p.movie)
                    r.tvdbId = row.tvdbId;
                if (r.imdbId.isEmpty())
                    r.imdbId = row.imdbId;
            }
        }
        stale << StaleTraktId { r, u"not_found"_s };
    }
    if (stale.isEmpty()) {
        done();
        return;
    }
    auto *lookup = new OnlineLookup(m_services->trakt(), m_services->tmdb(), this);
    auto *repair = new TraktIdRepair(m_db, lookup, this);
    connect(repair, &TraktIdRepair::finished, this,
        [repair, lookup, done](const QHash<qint64, ResolvedId> &) {
            repair->deleteLater();
            lookup->deleteLater();
            done();
        });
    repair->repair(stale);
}

} // namespace Tsuzuki

#include "core/sync/syncsession.h"

#include "core/auth/secretstore.h"
#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/mapping/episodemapper.h"
#include "core/mapping/idresolver.h"
#include "core/mapping/onlinelookup.h"
#include "core/mapping/traktidrepair.h"
#include "core/mapping/traktseason.h"
#include "core/net/anilistclient.h"
#include "core/net/httpclient.h"
#include "core/net/services.h"
#include "core/net/tmdbclient.h"
#include "core/net/tokensource.h"
#include "core/net/traktclient.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "core/sync/needsmappinghold.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclogline.h"
#include "core/sync/syncrunlock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

SyncSession::SyncSession(Database &db, Services *services, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_services(services)
    , m_engine(new SyncEngine(db, services->trakt(), this))
    , m_runLimit(new QTimer(this))
{
    connect(m_engine, &SyncEngine::progressChanged, this, &SyncSession::progressChanged);
    m_runLimit->setSingleShot(true);
    connect(m_runLimit, &QTimer::timeout, this, &SyncSession::onRunLimitReached);
}

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
    m_engine->stop(message); // finishes the run: the sync_runs row, the log, the lock
    m_services->traktHttp()->cancelAll();
    m_services->aniListHttp()->cancelAll();
}

SyncSession::~SyncSession() = default;

void SyncSession::cancel()
{
    m_engine->cancel();
}

void SyncSession::readAniListToken(std::function<void(const Result<QString> &)> done)
{
    const Error notLoggedIn = makeError(ErrorCode::NotLoggedIn,
        tr("Log in to AniList first (Settings → Accounts, or tsuzuki-cli auth anilist)."));
    SecretStore *secrets = m_services->secrets();
    if (!secrets) {
        done(notLoggedIn);
        return;
    }
    SecretJob *job = secrets->read(QString::fromLatin1(SecretKey::AniListToken));
    connect(job, &SecretJob::finished, this, [job, done, notLoggedIn] {
        if (!job->ok()) {
            done(job->error().code == ErrorCode::NotLoggedIn ? notLoggedIn : job->error());
            return;
        }
        if (job->value().isEmpty()) {
            done(notLoggedIn);
            return;
        }
        done(job->value());
    });
}

void SyncSession::preview(SyncMode mode, const SyncOptions &options, Callback<SyncPlan> done)
{
    m_previewBaseline = m_services->requestCounts();
    m_missingShows.clear();
    readAniListToken([this, mode, options, done](const Result<QString> &token) {
        if (!token) {
            done(token.error());
            return;
        }
        m_services->aniList()->setAccessToken(token.value());
        m_services->aniList()->viewer(
            this, [this, mode, options, done](const Result<AniListViewer> &viewer) {
                if (!viewer) {
                    done(viewer.error());
                    return;
                }
                SyncPlannerInput input;
                input.mode = mode;
                input.options = options;
                input.now
                    = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
                if (mode == SyncMode::Full) {
                    QString warning;
                    input.windowStart = SyncPlanner::usableWindowStart(
                        ConfigRepository(m_db)
                            .value(QString::fromLatin1(ConfigKey::LastSyncTimestamp))
                            .toLongLong(),
                        input.now, &warning);
                    if (!warning.isEmpty()) {
                        qCWarning(lcSync) << warning;
                        input.warnings << warning;
                    }
                    m_services->aniList()->activitiesSince(viewer.value().id, input.windowStart,
                        this,
                        [this, input, done](const Result<QList<AniListActivity>> &acts) mutable {
                            if (!acts) {
                                done(acts.error());
                                return;
                            }
                            input.activities = acts.value();
                            buildPlan(std::move(input), done);
                        });
                    return;
                }
                QStringList statuses;
                if (mode == SyncMode::Completed)
                    statuses << u"COMPLETED"_s;
                else if (mode == SyncMode::Watching)
                    statuses << u"CURRENT"_s;
                m_services->aniList()->libraryEntries(viewer.value().id, statuses, this,
                    [this, input, done](const Result<QList<AniListListEntry>> &entries) mutable {
                        if (!entries) {
                            done(entries.error());
                            return;
                        }
                        input.entries = entries.value();
                        buildPlan(std::move(input), done);
                    });
            });
    });
}

void SyncSession::fetchSeasons(
    QList<qint64> traktIds, std::function<void(const Result<void> &)> done)
{
    if (traktIds.isEmpty()) {
        done({});
        return;
    }
    const qint64 id = traktIds.takeFirst();
    m_services->trakt()->seasons(QString::number(id), this,
        [this, id, traktIds, done](const Result<QList<TraktSeason>> &seasons) {
            if (seasons) {
                (void)EpisodeMapper(m_db).storeSeasons(id, seasons.value());
            } else {
                // A show Trakt says does not exist is never posted to: its entries are re-resolved
                // (repairStaleIds) or wait in "needs mapping". Other failures: the mapper uses
                // what it has.
                if (seasons.error().code == ErrorCode::NotFound
                    || seasons.error().httpStatus == 404)
                    m_missingShows.insert(id);
                qCWarning(lcSync) << "no seasons for Trakt show" << id
                                  << seasons.error().userMessage;
            }
            fetchSeasons(traktIds, done);
        });
}

void SyncSession::buildPlan(SyncPlannerInput input, Callback<SyncPlan> done)
{
    const QList<AniListMedia> media = SyncPlanner::mediaToMap(input);
    QList<qint64> ids;
    for (const AniListMedia &m : media)
        ids << m.id;
    auto lastAbs = ProgressRepository(m_db).lastAbsMany(ids);
    auto onTrakt = LedgerRepository(m_db).addedEpisodes(ids);
    if (!lastAbs || !onTrakt) {
        done(!lastAbs ? lastAbs.error() : onTrakt.error());
        return;
    }
    input.lastAbs = lastAbs.value();
    input.onTrakt = onTrakt.value();

    // Which Trakt title each entry is: the web version's order through the one IdResolver
    // (mappings, Otaku, Fribbs, AniBridge, then TMDB external ids and Trakt search, saved as auto
    // mappings). The TMDB key is optional; without it the resolver skips that step.
    QList<AniListEntry> entries;
    entries.reserve(media.size());
    for (const AniListMedia &m : media)
        entries << AniListEntry { m.id, m.format };
    readTmdbKey([this, input, entries, done] {
        auto *lookup = new OnlineLookup(m_services->trakt(), m_services->tmdb(), this);
        auto *resolver = new IdResolver(m_db, lookup, this);
        connect(resolver, &IdResolver::finished, this,
            [this, input, resolver, lookup, done](const Result<QHash<qint64, ResolvedId>> &result) {
                resolver->deleteLater();
                lookup->deleteLater();
                if (!result) {
                    done(result.error());
                    return;
                }
                if (resolver->onlineError())
                    qCWarning(lcSync)
                        << "online id lookups stopped:" << resolver->onlineError()->userMessage;
                auto resolved = std::make_shared<QHash<qint64, ResolvedId>>(result.value());
                QList<qint64> needSeasons;
                ConfigRepository config(m_db);
                for (const ResolvedId &r : *resolved) {
                    if (r.kind == ResolvedId::Kind::Show && r.traktId
                        && !needSeasons.contains(*r.traktId)
                        && config.value(ConfigKey::showEpisodes(*r.traktId)).isEmpty())
                        needSeasons << *r.traktId;
                }
                const QSet<qint64> fetched(needSeasons.cbegin(), needSeasons.cend());
                fetchSeasons(
                    needSeasons, [this, input, resolved, fetched, done](const Result<void> &) {
                        repairStaleIds(
                            resolved, [this, input, resolved, fetched, done](QSet<qint64> more) {
                                planWithSeasons(input, resolved, fetched + more, false, done);
                            });
                    });
            });
        resolver->resolve(entries);
    });
}

void SyncSession::readTmdbKey(std::function<void()> done)
{
    SecretStore *secrets = m_services->secrets();
    if (!secrets || m_services->tmdb()->hasCredential()) {
        done();
        return;
    }
    SecretJob *job = secrets->read(QString::fromLatin1(SecretKey::TmdbApiKey));
    connect(job, &SecretJob::finished, this, [this, job, done] {
        if (job->ok() && !job->value().isEmpty()) {
            registerSecret(job->value());
            m_services->tmdb()->setCredential(job->value());
        }
        done();
    });
}

void SyncSession::planWithSeasons(SyncPlannerInput input,
    std::shared_ptr<QHash<qint64, ResolvedId>> resolved, QSet<qint64> fetched, bool retried,
    Callback<SyncPlan> done)
{
    auto inputs = std::make_shared<QHash<qint64, EpisodeMapperInput>>();
    EpisodeMapper mapper(m_db);
    for (auto it = resolved->cbegin(); it != resolved->cend(); ++it) {
        if (!it.value().isResolved())
            continue;
        auto in = mapper.loadInput(it.value());
        if (in)
            inputs->insert(it.key(), in.value());
    }
    QList<qint64> mediaIds = resolved->keys();
    auto held = NeedsMappingHold::load(m_db, mediaIds);
    if (!held) {
        done(held.error());
        return;
    }
    auto hold = std::make_shared<QHash<QString, LedgerEntry>>(held.value());
    const QSet<qint64> missing = m_missingShows;
    auto decideTarget = [resolved, inputs, missing](const AniListMedia &media, int abs) {
        PlayTarget t;
        const ResolvedId r = resolved->value(media.id);
        if (!r.isResolved()) {
            t.reason = r.reason;
            return t;
        }
        if (r.traktId && !r.isMovie() && missing.contains(*r.traktId)) {
            t.reason
                = tr("Trakt has no show with id %1; it could not be re-resolved").arg(*r.traktId);
            return t;
        }
        t.traktId = r.traktId;
        t.tmdbId = r.tmdbId;
        t.tvdbId = r.tvdbId;
        t.imdbId = r.imdbId;
        if (r.isMovie()) {
            t.mapped = true;
            t.movie = true;
            t.rule = u"movie"_s;
            t.source = r.source;
            if (inputs->contains(media.id))
                t.postedWith = EpisodeMapper::decide(inputs->value(media.id), abs).postedWith;
            return t;
        }
        if (!inputs->contains(media.id)) {
            t.reason = tr("No mapping data for this show");
            return t;
        }
        const EpisodeMapping m = EpisodeMapper::decide(inputs->value(media.id), abs);
        if (m.kind == EpisodeMapping::Kind::Unmapped) {
            t.reason
                = m.reason.isEmpty() ? tr("Episode %1 has no place on Trakt").arg(abs) : m.reason;
            return t;
        }
        t.mapped = true;
        t.movie = m.kind == EpisodeMapping::Kind::Movie;
        if (m.traktId)
            t.traktId = m.traktId;
        t.season = m.season;
        t.episode = m.episode;
        t.rule = m.rule;
        t.source = m.source;
        return t;
    };
    input.target = [decideTarget, hold](const AniListMedia &media, int abs) {
        PlayTarget t = decideTarget(media, abs);
        const auto row = hold->constFind(PlannedPlay::makeItemId(media.id, abs));
        t.heldNotFound
            = t.mapped && row != hold->constEnd() && NeedsMappingHold::sameTarget(*row, t);
        return t;
    };
    SyncPlan plan = SyncPlanner::plan(input);
    if (!retried) {
        // Episodes past the cached season data may be new on Trakt (airing shows): fetch those
        // shows' seasons again, once, before calling anything unmapped.
        QList<qint64> stale;
        for (const SkippedItem &item : plan.skipped) {
            if (item.kind != SkipKind::Unmapped)
                continue;
            const ResolvedId r = resolved->value(item.anilistId);
            if (r.kind == ResolvedId::Kind::Show && r.traktId && !fetched.contains(*r.traktId)
                && !stale.contains(*r.traktId))
                stale << *r.traktId;
        }
        if (!stale.isEmpty()) {
            for (qint64 id : stale)
                fetched.insert(id);
            fetchSeasons(stale, [this, input, resolved, fetched, done](const Result<void> &) {
                planWithSeasons(input, resolved, fetched, true, done);
            });
            return;
        }
    }
    const QHash<QString, int> now = m_services->requestCounts();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        plan.requests.insert(it.key(), it.value() - m_previewBaseline.value(it.key()));
    done(plan);
}

void SyncSession::run(
    const SyncPlan &fullPlan, const QStringList &approvedItemIds, Callback<SyncReport> done)
{
    // A run without a Trakt login would only fail batch after batch: say so before anything
    // starts. The token comes from the process's one TraktAuth, so a login made since the
    // preview counts.
    TraktTokenSource *tokens = m_services->traktTokens();
    if (!tokens) {
        done(makeError(ErrorCode::NotLoggedIn, tr("Log in to Trakt first.")));
        return;
    }
    tokens->accessToken(
        this, [this, fullPlan, approvedItemIds, done](const Result<QString> &token) {
            if (!token) {
                Error error = token.error();
                if (error.code == ErrorCode::NotLoggedIn)
                    error.userMessage = tr("Log in to Trakt first (Settings → Accounts, or "
                                           "tsuzuki-cli auth trakt). Nothing was sent.");
                done(error);
                return;
            }
            startRun(fullPlan, approvedItemIds, done);
        });
}

void SyncSession::startRun(
    const SyncPlan &fullPlan, const QStringList &approvedItemIds, Callback<SyncReport> done)
{
    auto lock = std::make_shared<SyncRunLock>(m_db);
    if (auto acquired = lock->tryAcquire(); !acquired) {
        if (acquired.error().code != ErrorCode::DatabaseLocked) {
            // Not another sync: the lock could not be made (disk full, folder read-only).
            done(acquired.error());
            return;
        }
        SyncReport report;
        report.mode = fullPlan.mode;
        report.automated = fullPlan.options.automated;
        report.status = RunStatus::Locked;
        report.error = acquired.error().userMessage;
        done(report);
        return;
    }
    // We hold the lock: rows still "running" belong to runs that died (killed, crashed, power cut).
    (void)RunRepository(m_db).markInterrupted();
    SyncPlan plan = fullPlan.restrictedTo(approvedItemIds);
    plan.activities = fullPlan.activities; // the timestamp only moves past fully settled activities
    auto runId = RunRepository(m_db).start(syncModeKey(plan.mode), plan.options.automated, false,
        QHostInfo::localHostName(), QCoreApplication::applicationPid());
    if (!runId) {
        done(runId.error());
        return;
    }
    const QHash<QString, int> before = m_services->requestCounts();
    const SyncLogLine startLine = SyncLog::started(plan);
    (void)LogRepository(m_db).append(startLine.level, startLine.message);
    for (const QString &warning : std::as_const(plan.warnings))
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Warning), warning);
    // The run's time limit scales with its work (one allowance per batch to post).
    const qint64 batches = (plan.plays.size() + std::max(1, plan.options.batchSize) - 1)
        / std::max(1, plan.options.batchSize);
    m_runClock.start();
    const HttpTimings &limits = m_services->timings();
    m_runLimit->start(int(std::min<qint64>(
        INT_MAX, limits.runLimitBaseMs + batches * qint64(limits.runLimitPerBatchMs))));
    m_engine->run(plan, runId.value(),
        [this, lock, plan, before, done, id = runId.value()](const SyncReport &r) {
            m_runLimit->stop();
            SyncReport report = r;
            const QHash<QString, int> after = m_services->requestCounts();
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                report.requests.insert(
                    it.key(), it.value() - before.value(it.key()) + plan.requests.value(it.key()));
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
            QJsonObject requests;
            for (auto it = report.requests.cbegin(); it != report.requests.cend(); ++it)
                requests.insert(it.key(), it.value());
            row.requests
                = QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact));
            row.error = report.error;
            (void)RunRepository(m_db).finish(row);
            const SyncLogLine line = SyncLog::finished(plan, report);
            (void)LogRepository(m_db).append(line.level, line.message);
            // Still under the lock: the repair writes auto mappings.
            repairNotFound(report, [lock, report, done] {
                lock->release();
                done(report);
            });
        });
}

void SyncSession::repairStaleIds(
    std::shared_ptr<QHash<qint64, ResolvedId>> resolved, std::function<void(QSet<qint64>)> done)
{
    QList<StaleTraktId> stale;
    for (const ResolvedId &r : std::as_const(*resolved)) {
        if (r.kind == ResolvedId::Kind::Show && r.traktId && m_missingShows.contains(*r.traktId))
            stale << StaleTraktId { r, u"404"_s };
    }
    if (stale.isEmpty()) {
        done({});
        return;
    }
    auto *lookup = new OnlineLookup(m_services->trakt(), m_services->tmdb(), this);
    auto *repair = new TraktIdRepair(m_db, lookup, this);
    connect(repair, &TraktIdRepair::finished, this,
        [this, repair, lookup, resolved, done](const QHash<qint64, ResolvedId> &repaired) {
            repair->deleteLater();
            lookup->deleteLater();
            QList<qint64> fresh;
            for (const ResolvedId &r : repaired) {
                resolved->insert(r.anilistId, r);
                if (r.traktId && !fresh.contains(*r.traktId))
                    fresh << *r.traktId;
            }
            const QSet<qint64> fetched(fresh.cbegin(), fresh.cend());
            fetchSeasons(fresh, [done, fetched](const Result<void> &) { done(fetched); });
        });
    repair->repair(stale);
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

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
#include "core/net/trakterrors.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/extrasrepository.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "core/sync/extrasplanner.h"
#include "core/sync/historyreadback.h"
#include "core/sync/needsmappinghold.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclogline.h"
#include "core/sync/syncrunlock.h"
#include "core/sync/traktreconciler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    , m_reconciler(new TraktReconciler(db, services->trakt(), this))
    , m_runLimit(new QTimer(this))
{
    connect(m_engine, &SyncEngine::progressChanged, this, &SyncSession::progressChanged);
    m_runLimit->setSingleShot(true);
    connect(m_runLimit, &QTimer::timeout, this, &SyncSession::onRunLimitReached);
}

SyncSession::~SyncSession() = default;

void SyncSession::cancel()
{
    m_stopped = true; // nothing after the plays either (issue 16's extras)
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
                        [this, input, done, userId = viewer.value().id](
                            const Result<QList<AniListActivity>> &acts) mutable {
                            if (!acts) {
                                done(acts.error());
                                return;
                            }
                            input.activities = acts.value();
                            if (!input.options.extras) {
                                buildPlan(std::move(input), done);
                                return;
                            }
                            // The extras look at the whole list (ratings, plans, drops, repeats).
                            m_services->aniList()->libraryEntries(userId, {}, this,
                                [this, input, done](
                                    const Result<QList<AniListListEntry>> &entries) mutable {
                                    if (!entries) {
                                        done(entries.error());
                                        return;
                                    }
                                    input.library = entries.value();
                                    buildPlan(std::move(input), done);
                                });
                        });
                    return;
                }
                // With extras the whole list is read once: the plays' planner keeps its mode's
                // entries, the extras' the rest.
                QStringList statuses;
                if (mode == SyncMode::Completed && !options.extras)
                    statuses << u"COMPLETED"_s;
                else if (mode == SyncMode::Watching && !options.extras)
                    statuses << u"CURRENT"_s;
                m_services->aniList()->libraryEntries(viewer.value().id, statuses, this,
                    [this, input, done](const Result<QList<AniListListEntry>> &entries) mutable {
                        if (!entries) {
                            done(entries.error());
                            return;
                        }
                        input.entries = entries.value();
                        if (input.options.extras)
                            input.library = entries.value();
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

void SyncSession::reconcile(const SyncOptions &options, bool forRun,
    std::function<void(const Result<std::shared_ptr<const TraktWatchedIndex>> &, const QString &)>
        done)
{
    using Index = std::shared_ptr<const TraktWatchedIndex>;
    if (options.includeWatched) {
        done(Index(), QString()); // the user wants second plays: Trakt's state is not consulted
        return;
    }
    TraktTokenSource *tokens = m_services->traktTokens();
    const QString notLoggedIn
        = tr("Not logged in to Trakt: what Trakt already has is checked when you post.");
    if (!tokens) {
        done(Index(), notLoggedIn);
        return;
    }
    tokens->accessToken(this, [this, forRun, done, notLoggedIn](const Result<QString> &token) {
        if (!token) {
            if (token.error().code == ErrorCode::NotLoggedIn && !forRun) {
                done(Index(), notLoggedIn);
                return;
            }
            done(token.error(), QString());
            return;
        }
        // The preview asks who is logged in; the run right after it (same session, minutes
        // later) only asks whether anything changed: at most 3 extra GETs per sync.
        const bool checkAccount
            = !forRun || !m_accountChecked.isValid() || m_accountChecked.elapsed() > 15 * 60 * 1000;
        m_reconciler->refresh(
            checkAccount, [this, checkAccount, done](const Result<TraktReconciler::State> &state) {
                if (!state) {
                    Error error = state.error();
                    if (!TraktErrors::isRefusal(error.code))
                        error.userMessage = tr("Could not read what Trakt already has (%1). "
                                               "Nothing was posted; try again.")
                                                .arg(error.userMessage);
                    done(error, QString());
                    return;
                }
                if (checkAccount)
                    m_accountChecked.start();
                done(state.value().index, QString());
            });
    });
}

void SyncSession::buildPlan(SyncPlannerInput input, Callback<SyncPlan> done)
{
    reconcile(input.options, false,
        [this, input, done](const Result<std::shared_ptr<const TraktWatchedIndex>> &watched,
            const QString &warning) mutable {
            if (!watched) {
                if (TraktErrors::isRefusal(watched.error().code))
                    (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Error),
                        tr("Sync (%1) not started, Trakt refused: %2")
                            .arg(syncModeKey(input.mode), watched.error().userMessage));
                done(watched.error());
                return;
            }
            input.watched = watched.value();
            if (!warning.isEmpty())
                input.warnings << warning;
            if (!input.options.extras) {
                buildReconciledPlan(std::move(input), done);
                return;
            }
            readTraktExtras(
                input.options, [this, input, done](const Result<TraktExtrasState> &state) mutable {
                    if (!state) {
                        done(state.error());
                        return;
                    }
                    input.traktExtras = state.value();
                    buildReconciledPlan(std::move(input), done);
                });
        });
}

void SyncSession::buildReconciledPlan(SyncPlannerInput input, Callback<SyncPlan> done)
{
    QList<AniListMedia> media = SyncPlanner::mediaToMap(input);
    QList<qint64> ids;
    for (const AniListMedia &m : media)
        ids << m.id;
    for (const AniListMedia &m : ExtrasPlanner::mediaToMap(input)) {
        if (!ids.contains(m.id)) {
            ids << m.id;
            media << m;
        }
    }
    auto outcomes = LedgerRepository(m_db).outcomes(ids);
    if (!outcomes) {
        done(outcomes.error());
        return;
    }
    for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
        for (auto e = it.value().cbegin(); e != it.value().cend(); ++e) {
            if (e.value() == LedgerOutcome::Added)
                input.onTrakt[it.key()].insert(e.key());
            else if (e.value() == LedgerOutcome::Never)
                input.never[it.key()].insert(e.key());
            if (e.value() == LedgerOutcome::Added || e.value() == LedgerOutcome::AlreadyOnTrakt)
                input.covered[it.key()].insert(e.key());
        }
    }
    if (input.options.extras.testFlag(SyncExtra::Watchlist)) {
        auto ours = ExtrasRepository(m_db).ourWatchlist();
        if (!ours) {
            done(ours.error());
            return;
        }
        input.ourWatchlist = ours.value();
    }

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
    ExtrasPlanner::plan(input, plan);
    plan.reconciled = input.watched != nullptr;
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

} // namespace Tsuzuki

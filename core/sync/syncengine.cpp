#include "core/sync/syncengine.h"

#include "core/sync/progresscoverage.h"
#include "core/sync/syncbatch.h"
#include "core/sync/writepacer.h"

#include "core/log/logging.h"
#include "core/net/traktclient.h"
#include "core/net/trakterrors.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/ledgerrepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using SyncBatch::minuteOf;
using SyncBatch::showKey;

namespace {

/// How far past its own clock a run lets lastSyncTimestamp go (AniList and this machine may
/// disagree by a little).
constexpr qint64 WindowSkewSeconds = 600;

} // namespace

SyncEngine::SyncEngine(Database &db, TraktClient *trakt, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_trakt(trakt)
{ }

void SyncEngine::run(const SyncPlan &plan, qint64 runId, Done done)
{
    m_plan = plan;
    m_runId = runId;
    m_done = std::move(done);
    m_queue = plan.plays;
    m_byItem.clear();
    m_settled.clear();
    m_unsettled.clear();
    for (const PlannedPlay &p : plan.plays) {
        m_byItem.insert(p.itemId, p);
        m_unsettled[p.anilistId].insert(p.ledgerEpisode());
    }
    m_report = {};
    m_report.runId = runId;
    m_report.mode = plan.mode;
    m_report.automated = plan.options.automated;
    m_report.counters = plan.counters;
    m_report.counters.synced = 0;
    m_report.counters.added = 0;
    m_report.counters.notFound = 0;
    // Counted as they happen: the plays' rewatches here, the extras by SyncSession::postExtras.
    m_report.counters.rewatches = 0;
    m_report.counters.ratings = 0;
    m_report.counters.watchlistAdded = 0;
    m_report.counters.watchlistRemoved = 0;
    m_report.counters.dropped = 0;
    m_attempts = 0;
    m_limitRefusals = 0;
    m_done_count = 0;
    m_neverIds = QSet<QString>(plan.neverPost.cbegin(), plan.neverPost.cend());
    m_cancelled = false;
    m_running = true;
    ++m_generation;
    m_clock.start();

    if (plan.plays.size() > plan.options.playsGuard && !plan.options.confirmLarge) {
        finishRun(RunStatus::Guarded,
            tr("This run would add %1 plays, more than the limit of %2. Confirm to go ahead.")
                .arg(plan.plays.size())
                .arg(plan.options.playsGuard));
        return;
    }

    // The needs-mapping list (unmapped items) and the plays Trakt already had are recorded
    // (never over an "added", "never" or "pending" row), and progress follows what is on Trakt.
    if (auto r = recordSkipped(); !r) {
        finishRun(RunStatus::Failed, r.error().userMessage);
        return;
    }

    // Rows left "pending" by a crash or an earlier unknown outcome are settled before anything is
    // sent.
    recoverPending(runId, [this](const Result<int> &recovered) {
        if (!recovered) {
            stopWith(recovered.error());
            return;
        }
        m_report.recovered += recovered.value();
        Q_EMIT progressChanged(0, int(m_queue.size()));
        if (m_queue.isEmpty()) {
            if (auto r = settle({}, {}, {}); !r) {
                finishRun(RunStatus::Failed, r.error().userMessage);
                return;
            }
        }
        nextBatch();
    });
}

void SyncEngine::recoverPending(qint64 runId, std::function<void(const Result<int> &)> done)
{
    m_runId = runId;
    auto pending = LedgerRepository(m_db).withOutcome(LedgerOutcome::Pending);
    if (!pending) {
        done(pending.error());
        return;
    }
    if (pending.value().isEmpty()) {
        done(0);
        return;
    }
    QList<PlannedPlay> rows;
    for (const LedgerEntry &e : pending.value())
        rows << SyncBatch::playFromLedger(e);
    qCInfo(lcSync) << "settling" << rows.size() << "pending ledger rows from an earlier run";
    const int before = int(rows.size());
    resolveUnknown(rows, false, [done, before](const Result<QList<PlannedPlay>> &missing) {
        if (!missing) {
            done(missing.error());
            return;
        }
        done(before - int(missing.value().size()));
    });
}

void SyncEngine::nextBatch()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        if (m_settled.size() != m_byItem.size()) {
            finishRun(RunStatus::Partial);
        } else if (m_report.counters.notFound > 0) {
            // Trakt did not take these plays: they wait in the needs-mapping list, and the run
            // says so with its status (and the CLI with its exit code).
            finishRun(m_report.counters.added > 0 ? RunStatus::Partial : RunStatus::Failed,
                tr("Trakt did not find %n play(s); they are in the needs-mapping list.", nullptr,
                    m_report.counters.notFound));
        } else {
            finishRun(RunStatus::Succeeded);
        }
        return;
    }
    if (m_cancelled) {
        finishRun(RunStatus::Partial, tr("Cancelled"));
        return;
    }
    const int size = std::max(1, m_plan.options.batchSize);
    QList<PlannedPlay> batch = m_queue.mid(0, size);
    m_queue.remove(0, batch.size());

    // Never post what the ledger already has as added (another run, a recovery, a second
    // machine), nor what the user marked "never post" since the preview.
    QList<qint64> ids;
    for (const PlannedPlay &p : batch)
        ids << p.anilistId;
    auto outcomes = LedgerRepository(m_db).outcomes(ids);
    if (!outcomes) {
        finishRun(RunStatus::Failed, outcomes.error().userMessage);
        return;
    }
    QList<PlannedPlay> fresh;
    QList<Key> already;
    for (const PlannedPlay &p : batch) {
        const auto outcome = outcomes.value().value(p.anilistId).constFind(p.ledgerEpisode());
        const bool known = outcome != outcomes.value().value(p.anilistId).constEnd();
        if (known && *outcome == LedgerOutcome::Added) {
            already << Key(p.anilistId, p.ledgerEpisode());
        } else if (known && *outcome == LedgerOutcome::Never) {
            m_neverIds.insert(p.itemId);
            m_settled.insert(p.itemId);
            m_unsettled[p.anilistId].remove(p.ledgerEpisode());
            ++m_report.counters.neverPost;
            ++m_done_count;
        } else {
            fresh << p;
        }
    }
    if (!already.isEmpty()) {
        for (const Key &k : already) {
            const QString item = PlannedPlay::itemIdForLedger(k.first, k.second);
            m_settled.insert(item);
            m_unsettled[k.first].remove(k.second);
            ++m_report.counters.alreadySynced;
        }
        m_done_count += int(already.size());
    }
    if (fresh.isEmpty()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                nextBatch();
        });
        return;
    }

    const qint64 now = m_clock.elapsed();
    qint64 wait = m_lastPostMs < 0
        ? 0
        : std::max<qint64>(0, m_lastPostMs + m_plan.options.postSpacingMs - now);
    // Another process (or machine) sharing this database may have written to Trakt just before.
    wait = std::max(wait, TraktWritePacer(m_db, m_plan.options.postSpacingMs).waitMs());
    const quint64 generation = m_generation;
    QTimer::singleShot(int(wait), this, [this, fresh, generation] {
        if (generation == m_generation && m_running)
            post(fresh);
    });
}

void SyncEngine::post(const QList<PlannedPlay> &batch)
{
    // Pending rows first: if we die after sending, the next start knows what may be on Trakt.
    QList<LedgerEntry> rows;
    for (const PlannedPlay &p : batch)
        rows << SyncBatch::ledgerEntry(p, m_runId);
    if (auto r = LedgerRepository(m_db).record(rows); !r) {
        finishRun(RunStatus::Failed, r.error().userMessage);
        return;
    }
    m_lastPostMs = m_clock.elapsed();
    ++m_traktRequests;
    m_report.posted += int(batch.size());
    qCDebug(lcSync) << "posting" << batch.size() << "plays";
    const TraktWritePacer pacer(m_db, m_plan.options.postSpacingMs);
    pacer.recordWrite();
    const quint64 generation = m_generation;
    m_trakt->addToHistory(SyncBatch::payload(batch), this,
        [this, batch, pacer, generation](
            const Result<TraktHistoryAddResult> &result, bool outcomeUnknown) {
            if (generation != m_generation)
                return; // the run was stopped: the rows stay pending for the next run
            pacer.recordWrite(); // spacing counts from Trakt's answer, not only from the send
            SyncBatch::Answer answer;
            if (result) {
                answer = SyncBatch::classify(batch, result.value());
                if (!answer.countsAgree)
                    qCWarning(lcSync) << "Trakt's added counts do not match the batch:"
                                      << result.value().added.episodes << "episodes,"
                                      << result.value().added.movies << "movies for"
                                      << answer.added.size() << "plays; checking history";
            }
            if (result && answer.countsAgree) {
                onPosted(batch, answer.added, answer.notFound, answer.verify);
                return;
            }
            const Error error = result ? makeError(ErrorCode::BadResponse,
                                    tr("Trakt's answer did not account for every play "
                                       "sent; checking Trakt's history."))
                                       : result.error();
            if (!result && TraktErrors::isRefusal(error.code)) {
                // Trakt refused the account or the login: nothing of this batch was applied
                // (4xx), and nothing more is sent. A first 420 may be a passing limit: one retry.
                QList<Key> failed;
                for (const PlannedPlay &p : batch)
                    failed << Key(p.anilistId, p.ledgerEpisode());
                if (auto r = settle({}, {}, failed); !r) {
                    finishRun(RunStatus::Failed, r.error().userMessage);
                    return;
                }
                if (error.code == ErrorCode::AccountLimit && ++m_limitRefusals < 2) {
                    qCWarning(lcSync) << "Trakt answered 420 (account limit); trying once more";
                    m_report.error = error.userMessage;
                    for (qsizetype i = batch.size() - 1; i >= 0; --i)
                        m_queue.prepend(batch.at(i));
                    const quint64 current = m_generation;
                    QTimer::singleShot(m_plan.options.retryDelayMs, this, [this, current] {
                        if (current == m_generation)
                            nextBatch();
                    });
                    return;
                }
                stopWith(error);
                return;
            }
            // Only what may have reached Trakt is checked; a 5xx or an HTML page may come from a
            // proxy after Trakt applied the write, so those count as unknown too, and so does an
            // answer whose counts do not add up.
            const bool unknown = outcomeUnknown || error.httpStatus >= 500
                || (error.code == ErrorCode::BadResponse && error.httpStatus > 0) || result.ok();
            qCWarning(lcSync) << "batch failed:" << error.userMessage
                              << "outcome unknown:" << unknown;
            m_report.error = error.userMessage;
            auto retry = [this](const QList<PlannedPlay> &missing) {
                for (qsizetype i = missing.size() - 1; i >= 0; --i)
                    m_queue.prepend(missing.at(i));
                if (++m_attempts >= m_plan.options.maxBatchAttempts) {
                    finishRun(m_settled.isEmpty() ? RunStatus::Failed : RunStatus::Partial,
                        m_report.error);
                    return;
                }
                const quint64 current = m_generation;
                QTimer::singleShot(m_plan.options.retryDelayMs, this, [this, current] {
                    if (current == m_generation)
                        nextBatch();
                });
            };
            if (!unknown) {
                QList<Key> failed;
                for (const PlannedPlay &p : batch)
                    failed << Key(p.anilistId, p.ledgerEpisode());
                if (auto r = settle({}, {}, failed); !r) {
                    finishRun(RunStatus::Failed, r.error().userMessage);
                    return;
                }
                retry(batch);
                return;
            }
            resolveUnknown(batch, false, [this, retry](const Result<QList<PlannedPlay>> &missing) {
                if (!missing) {
                    // Could not tell what Trakt has: leave the rows pending for the next run.
                    stopWith(missing.error());
                    return;
                }
                retry(missing.value());
            });
        });
}

void SyncEngine::onPosted(const QList<PlannedPlay> &batch, const QList<Key> &added,
    const QList<Key> &notFound, const QList<PlannedPlay> &verify)
{
    Q_UNUSED(batch)
    m_attempts = 0;
    if (auto r = settle(added, notFound, {}); !r) {
        finishRun(RunStatus::Failed, r.error().userMessage);
        return;
    }
    if (verify.isEmpty()) {
        nextBatch();
        return;
    }
    resolveUnknown(verify, true, [this](const Result<QList<PlannedPlay>> &missing) {
        if (!missing) {
            stopWith(missing.error());
            return;
        }
        nextBatch();
    });
}

void SyncEngine::resolveUnknown(const QList<PlannedPlay> &rows, bool absentIsNotFound,
    std::function<void(const Result<QList<PlannedPlay>> &)> done)
{
    // One history read per show (or movie), over the posted minutes.
    auto groups = std::make_shared<QList<QList<PlannedPlay>>>();
    QHash<QString, qsizetype> index;
    for (const PlannedPlay &p : rows) {
        const QString key = showKey(p);
        if (!index.contains(key)) {
            index.insert(key, groups->size());
            groups->append(QList<PlannedPlay>());
        }
        (*groups)[index.value(key)] << p;
    }
    auto missing = std::make_shared<QList<PlannedPlay>>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, groups, missing, step, absentIsNotFound, done](qsizetype i) {
        if (i >= groups->size()) {
            const auto finish = done;
            const QList<PlannedPlay> result = *missing;
            *step = nullptr; // breaks the cycle; destroys this lambda's captures, so copies above
            finish(result);
            return;
        }
        const QList<PlannedPlay> group = groups->at(i);
        const PlannedPlay &first = group.first();
        QString id;
        if (first.traktId)
            id = QString::number(*first.traktId);
        else if (!first.imdbId.isEmpty())
            id = first.imdbId;
        if (id.isEmpty()) {
            const auto finish = done;
            *step = nullptr;
            finish(makeError(ErrorCode::Unsupported,
                tr("Cannot check Trakt history for \"%1\" without a Trakt or IMDb id")
                    .arg(first.title)));
            return;
        }
        QDateTime from = first.watchedAt;
        QDateTime to = first.watchedAt;
        for (const PlannedPlay &p : group) {
            from = std::min(from, p.watchedAt);
            to = std::max(to, p.watchedAt);
        }
        ++m_traktRequests;
        const quint64 generation = m_generation;
        m_trakt->history(first.movie ? TraktClient::MediaType::Movie : TraktClient::MediaType::Show,
            id, from.addSecs(-60), to.addSecs(120), this,
            [this, group, missing, step, absentIsNotFound, done, i, generation](
                const Result<QList<TraktHistoryItem>> &history) {
                if (generation != m_generation) {
                    *step = nullptr; // stopped: what was not settled stays pending
                    return;
                }
                if (!history) {
                    const auto finish = done;
                    const auto keep = step;
                    *step = nullptr;
                    finish(history.error());
                    return;
                }
                QList<Key> added;
                QList<Key> absent;
                for (const PlannedPlay &p : group) {
                    bool present = false;
                    for (const TraktHistoryItem &h : history.value()) {
                        if (minuteOf(h.watchedAt) != minuteOf(p.watchedAt))
                            continue;
                        if (p.movie
                            || (h.episode.season == p.season && h.episode.number == p.episode)) {
                            present = true;
                            break;
                        }
                    }
                    (present ? added : absent) << Key(p.anilistId, p.ledgerEpisode());
                    if (!present)
                        *missing << p;
                }
                const auto r
                    = absentIsNotFound ? settle(added, absent, {}) : settle(added, {}, absent);
                if (!r) {
                    const auto finish = done;
                    const auto keep = step;
                    *step = nullptr;
                    finish(r.error());
                    return;
                }
                if (absentIsNotFound)
                    missing->clear();
                (*step)(i + 1);
            });
    };
    (*step)(0);
}

Result<void> SyncEngine::settle(
    const QList<Key> &added, const QList<Key> &notFound, const QList<Key> &failed)
{
    QSet<qint64> touched;
    for (const Key &k : added)
        touched.insert(k.first);
    for (const Key &k : notFound)
        touched.insert(k.first);
    const QDateTime now = Database::nowUtc();
    auto r = m_db.transaction([&]() -> Result<void> {
        LedgerRepository ledger(m_db);
        if (auto x = ledger.setOutcome(added, LedgerOutcome::Added, m_runId); !x)
            return x.error();
        if (auto x = ledger.setOutcome(notFound, LedgerOutcome::NotFound, m_runId); !x)
            return x.error();
        if (auto x = ledger.setOutcome(failed, LedgerOutcome::Failed, m_runId); !x)
            return x.error();

        // sync_progress for the web version: 1..N where all of them are known to be on Trakt.
        const QList<qint64> ids(touched.cbegin(), touched.cend());
        auto before = ProgressCoverage::advance(m_db, ids);
        if (!before)
            return before.error();
        if (auto x = RunRepository(m_db).recordProgressBefore(m_runId, before.value()); !x)
            return x;

        // lastSyncTimestamp: up to the newest activity of the settled prefix (oldest first).
        if (m_plan.mode == SyncMode::Full && !m_plan.activities.isEmpty()) {
            QSet<QString> settledNow = m_settled + m_neverIds;
            for (const Key &k : added)
                settledNow.insert(PlannedPlay::itemIdForLedger(k.first, k.second));
            for (const Key &k : notFound)
                settledNow.insert(PlannedPlay::itemIdForLedger(k.first, k.second));
            qint64 newest = 0;
            // Never past the planning time: an activity "from the future" would freeze the window.
            const qint64 limit
                = (m_plan.createdAt.isValid() ? m_plan.createdAt : now).toSecsSinceEpoch()
                + WindowSkewSeconds;
            for (const PlannedActivity &a : m_plan.activities) {
                if (a.createdAt > limit)
                    break;
                bool all = true;
                for (const QString &item : a.itemIds) {
                    if (!settledNow.contains(item)) {
                        all = false;
                        break;
                    }
                }
                if (!all)
                    break;
                newest = a.createdAt;
            }
            ConfigRepository config(m_db);
            const qint64 current
                = config.value(QString::fromLatin1(ConfigKey::LastSyncTimestamp)).toLongLong();
            // A stored time past the limit is a bad value (an activity dated 2100 before this
            // guard existed): the settled prefix replaces it.
            if (newest > current || (current > limit && newest > 0)) {
                if (auto x = config.set(
                        QString::fromLatin1(ConfigKey::LastSyncTimestamp), QString::number(newest));
                    !x)
                    return x.error();
            }
        }

        ConfigRepository config(m_db);
        QStringList keys;
        keys << QString::fromLatin1(
            m_plan.options.automated ? ConfigKey::SyncLastRunAuto : ConfigKey::SyncLastRun);
        if (m_plan.mode == SyncMode::Completed)
            keys << QString::fromLatin1(ConfigKey::SyncCompletedLastRun);
        if (m_plan.mode == SyncMode::Watching)
            keys << QString::fromLatin1(ConfigKey::SyncWatchingLastRun);
        if (!added.isEmpty() || !notFound.isEmpty() || (failed.isEmpty() && m_queue.isEmpty())) {
            for (const QString &key : keys) {
                if (auto x = config.setTimestamp(key, now); !x)
                    return x.error();
            }
        }
        return {};
    });
    if (!r)
        return r;
    for (const Key &k : added) {
        const QString item = PlannedPlay::itemIdForLedger(k.first, k.second);
        m_unsettled[k.first].remove(k.second);
        if (m_byItem.contains(item) && !m_settled.contains(item)) {
            m_settled.insert(item);
            ++m_report.counters.added;
            ++m_report.counters.synced;
            if (m_byItem.value(item).rewatch > 0)
                ++m_report.counters.rewatches;
            ++m_done_count;
        } else if (!m_byItem.contains(item)) {
            ++m_report.counters.added; // recovered from an earlier run
        }
    }
    for (const Key &k : notFound) {
        const QString item = PlannedPlay::itemIdForLedger(k.first, k.second);
        m_unsettled[k.first].remove(k.second);
        if (m_byItem.contains(item) && !m_settled.contains(item)) {
            m_settled.insert(item);
            ++m_report.counters.notFound;
            ++m_done_count;
            const PlannedPlay &p = m_byItem[item];
            m_report.notFound << NotFoundPlay { p.anilistId, p.title, p.absEpisode, p.season,
                p.episode, p.movie, p.traktId };
        }
    }
    if (m_running)
        Q_EMIT progressChanged(m_done_count, int(m_byItem.size()));
    return {};
}

Result<void> SyncEngine::recordSkipped()
{
    QList<LedgerEntry> rows;
    QList<qint64> ids;
    for (const SkippedItem &s : m_plan.skipped) {
        if ((s.kind != SkipKind::Unmapped && s.kind != SkipKind::AlreadyOnTrakt)
            || s.absEpisode <= 0)
            continue;
        LedgerEntry e;
        e.runId = m_runId;
        e.anilistId = s.anilistId;
        e.absEpisode = s.absEpisode;
        e.title = s.title;
        if (s.kind == SkipKind::Unmapped) {
            e.targetKind = u"episode"_s;
            e.outcome = LedgerOutcome::Unmapped;
            e.source = s.reason;
        } else {
            e.targetKind = s.movie ? u"movie"_s : u"episode"_s;
            e.outcome = LedgerOutcome::AlreadyOnTrakt;
            e.traktId = s.traktId;
            e.targetIds = s.targetIds;
            if (!s.movie) {
                e.season = s.season;
                e.episode = s.episode;
            }
            e.watchedAt = s.watchedAt;
            e.traktWatchedAt = s.traktWatchedAt;
        }
        rows << e;
        ids << s.anilistId;
    }
    if (rows.isEmpty())
        return {};
    // A returning user's whole library is "already on Trakt" on every run: write only the rows
    // the ledger does not have with that outcome yet.
    auto known = LedgerRepository(m_db).outcomes(ids);
    if (!known)
        return known.error();
    QList<LedgerEntry> fresh;
    QList<qint64> onTrakt;
    for (const LedgerEntry &e : std::as_const(rows)) {
        const auto outcome = known.value().value(e.anilistId).constFind(e.absEpisode);
        if (outcome != known.value().value(e.anilistId).constEnd() && *outcome == e.outcome)
            continue;
        fresh << e;
        if (e.outcome == LedgerOutcome::AlreadyOnTrakt && !onTrakt.contains(e.anilistId))
            onTrakt << e.anilistId;
    }
    if (fresh.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        if (auto r = LedgerRepository(m_db).record(fresh); !r)
            return r;
        auto before = ProgressCoverage::advance(m_db, onTrakt);
        if (!before)
            return before.error();
        return RunRepository(m_db).recordProgressBefore(m_runId, before.value());
    });
}

void SyncEngine::stopWith(const Error &error)
{
    const bool refused = TraktErrors::isRefusal(error.code);
    m_report.errorCode = error.code;
    if (refused)
        qCWarning(lcSync) << "Trakt refused:" << errorCodeName(error.code)
                          << "- nothing more is sent";
    finishRun(refused ? RunStatus::Refused : RunStatus::Failed, error.userMessage);
}

void SyncEngine::stop(const QString &reason)
{
    // Whatever is in flight is dropped: its rows stay pending and the next run settles them from
    // Trakt's history before sending anything.
    finishRun(RunStatus::Failed, reason);
}

void SyncEngine::finishRun(RunStatus status, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // late answers of this run are ignored
    m_report.status = status;
    if (status == RunStatus::Succeeded)
        m_report.error.clear();
    else if (!error.isEmpty())
        m_report.error = error;
    m_report.durationMs = m_clock.elapsed();
    m_report.requests.insert(u"trakt"_s, m_traktRequests);
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(m_report);
    }
}

} // namespace Tsuzuki

#include "core/sync/syncplanner.h"

#include "core/net/anilistprogress.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::SyncPlanner", text);
}

QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

bool isWatchActivity(const AniListActivity &a)
{
    if (a.status == u"watched episode"_s || a.status == u"rewatched episode"_s)
        return true;
    // A movie is usually logged as "completed" with no progress: that is its one play.
    return a.media.isMovie() && a.status == u"completed"_s;
}

class Builder
{
    // The planner's context (lupdate would otherwise file these strings under "Builder", a
    // context nothing looks up at run time).
    Q_DECLARE_TR_FUNCTIONS(Tsuzuki::SyncPlanner)

public:
    explicit Builder(const SyncPlannerInput &in)
        : m_in(in)
    {
        m_plan.mode = in.mode;
        m_plan.options = in.options;
        m_plan.createdAt = in.now;
        m_plan.windowStart = in.windowStart;
        m_plan.warnings = in.warnings;
    }

    /// Plans episodes `episodes` of `media`; returns how many were new (planned or unmapped).
    int addEpisodes(const AniListMedia &media, const QList<int> &episodes,
        const QDateTime &watchedAt, qint64 activityId, qint64 activityAt, PlannedActivity *activity)
    {
        int fresh = 0;
        const QSet<int> done = m_in.onTrakt.value(media.id);
        const QSet<int> never = m_in.never.value(media.id);
        for (int abs : episodes) {
            const QString itemId = PlannedPlay::makeItemId(media.id, abs);
            if (done.contains(abs)) {
                ++m_plan.counters.alreadySynced;
                continue;
            }
            if (m_seen.contains(itemId)) {
                // The same episode twice in one window (a rewatch, a duplicate activity): one play
                // only.
                ++m_plan.counters.alreadySynced;
                continue;
            }
            m_seen.insert(itemId);
            if (never.contains(abs)) {
                ++m_plan.counters.neverPost;
                m_plan.skipped << SkippedItem { SkipKind::NeverPost, media.id, media.displayTitle(),
                    abs, tr("You chose never to post this (Progress → Never post)"), activityId };
                continue;
            }
            ++fresh;
            const PlayTarget t = m_in.target ? m_in.target(media, abs) : PlayTarget {};
            if (!t.mapped) {
                ++m_plan.counters.skippedUnmapped;
                m_plan.skipped << SkippedItem { SkipKind::Unmapped, media.id, media.displayTitle(),
                    abs, t.reason.isEmpty() ? tr("No Trakt mapping found") : t.reason, activityId };
                continue;
            }
            if (t.mapped && t.heldNotFound) {
                ++m_plan.counters.skippedUnmapped;
                m_plan.skipped << SkippedItem { SkipKind::NeedsMapping, media.id,
                    media.displayTitle(), abs,
                    tr("Trakt did not find this episode at the mapped place; it waits until the "
                       "mapping changes"),
                    activityId };
                continue;
            }
            if (t.movie && t.postedWith && *t.postedWith != abs) {
                m_plan.skipped << SkippedItem { SkipKind::PartOfMovie, media.id,
                    media.displayTitle(), abs,
                    tr("Part of a movie posted with episode %1").arg(*t.postedWith), activityId };
                continue;
            }
            const PlannedPlay p
                = SyncPlanner::playAt(media, abs, t, watchedAt, activityId, activityAt);
            if (m_in.watched && !m_in.options.includeWatched) {
                if (const auto has = m_in.watched->find(p)) {
                    // Trakt has it already (logged by hand, a scrobbler, another tool): a second
                    // play would be a duplicate in the user's history.
                    --fresh;
                    ++m_plan.counters.alreadyOnTrakt;
                    m_plan.skipped << SyncPlanner::alreadyOnTrakt(p, *has);
                    continue;
                }
            }
            m_plan.plays << p;
            if (activity)
                activity->itemIds << itemId;
        }
        return fresh;
    }

    void planFull()
    {
        QList<AniListActivity> acts = m_in.activities;
        std::stable_sort(
            acts.begin(), acts.end(), [](const AniListActivity &a, const AniListActivity &b) {
                return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
            });
        for (const AniListActivity &a : acts) {
            if (a.createdAt <= m_in.windowStart)
                continue;
            ++m_plan.counters.found;
            if (!SyncPlanner::isTimeInRange(a.createdAt, m_in.now)) {
                // Never planned and never part of the window: a time in 2100 would become
                // lastSyncTimestamp and hide every later activity.
                const QString when
                    = QDateTime::fromSecsSinceEpoch(a.createdAt, Qt::UTC).toString(Qt::ISODate);
                m_plan.skipped << SkippedItem { SkipKind::InvalidTime, a.media.id,
                    a.media.displayTitle(), 0,
                    tr("Activity %1 has an impossible time (%2); skipped").arg(a.id).arg(when),
                    a.id };
                m_plan.warnings << tr("AniList activity %1 (%2) is dated %3, in the future; it was "
                                      "skipped.")
                                       .arg(a.id)
                                       .arg(a.media.displayTitle(), when);
                continue;
            }
            PlannedActivity pa { a.id, a.createdAt, {} };
            if (!isWatchActivity(a)) {
                m_plan.activities << pa;
                continue;
            }
            QList<int> episodes;
            if (a.media.isMovie()) {
                episodes = { 1 };
            } else {
                auto parsed = parseAniListProgress(a.progress);
                if (!parsed) {
                    m_plan.skipped << SkippedItem { SkipKind::InvalidProgress, a.media.id,
                        a.media.displayTitle(), 0, tr("Unreadable progress \"%1\"").arg(a.progress),
                        a.id };
                    m_plan.activities << pa;
                    continue;
                }
                episodes = parsed.value();
            }
            addEpisodes(a.media, episodes, QDateTime::fromSecsSinceEpoch(a.createdAt, Qt::UTC),
                a.id, a.createdAt, &pa);
            m_plan.activities << pa;
        }
    }

    void planEntries()
    {
        QList<AniListListEntry> entries = m_in.entries;
        std::stable_sort(entries.begin(), entries.end(),
            [](const AniListListEntry &a, const AniListListEntry &b) {
                return a.media.id < b.media.id;
            });
        for (const AniListListEntry &e : entries) {
            const bool completed = e.status == u"COMPLETED"_s;
            if (m_in.mode == SyncMode::Completed && !completed)
                continue;
            if (m_in.mode == SyncMode::Watching && e.status != u"CURRENT"_s)
                continue;
            if (m_in.mode == SyncMode::Show && e.media.id != m_in.options.anilistId)
                continue;
            ++m_plan.counters.found;
            int end = e.progress;
            if (end <= 0 && completed)
                end = e.media.isMovie() ? 1 : e.media.episodes;
            if (e.media.isMovie() && end > 1)
                end = 1;
            if (end <= 0) {
                m_plan.skipped << SkippedItem { SkipKind::NoEpisodes, e.media.id,
                    e.media.displayTitle(), 0, tr("No watched episodes on AniList"), 0 };
                continue;
            }
            const QDateTime watched = completed ? SyncPlanner::completedAt(e, m_in.now) : m_in.now;
            QList<int> episodes;
            for (int n = 1; n <= end; ++n)
                episodes << n;
            const int fresh = addEpisodes(e.media, episodes, watched, 0, 0, nullptr);
            if (fresh == 0)
                ++m_plan.counters.alreadySyncedShows;
        }
    }

    SyncPlan finish()
    {
        m_plan.counters.synced = int(m_plan.plays.size());
        return m_plan;
    }

private:
    const SyncPlannerInput &m_in;
    SyncPlan m_plan;
    QSet<QString> m_seen;
};

} // namespace

PlannedPlay SyncPlanner::playAt(const AniListMedia &media, int absEpisode, const PlayTarget &t,
    const QDateTime &watchedAt, qint64 activityId, qint64 activityAt)
{
    PlannedPlay p;
    p.itemId = PlannedPlay::makeItemId(media.id, absEpisode);
    p.anilistId = media.id;
    p.title = media.displayTitle();
    p.absEpisode = absEpisode;
    p.movie = t.movie;
    p.traktId = t.traktId;
    p.tmdbId = t.tmdbId;
    p.tvdbId = t.tvdbId;
    p.imdbId = t.imdbId;
    p.season = t.season;
    p.episode = t.episode;
    p.watchedAt = wholeSeconds(watchedAt);
    p.rule = t.rule;
    p.source = t.source;
    p.activityId = activityId;
    p.activityAt = activityAt;
    return p;
}

SkippedItem SyncPlanner::alreadyOnTrakt(const PlannedPlay &p, const TraktWatchedPlay &onTrakt)
{
    SkippedItem item { SkipKind::AlreadyOnTrakt, p.anilistId, p.title, p.ledgerEpisode(),
        onTrakt.lastWatchedAt.isValid()
            ? tr("Already on Trakt (watched %1)")
                  .arg(onTrakt.lastWatchedAt.toUTC().toString(Qt::ISODate))
            : tr("Already on Trakt"),
        p.activityId };
    item.movie = p.movie;
    item.traktId = p.traktId;
    item.season = p.season;
    item.episode = p.episode;
    item.targetIds = QString::fromUtf8(QJsonDocument(p.idsJson()).toJson(QJsonDocument::Compact));
    item.watchedAt = p.watchedAt;
    item.traktWatchedAt = onTrakt.lastWatchedAt;
    item.traktPlays = onTrakt.plays;
    return item;
}

int SyncPlanner::dropWatched(SyncPlan &plan, const TraktWatchedIndex &watched)
{
    if (plan.options.includeWatched)
        return 0;
    QSet<QString> moved;
    QList<PlannedPlay> keep;
    keep.reserve(plan.plays.size());
    for (const PlannedPlay &p : std::as_const(plan.plays)) {
        // A rewatch n is there when Trakt counts more than n plays (the first watch + n).
        if (const auto has = watched.find(p); has && has->plays > p.rewatch) {
            plan.skipped << alreadyOnTrakt(p, *has);
            if (p.rewatch > 0)
                --plan.counters.rewatches;
            ++plan.counters.alreadyOnTrakt;
            moved.insert(p.itemId);
            continue;
        }
        keep << p;
    }
    if (moved.isEmpty())
        return 0;
    plan.plays = keep;
    plan.counters.synced = int(plan.plays.size());
    // Not posted, and nothing left to wait for: the activity window may move past them.
    for (PlannedActivity &a : plan.activities)
        a.itemIds.removeIf([&moved](const QString &id) { return moved.contains(id); });
    return int(moved.size());
}

QDateTime SyncPlanner::completedAt(const AniListListEntry &entry, const QDateTime &now)
{
    const QDate date = entry.completedAt.toDate();
    if (!date.isValid())
        return now;
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

bool SyncPlanner::isTimeInRange(qint64 unixSeconds, const QDateTime &now)
{
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return unixSeconds > 0 && unixSeconds <= reference.toSecsSinceEpoch() + SyncWindowSkewSeconds;
}

qint64 SyncPlanner::usableWindowStart(qint64 stored, const QDateTime &now, QString *warning)
{
    if (stored <= 0 || isTimeInRange(stored, now))
        return std::max<qint64>(0, stored);
    if (warning) {
        *warning = tr("The stored sync window (lastSyncTimestamp %1) is in the future; every "
                      "activity is read again and plays already on Trakt are skipped.")
                       .arg(stored);
    }
    return 0;
}

QList<AniListMedia> SyncPlanner::mediaToMap(const SyncPlannerInput &input)
{
    QList<AniListMedia> media;
    QSet<qint64> seen;
    auto add = [&](const AniListMedia &m) {
        if (!seen.contains(m.id)) {
            seen.insert(m.id);
            media << m;
        }
    };
    if (input.mode == SyncMode::Full) {
        for (const AniListActivity &a : input.activities) {
            if (a.createdAt > input.windowStart && isWatchActivity(a)
                && isTimeInRange(a.createdAt, input.now))
                add(a.media);
        }
    } else {
        for (const AniListListEntry &e : input.entries)
            add(e.media);
    }
    return media;
}

SyncPlan SyncPlanner::plan(const SyncPlannerInput &input)
{
    Builder b(input);
    if (input.mode == SyncMode::Full)
        b.planFull();
    else
        b.planEntries();
    return b.finish();
}

} // namespace Tsuzuki

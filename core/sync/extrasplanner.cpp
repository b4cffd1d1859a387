#include "core/sync/extrasplanner.h"

#include "core/net/anilistprogress.h"
#include "core/sync/extrasrules.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki::ExtrasPlanner {

namespace {

/// A rewatch Trakt's "watch only once" keeps from being sent (the preview's and the run's rule).
SkippedItem notSentOnce(const PlannedPlay &p)
{
    SkippedItem s { SkipKind::WatchOnlyOnce, p.anilistId, p.title, p.ledgerEpisode(),
        QCoreApplication::translate(
            "Tsuzuki::ExtrasPlanner", "Not sent: \"watch only once\" is on in your Trakt settings"),
        p.activityId };
    s.movie = p.movie;
    s.traktId = p.traktId;
    s.season = p.season;
    s.episode = p.episode;
    s.watchedAt = p.watchedAt;
    return s;
}

bool isRewatchActivity(const AniListActivity &a)
{
    return a.status == u"rewatched episode"_s || (a.media.isMovie() && a.status == u"rewatched"_s);
}

/// Whether a list entry is in the mode's scope (the same entries the mode's plays come from).
bool inScope(const SyncPlannerInput &in, const AniListListEntry &e)
{
    switch (in.mode) {
    case SyncMode::Full:
        return true;
    case SyncMode::Completed:
        return e.status == u"COMPLETED"_s;
    case SyncMode::Watching:
        return e.status == u"CURRENT"_s || e.status == u"REPEATING"_s;
    case SyncMode::Show:
        return e.media.id == in.options.anilistId;
    }
    return false;
}

/// Watchlist and dropped-list changes concern the whole list: full and show modes only.
bool listsInScope(const SyncPlannerInput &in)
{
    return in.mode == SyncMode::Full || in.mode == SyncMode::Show;
}

bool sameTitle(const TraktIds &ids, bool movie, bool itemMovie, const PlayTarget &t)
{
    if (movie != itemMovie)
        return false;
    if (t.traktId && ids.trakt == *t.traktId)
        return true;
    if (!t.traktId && t.tmdbId && ids.tmdb == *t.tmdbId)
        return true;
    return !t.traktId && !t.tmdbId && !t.imdbId.isEmpty() && ids.imdb == t.imdbId;
}

PlannedExtra extraFor(ExtraAction action, const AniListMedia &media, const PlayTarget &t)
{
    PlannedExtra x;
    x.action = action;
    x.itemId = PlannedExtra::makeItemId(action, media.id);
    x.anilistId = media.id;
    x.title = media.displayTitle();
    x.movie = t.movie;
    x.traktId = t.traktId;
    x.tmdbId = t.tmdbId;
    x.tvdbId = t.tvdbId;
    x.imdbId = t.imdbId;
    return x;
}

/// The title (show or movie) of an entry on Trakt: where its first episode lands.
PlayTarget titleTarget(const SyncPlannerInput &in, const AniListMedia &media)
{
    return in.target ? in.target(media, 1) : PlayTarget {};
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Tsuzuki::ExtrasPlanner)

public:
    Builder(const SyncPlannerInput &in, SyncPlan &plan)
        : m_in(in)
        , m_plan(plan)
    {
        for (const AniListListEntry &e : in.library)
            m_entries.insert(e.media.id, &e);
        for (const PlannedPlay &p : std::as_const(plan.plays))
            m_planned.insert(p.itemId, p.activityId);
    }

    void rewatches()
    {
        if (m_in.mode == SyncMode::Full)
            rewatchActivities();
        for (const AniListListEntry &e : m_in.library) {
            if (inScope(m_in, e) && e.repeat > 0 && e.status != u"PLANNING"_s)
                rewatchCount(e);
        }
    }

    void ratings()
    {
        for (const AniListListEntry &e : m_in.library) {
            if (inScope(m_in, e) && e.score > 0)
                rate(e);
        }
    }

    void watchlist()
    {
        if (!listsInScope(m_in) && m_in.mode != SyncMode::Watching)
            return;
        const auto onWatchlist = [this](const PlayTarget &t) {
            return std::any_of(m_in.traktExtras.watchlist.cbegin(),
                m_in.traktExtras.watchlist.cend(),
                [&](const TraktListItem &i) { return sameTitle(i.ids, i.movie, t.movie, t); });
        };
        QList<PlannedExtra> adds;
        for (const AniListListEntry &e : m_in.library) {
            if (!inScope(m_in, e))
                continue;
            if (e.status == u"PLANNING"_s && listsInScope(m_in)) {
                const PlayTarget t = titleTarget(m_in, e.media);
                if (!t.mapped) {
                    notPlaced(e.media, t);
                    continue;
                }
                if (onWatchlist(t))
                    continue;
                PlannedExtra x = extraFor(ExtraAction::WatchlistAdd, e.media, t);
                x.detail = tr("Planning on AniList: add to the Trakt watchlist");
                adds << x;
            } else if (e.status != u"PLANNING"_s && m_in.ourWatchlist.contains(e.media.id)) {
                // Started (or finished, paused, dropped): off the watchlist, but only because we
                // put it there. An item the user listed on Trakt stays.
                const PlayTarget t = titleTarget(m_in, e.media);
                if (!t.mapped || !onWatchlist(t))
                    continue;
                PlannedExtra x = extraFor(ExtraAction::WatchlistRemove, e.media, t);
                x.detail = tr("Started on AniList: remove from the Trakt watchlist (Tsuzuki "
                              "added it)");
                m_plan.extras << x;
                ++m_plan.counters.watchlistRemoved;
            }
        }
        // Nothing is half-sent: what does not fit under the account's limit is not sent at all.
        const int limit = m_in.traktExtras.watchlistLimit;
        const int have = int(m_in.traktExtras.watchlist.size());
        const int room = limit > 0 ? std::max(0, limit - have) : int(adds.size());
        for (int i = 0; i < adds.size(); ++i) {
            if (i < room) {
                m_plan.extras << adds.at(i);
                ++m_plan.counters.watchlistAdded;
                continue;
            }
            const PlannedExtra &x = adds.at(i);
            SkippedItem s { SkipKind::WatchlistFull, x.anilistId, x.title, 0,
                tr("Does not fit: your Trakt watchlist holds at most %1 items and has %2")
                    .arg(limit)
                    .arg(have),
                0 };
            s.movie = x.movie;
            s.traktId = x.traktId;
            m_plan.skipped << s;
        }
    }

    void dropped()
    {
        if (!listsInScope(m_in))
            return;
        for (const AniListListEntry &e : m_in.library) {
            if (!inScope(m_in, e) || e.status != u"DROPPED"_s)
                continue;
            const PlayTarget t = titleTarget(m_in, e.media);
            if (!t.mapped) {
                notPlaced(e.media, t);
                continue;
            }
            if (t.movie)
                continue; // Trakt's dropped list holds shows only
            const bool listed
                = std::any_of(m_in.traktExtras.dropped.cbegin(), m_in.traktExtras.dropped.cend(),
                    [&](const TraktListItem &i) { return sameTitle(i.ids, i.movie, false, t); });
            if (listed)
                continue;
            PlannedExtra x = extraFor(ExtraAction::Drop, e.media, t);
            x.detail = tr("Dropped on AniList: add to Trakt's dropped shows");
            m_plan.extras << x;
            ++m_plan.counters.dropped;
        }
    }

private:
    struct Rewatch
    {
        qint64 at = 0;
        qint64 activityId = 0;
    };

    void rewatchActivities()
    {
        // Per (media, episode): the rewatch activities of the window, oldest first.
        QHash<QString, QList<Rewatch>> byEpisode;
        QHash<QString, std::pair<AniListMedia, int>> what;
        for (const AniListActivity &a : m_in.activities) {
            if (a.createdAt <= m_in.windowStart || !isRewatchActivity(a)
                || !SyncPlanner::isTimeInRange(a.createdAt, m_in.now))
                continue;
            QList<int> episodes { 1 };
            if (!a.media.isMovie()) {
                auto parsed = parseAniListProgress(a.progress);
                if (!parsed)
                    continue; // SyncPlanner lists it as unreadable
                episodes = parsed.value();
            }
            for (int abs : episodes) {
                const QString first = PlannedPlay::makeItemId(a.media.id, abs);
                // This activity is the episode's first play (it was never posted): not a rewatch.
                if (m_planned.value(first, -1) == a.id)
                    continue;
                byEpisode[first] << Rewatch { a.createdAt, a.id };
                what.insert(first, { a.media, abs });
            }
        }
        for (auto it = byEpisode.begin(); it != byEpisode.end(); ++it) {
            QList<Rewatch> &list = it.value();
            std::stable_sort(list.begin(), list.end(),
                [](const Rewatch &a, const Rewatch &b) { return a.at < b.at; });
            const auto [media, abs] = what.value(it.key());
            // The rewatch under way is repeat + 1 (REPEATING); a finished one is `repeat`.
            // Earlier activities of the window are the rewatches before it.
            const AniListListEntry *entry = m_entries.value(media.id);
            const int current = !entry            ? 1
                : entry->status == u"REPEATING"_s ? entry->repeat + 1
                                                  : std::max(1, entry->repeat);
            const int m = int(list.size());
            for (int k = 0; k < m; ++k) {
                const int n = std::max(current - (m - 1 - k), k + 1);
                addRewatch(media, abs, n, QDateTime::fromSecsSinceEpoch(list.at(k).at, Qt::UTC),
                    list.at(k).activityId, u"activity"_s);
            }
        }
    }

    void rewatchCount(const AniListListEntry &e)
    {
        const int episodes = e.media.isMovie() ? 1
            : e.media.episodes > 0             ? e.media.episodes
                                               : e.progress;
        if (episodes <= 0)
            return;
        const int repeats = std::min(e.repeat, ExtrasRules::MaxRewatch);
        // AniList keeps only the count: the rewatches are spread between the first watch's end
        // and the entry's last update, one minute apart per episode.
        const QDateTime first = SyncPlanner::completedAt(e, m_in.now);
        QDateTime last
            = e.updatedAt > 0 ? QDateTime::fromSecsSinceEpoch(e.updatedAt, Qt::UTC) : m_in.now;
        // Room for every rewatch's episodes before the next rewatch starts.
        const qint64 needed = qint64(repeats + 1) * episodes * 60;
        qint64 start = first.toSecsSinceEpoch();
        qint64 span = last.toSecsSinceEpoch() - start;
        if (span < needed + 60) {
            // Too little time between the two dates: after the first watch, never past now.
            span = needed + 60;
            start = std::min(start, m_in.now.toSecsSinceEpoch() - span);
        }
        for (int n = 1; n <= repeats; ++n) {
            const qint64 base = start + span * n / (repeats + 1);
            for (int abs = 1; abs <= episodes; ++abs) {
                const qint64 at = base + qint64(abs - 1) * 60;
                addRewatch(
                    e.media, abs, n, QDateTime::fromSecsSinceEpoch(at, Qt::UTC), 0, u"spread"_s);
            }
        }
    }

    void addRewatch(const AniListMedia &media, int abs, int n, const QDateTime &when,
        qint64 activityId, const QString &dateSource)
    {
        const QString itemId = PlannedPlay::makeRewatchId(media.id, abs, n);
        if (m_seen.contains(itemId))
            return;
        m_seen.insert(itemId);
        const int key = ExtrasRules::ledgerEpisode(abs, n);
        if (m_in.covered.value(media.id).contains(key))
            return; // sent before (not counted: a library's repeat counts are read every run)
        if (m_in.never.value(media.id).contains(key) || m_in.never.value(media.id).contains(abs))
            return;
        const PlayTarget t = m_in.target ? m_in.target(media, abs) : PlayTarget {};
        if (!t.mapped || t.heldNotFound || (t.movie && t.postedWith && *t.postedWith != abs))
            return; // the first play says why (needs mapping, part of a movie)
        PlannedPlay p = SyncPlanner::playAt(
            media, abs, t, when, activityId, activityId ? when.toSecsSinceEpoch() : 0);
        p.itemId = itemId;
        p.rewatch = n;
        p.dateSource = dateSource;
        // A rewatch needs its first play on Trakt (or in this run): alone, it would read as the
        // first play and the first watch would never be posted.
        const auto onTrakt = m_in.watched ? m_in.watched->find(p) : std::nullopt;
        const bool firstCovered = m_in.covered.value(media.id).contains(abs)
            || m_planned.contains(PlannedPlay::makeItemId(media.id, abs)) || onTrakt.has_value();
        if (!firstCovered)
            return;
        if (m_in.traktExtras.read && m_in.traktExtras.watchOnlyOnce) {
            m_plan.skipped << notSentOnce(p);
            return;
        }
        // Trakt counts every play: the first watch and n rewatches make n + 1.
        if (onTrakt && onTrakt->plays > n && !m_in.options.includeWatched) {
            SkippedItem s = SyncPlanner::alreadyOnTrakt(p, *onTrakt);
            s.absEpisode = key;
            s.reason = tr("Already on Trakt (%n plays)", nullptr, onTrakt->plays);
            ++m_plan.counters.alreadyOnTrakt;
            m_plan.skipped << s;
            return;
        }
        m_plan.plays << p;
        ++m_plan.counters.rewatches;
        if (activityId) {
            for (PlannedActivity &a : m_plan.activities) {
                if (a.id == activityId) {
                    a.itemIds << itemId;
                    break;
                }
            }
        }
    }

    void rate(const AniListListEntry &e)
    {
        const RatingRounding rounding = m_in.options.rounding;
        const int rating = ExtrasRules::traktRating(e.score, e.scoreFormat, rounding);
        if (rating <= 0)
            return; // unrated (or a format we do not know): nothing is sent, nothing removed
        const PlayTarget t = titleTarget(m_in, e.media);
        if (!t.mapped) {
            notPlaced(e.media, t);
            return;
        }
        int season = 0;
        if (!t.movie && !(t.season == 1 && t.episode == 1)) {
            if (t.season < 2) {
                SkippedItem s { SkipKind::ExtraNotPlaced, e.media.id, e.media.displayTitle(), 0,
                    tr("Not rated: this entry is part of a Trakt season (from episode %1), and "
                       "Trakt rates whole seasons")
                        .arg(t.episode),
                    0 };
                m_plan.skipped << s;
                return;
            }
            season = t.season;
        }
        int previous = 0;
        for (const TraktRating &r : m_in.traktExtras.ratings) {
            const bool movie = r.kind == TraktRating::Kind::Movie;
            const int rSeason = r.kind == TraktRating::Kind::Season ? r.season : 0;
            if (rSeason == season && sameTitle(r.ids, movie, t.movie, t)) {
                previous = r.rating;
                break;
            }
        }
        if (previous == rating)
            return; // unchanged: nothing to send
        PlannedExtra x = extraFor(ExtraAction::Rate, e.media, t);
        x.season = season;
        x.rating = rating;
        x.previousRating = previous;
        x.score = e.score;
        x.scoreFormat = e.scoreFormat;
        const QString from = ExtrasRules::scoreText(e.score, e.scoreFormat);
        x.detail = previous > 0
            ? tr("AniList %1 → Trakt %2/10 (replaces %3/10)").arg(from).arg(rating).arg(previous)
            : tr("AniList %1 → Trakt %2/10").arg(from).arg(rating);
        if (season > 0)
            x.detail += u' ' + tr("(season %1)").arg(season);
        m_plan.extras << x;
        ++m_plan.counters.ratings;
    }

    void notPlaced(const AniListMedia &media, const PlayTarget &t)
    {
        if (m_notPlaced.contains(media.id))
            return;
        m_notPlaced.insert(media.id);
        m_plan.skipped << SkippedItem { SkipKind::ExtraNotPlaced, media.id, media.displayTitle(), 0,
            t.reason.isEmpty() ? tr("No Trakt mapping found") : t.reason, 0 };
    }

    const SyncPlannerInput &m_in;
    SyncPlan &m_plan;
    QHash<qint64, const AniListListEntry *> m_entries;
    QHash<QString, qint64> m_planned; ///< first plays in the plan → their activity
    QSet<QString> m_seen;
    QSet<qint64> m_notPlaced;
};

} // namespace

void plan(const SyncPlannerInput &input, SyncPlan &plan)
{
    const SyncExtras extras = input.options.extras;
    if (!extras)
        return;
    Builder b(input, plan);
    if (extras.testFlag(SyncExtra::Rewatches))
        b.rewatches();
    if (input.traktExtras.read) {
        if (extras.testFlag(SyncExtra::Ratings))
            b.ratings();
        if (extras.testFlag(SyncExtra::Watchlist))
            b.watchlist();
        if (extras.testFlag(SyncExtra::Dropped))
            b.dropped();
    } else if (extras & (SyncExtra::Ratings | SyncExtra::Watchlist | SyncExtra::Dropped)) {
        plan.warnings << QCoreApplication::translate("Tsuzuki::ExtrasPlanner",
            "Ratings, the watchlist and dropped shows are planned once you are logged in to "
            "Trakt (Settings → Accounts).");
    }
    plan.counters.synced = int(plan.plays.size());
}

QList<AniListMedia> mediaToMap(const SyncPlannerInput &input)
{
    QList<AniListMedia> media;
    if (!input.options.extras)
        return media;
    for (const AniListListEntry &e : input.library) {
        if (inScope(input, e))
            media << e.media;
    }
    return media;
}

int dropRewatches(SyncPlan &plan)
{
    QSet<QString> moved;
    QList<PlannedPlay> keep;
    for (const PlannedPlay &p : std::as_const(plan.plays)) {
        if (p.rewatch == 0) {
            keep << p;
            continue;
        }
        plan.skipped << notSentOnce(p);
        moved.insert(p.itemId);
    }
    if (moved.isEmpty())
        return 0;
    plan.plays = keep;
    plan.counters.synced = int(plan.plays.size());
    plan.counters.rewatches -= int(moved.size());
    for (PlannedActivity &a : plan.activities)
        a.itemIds.removeIf([&moved](const QString &id) { return moved.contains(id); });
    return int(moved.size());
}

} // namespace Tsuzuki::ExtrasPlanner

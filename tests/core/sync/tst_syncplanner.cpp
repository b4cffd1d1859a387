// SyncPlanner on plain values: ranges, ledger, never-post, Trakt's watched state, duplicates,
// unmapped, movies, modes, counters.
#include "core/sync/syncplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
AniListMedia media(int id, int episodes, bool movie = false)
{
    AniListMedia m;
    m.id = id;
    m.episodes = episodes;
    m.format = movie ? u"MOVIE"_s : u"TV"_s;
    m.titleRomaji = u"Show %1"_s.arg(id);
    return m;
}

AniListActivity activity(qint64 id, int mediaId, const QString &progress, qint64 at,
    const QString &status = u"watched episode"_s)
{
    AniListActivity a;
    a.id = id;
    a.media = media(mediaId, 24, mediaId >= 900);
    a.progress = progress;
    a.createdAt = at;
    a.status = status;
    return a;
}

PlayTarget mapAll(const AniListMedia &m, int abs)
{
    PlayTarget t;
    if (m.id == 13) { // unmapped show
        t.reason = u"no mapping"_s;
        return t;
    }
    t.mapped = true;
    t.movie = m.isMovie();
    t.traktId = m.id * 10;
    t.season = abs > 12 ? 2 : 1;
    t.episode = abs > 12 ? abs - 12 : abs;
    t.rule = u"breakpoint"_s;
    t.source = u"test"_s;
    return t;
}
} // namespace

class TestSyncPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void full_data()
    {
        QTest::addColumn<QList<AniListActivity>>("activities");
        QTest::addColumn<QList<int>>("never1"); // ledger "never" of media 1
        QTest::addColumn<QList<int>>("ledger1"); // ledger "added" of media 1
        QTest::addColumn<QStringList>("expected"); // item ids in order
        QTest::addColumn<int>("alreadySynced");
        QTest::addColumn<int>("unmapped");

        QTest::newRow("range expands")
            << QList<AniListActivity> { activity(1, 1, u"3 - 5"_s, 100) } << QList<int> {}
            << QList<int> {} << QStringList { u"1:3"_s, u"1:4"_s, u"1:5"_s } << 0 << 0;
        QTest::newRow("never post skips")
            << QList<AniListActivity> { activity(1, 1, u"3 - 5"_s, 100) } << QList<int> { 3, 4 }
            << QList<int> {} << QStringList { u"1:5"_s } << 0 << 0;
        QTest::newRow("ledger skips")
            << QList<AniListActivity> { activity(1, 1, u"3 - 5"_s, 100) } << QList<int> {}
            << QList<int> { 4 } << QStringList { u"1:3"_s, u"1:5"_s } << 1 << 0;
        QTest::newRow("oldest first, duplicates once")
            << QList<AniListActivity> { activity(2, 1, u"2"_s, 200),
                   activity(1, 1, u"1 - 2"_s, 100) }
            << QList<int> {} << QList<int> {} << QStringList { u"1:1"_s, u"1:2"_s } << 1 << 0;
        QTest::newRow("unmapped is skipped")
            << QList<AniListActivity> { activity(1, 13, u"1"_s, 100) } << QList<int> {}
            << QList<int> {} << QStringList {} << 0 << 1;
        QTest::newRow("movie completed")
            << QList<AniListActivity> { activity(1, 901, QString(), 100, u"completed"_s) }
            << QList<int> {} << QList<int> {} << QStringList { u"901:1"_s } << 0 << 0;
        QTest::newRow("completed show is not a play")
            << QList<AniListActivity> { activity(1, 1, QString(), 100, u"completed"_s) }
            << QList<int> {} << QList<int> {} << QStringList {} << 0 << 0;
        QTest::newRow("junk progress")
            << QList<AniListActivity> { activity(1, 1, u"abc"_s, 100) } << QList<int> {}
            << QList<int> {} << QStringList {} << 0 << 0;
        QTest::newRow("at or before the window")
            << QList<AniListActivity> { activity(1, 1, u"1"_s, 50) } << QList<int> {}
            << QList<int> {} << QStringList {} << 0 << 0;
    }

    void full()
    {
        QFETCH(QList<AniListActivity>, activities);
        QFETCH(QList<int>, never1);
        QFETCH(QList<int>, ledger1);
        QFETCH(QStringList, expected);
        QFETCH(int, alreadySynced);
        QFETCH(int, unmapped);
        SyncPlannerInput in;
        in.mode = SyncMode::Full;
        in.windowStart = 50;
        in.now = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        in.activities = activities;
        in.never.insert(1, QSet<int>(never1.cbegin(), never1.cend()));
        in.onTrakt.insert(1, QSet<int>(ledger1.cbegin(), ledger1.cend()));
        in.target = mapAll;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.itemIds(), expected);
        QCOMPARE(plan.counters.alreadySynced, alreadySynced);
        QCOMPARE(plan.counters.skippedUnmapped, unmapped);
        QCOMPARE(plan.counters.neverPost, int(never1.size()));
        QCOMPARE(plan.counters.synced, int(expected.size()));
        for (const PlannedPlay &p : plan.plays) {
            QCOMPARE(p.watchedAt.toSecsSinceEpoch(), p.activityAt);
            QVERIFY(p.traktId);
        }
        // The same input gives the same plan.
        QCOMPARE(SyncPlanner::plan(in).toJson(), plan.toJson());
    }

    void laterEpisodesInTheirSeason()
    {
        SyncPlannerInput in;
        in.mode = SyncMode::Full;
        in.activities = { activity(1, 1, u"12 - 14"_s, 100) };
        in.target = mapAll;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.plays.size(), 3);
        QCOMPARE(plan.plays.at(0).season, 1);
        QCOMPARE(plan.plays.at(1).season, 2);
        QCOMPARE(plan.plays.at(1).episode, 1);
        QCOMPARE(plan.activities.size(), 1);
        QCOMPARE(plan.activities.first().itemIds.size(), 3);
    }

    void entryModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("alreadyShows");
        QTest::newRow("completed") << int(SyncMode::Completed)
                                   << QStringList { u"2:3"_s, u"3:1"_s, u"3:2"_s, u"901:1"_s } << 0;
        QTest::newRow("watching") << int(SyncMode::Watching) << QStringList { u"4:1"_s } << 1;
    }

    void entryModes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, expected);
        QFETCH(int, alreadyShows);
        auto entry
            = [](int id, const QString &status, int progress, int episodes, bool movie = false) {
                  AniListListEntry e;
                  e.media = media(id, episodes, movie);
                  e.status = status;
                  e.progress = progress;
                  return e;
              };
        SyncPlannerInput in;
        in.mode = SyncMode(mode);
        in.now = QDateTime::fromSecsSinceEpoch(5000, Qt::UTC);
        in.entries = { entry(2, u"COMPLETED"_s, 3, 3), entry(3, u"COMPLETED"_s, 0, 2),
            entry(901, u"COMPLETED"_s, 1, 1, true), entry(4, u"CURRENT"_s, 1, 12),
            entry(5, u"CURRENT"_s, 2, 12), entry(6, u"PLANNING"_s, 0, 12) };
        in.entries[0].completedAt = { 2024, 2, 3 };
        // Ours on Trakt already (the ledger): 2:1-2 and 5:1-2.
        in.onTrakt.insert(2, { 1, 2 });
        in.onTrakt.insert(5, { 1, 2 });
        in.target = mapAll;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.itemIds(), expected);
        QCOMPARE(plan.counters.alreadySyncedShows, alreadyShows);
        for (const PlannedPlay &p : plan.plays) {
            if (p.anilistId == 2)
                QCOMPARE(p.watchedAt, QDateTime(QDate(2024, 2, 3), QTime(12, 0), Qt::UTC));
            else
                QCOMPARE(p.watchedAt, in.now);
        }
    }

    /// Issue 14, §2: sync_progress no longer decides. A Full sync that posted episode 25 left
    /// last_abs at 25 and the completed sync posted nothing of 1-24; now the gap is filled.
    void gapsAreFilled()
    {
        SyncPlannerInput in;
        in.mode = SyncMode::Completed;
        in.now = QDateTime::fromSecsSinceEpoch(5000, Qt::UTC);
        AniListListEntry e;
        e.media = media(1, 25);
        e.status = u"COMPLETED"_s;
        e.progress = 25;
        in.entries = { e };
        in.onTrakt.insert(1, { 25 });
        in.target = mapAll;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.plays.size(), 24);
        QCOMPARE(plan.plays.first().itemId, u"1:1"_s);
        QCOMPARE(plan.plays.last().itemId, u"1:24"_s);
        QCOMPARE(plan.counters.alreadySynced, 1);
    }

    /// Issue 14, §1: what Trakt's watched state has is skipped with Trakt's date, in its own
    /// group; includeWatched posts it anyway; the run's second look moves plays the same way.
    void alreadyOnTrakt()
    {
        TraktWatchedItem show;
        show.ids.trakt = 10; // media 1 maps to Trakt show 10
        show.episodes = { TraktWatchedEpisode {
            1, 3, 2, QDateTime(QDate(2023, 4, 1), QTime(20, 0), Qt::UTC) } };
        TraktWatchedItem movie;
        movie.movie = true;
        movie.ids.tmdb = 777;
        movie.plays = 1;
        movie.lastWatchedAt = QDateTime(QDate(2022, 1, 2), QTime(10, 0), Qt::UTC);
        auto watched = std::make_shared<const TraktWatchedIndex>(QList { show, movie });

        SyncPlannerInput in;
        in.mode = SyncMode::Full;
        in.now = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        in.activities
            = { activity(1, 1, u"3 - 4"_s, 100), activity(2, 901, QString(), 200, u"completed"_s) };
        in.watched = watched;
        in.target = [](const AniListMedia &m, int abs) {
            PlayTarget t = mapAll(m, abs);
            if (m.isMovie()) { // known to Trakt by its TMDB id only
                t.traktId.reset();
                t.tmdbId = 777;
            }
            return t;
        };
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.itemIds(), QStringList { u"1:4"_s });
        QCOMPARE(plan.counters.alreadyOnTrakt, 2);
        QCOMPARE(plan.skipped.size(), 2);
        const SkippedItem &episode = plan.skipped.at(0);
        QCOMPARE(episode.kind, SkipKind::AlreadyOnTrakt);
        QCOMPARE(skipKindKey(episode.kind), u"alreadyOnTrakt"_s);
        QCOMPARE(episode.absEpisode, 3);
        QCOMPARE(episode.traktWatchedAt, QDateTime(QDate(2023, 4, 1), QTime(20, 0), Qt::UTC));
        QCOMPARE(episode.traktPlays, 2);
        QCOMPARE(
            episode.toJson().value(u"traktWatchedAt"_s).toString(), u"2023-04-01T20:00:00.000Z"_s);
        QCOMPARE(plan.skipped.at(1).anilistId, 901);
        QVERIFY(plan.skipped.at(1).movie);
        // The activity window may move past both activities: nothing of them waits.
        QCOMPARE(plan.activities.at(0).itemIds, QStringList { u"1:4"_s });
        QVERIFY(plan.activities.at(1).itemIds.isEmpty());
        QCOMPARE(SkippedItem::fromJson(episode.toJson()).traktWatchedAt, episode.traktWatchedAt);

        in.options.includeWatched = true;
        const SyncPlan again = SyncPlanner::plan(in);
        QCOMPARE(again.itemIds(), (QStringList { u"1:3"_s, u"1:4"_s, u"901:1"_s }));
        QCOMPARE(again.counters.alreadyOnTrakt, 0);

        // The run's second look: the same rule, the same item.
        in.options.includeWatched = false;
        in.watched.reset();
        SyncPlan late = SyncPlanner::plan(in);
        QCOMPARE(late.plays.size(), 3);
        QCOMPARE(SyncPlanner::dropWatched(late, *watched), 2);
        QCOMPARE(late.itemIds(), QStringList { u"1:4"_s });
        QCOMPARE(late.skipped.at(0).toJson(), episode.toJson());
        QVERIFY(late.activities.at(1).itemIds.isEmpty());
    }

    void restrictedTo()
    {
        SyncPlannerInput in;
        in.activities = { activity(1, 1, u"1 - 4"_s, 100) };
        in.target = mapAll;
        const SyncPlan plan = SyncPlanner::plan(in);
        const SyncPlan part = plan.restrictedTo({ u"1:2"_s, u"1:4"_s, u"9:9"_s });
        QCOMPARE(part.itemIds(), (QStringList { u"1:2"_s, u"1:4"_s }));
        // "Never post" beats an approval.
        SyncPlan withNever = plan;
        withNever.neverPost = { u"1:4"_s };
        QCOMPARE(
            withNever.restrictedTo({ u"1:2"_s, u"1:4"_s }).itemIds(), QStringList { u"1:2"_s });
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncPlanner)
#include "tst_syncplanner.moc"

// Issue 16 on plain values: the score rule for every AniList score format and rounding, the
// rewatch ledger key, and ExtrasPlanner's decisions (rewatch numbering and dating, the first play
// first, "watch only once", Trakt's play counts, ratings changed / unchanged / unrated / per
// season, the watchlist limit, removals only of what we added, dropped shows only).
#include "core/sync/extrasplanner.h"
#include "core/sync/extrasrules.h"

#include <QSettings>
#include <QTemporaryDir>
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

AniListListEntry entry(int mediaId, const QString &status, int progress, int episodes = 12)
{
    AniListListEntry e;
    e.id = mediaId * 7;
    e.media = media(mediaId, episodes, mediaId >= 900);
    e.status = status;
    e.progress = progress;
    e.scoreFormat = u"POINT_10"_s;
    e.completedAt = { 2024, 1, 10 };
    e.updatedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    return e;
}

AniListActivity activity(
    qint64 id, const AniListMedia &m, const QString &status, const QString &progress, qint64 at)
{
    AniListActivity a;
    a.id = id;
    a.media = m;
    a.status = status;
    a.progress = progress;
    a.createdAt = at;
    return a;
}

/// Show N is Trakt show N*10, season 1 (episodes 1..12) or 2 (13..); media 2 starts at S2E1;
/// media 3 starts mid-season (S1E13 of show 30); movies are Trakt movies; media 13 is unmapped.
PlayTarget target(const AniListMedia &m, int abs)
{
    PlayTarget t;
    if (m.id == 13) {
        t.reason = u"no mapping"_s;
        return t;
    }
    t.mapped = true;
    t.movie = m.isMovie();
    t.traktId = m.id * 10;
    t.season = m.id == 2 ? 2 : 1;
    t.episode = m.id == 3 ? abs + 12 : abs;
    t.rule = u"test"_s;
    return t;
}

SyncPlannerInput input(SyncMode mode, SyncExtras extras)
{
    SyncPlannerInput in;
    in.mode = mode;
    in.options.extras = extras;
    in.now = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    in.target = target;
    in.traktExtras.read = true;
    return in;
}

QStringList ids(const SyncPlan &plan)
{
    return plan.itemIds();
}

QList<SkippedItem> skippedOf(const SyncPlan &plan, SkipKind kind)
{
    QList<SkippedItem> out;
    for (const SkippedItem &s : plan.skipped) {
        if (s.kind == kind)
            out << s;
    }
    return out;
}

TraktIds traktIds(qint64 trakt)
{
    TraktIds ids;
    ids.trakt = trakt;
    return ids;
}

} // namespace

class TestExtrasPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreRule_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("nearest");
        QTest::addColumn<int>("down");
        QTest::addColumn<int>("up");
        // docs/EXTRAS.md: score ÷ the format's maximum × 10, rounded as chosen, at least 1.
        QTest::newRow("100: 75 is 7.5") << u"POINT_100"_s << 75.0 << 8 << 7 << 8;
        QTest::newRow("100: 74") << u"POINT_100"_s << 74.0 << 7 << 7 << 8;
        QTest::newRow("100: 1 is at least 1") << u"POINT_100"_s << 1.0 << 1 << 1 << 1;
        QTest::newRow("100: 100") << u"POINT_100"_s << 100.0 << 10 << 10 << 10;
        QTest::newRow("10 decimal: 7.5") << u"POINT_10_DECIMAL"_s << 7.5 << 8 << 7 << 8;
        QTest::newRow("10 decimal: 8.3") << u"POINT_10_DECIMAL"_s << 8.3 << 8 << 8 << 9;
        QTest::newRow("10 decimal: 0.5") << u"POINT_10_DECIMAL"_s << 0.5 << 1 << 1 << 1;
        QTest::newRow("10: 7") << u"POINT_10"_s << 7.0 << 7 << 7 << 7;
        QTest::newRow("5 stars: 3") << u"POINT_5"_s << 3.0 << 6 << 6 << 6;
        QTest::newRow("5 stars: 1") << u"POINT_5"_s << 1.0 << 2 << 2 << 2;
        QTest::newRow("3 smileys: 1") << u"POINT_3"_s << 1.0 << 3 << 3 << 4;
        QTest::newRow("3 smileys: 2") << u"POINT_3"_s << 2.0 << 7 << 6 << 7;
        QTest::newRow("3 smileys: 3") << u"POINT_3"_s << 3.0 << 10 << 10 << 10;
        QTest::newRow("unrated sends nothing") << u"POINT_10"_s << 0.0 << 0 << 0 << 0;
        QTest::newRow("unknown format sends nothing") << u"STARS_7"_s << 5.0 << 0 << 0 << 0;
        QTest::newRow("above the maximum is the maximum")
            << u"POINT_10"_s << 12.0 << 10 << 10 << 10;
    }

    void scoreRule()
    {
        QFETCH(QString, format);
        QFETCH(double, score);
        QFETCH(int, nearest);
        QFETCH(int, down);
        QFETCH(int, up);
        QCOMPARE(ExtrasRules::traktRating(score, format, RatingRounding::Nearest), nearest);
        QCOMPARE(ExtrasRules::traktRating(score, format, RatingRounding::Down), down);
        QCOMPARE(ExtrasRules::traktRating(score, format, RatingRounding::Up), up);
    }

    void keysAndSettings()
    {
        QCOMPARE(ExtrasRules::ledgerEpisode(7, 0), 7);
        QCOMPARE(ExtrasRules::ledgerEpisode(7, 2), 200007);
        QCOMPARE(ExtrasRules::episodeOfKey(200007), 7);
        QCOMPARE(ExtrasRules::rewatchOfKey(200007), 2);
        QCOMPARE(ExtrasRules::rewatchOfKey(7), 0);
        QCOMPARE(PlannedPlay::itemIdForLedger(5, 200007), u"5:7:r2"_s);
        QCOMPARE(PlannedPlay::itemIdForLedger(5, 7), u"5:7"_s);

        QString bad;
        QCOMPARE(ExtrasRules::fromKeys(u"ratings, watchlist"_s).value(),
            SyncExtras(SyncExtra::Ratings | SyncExtra::Watchlist));
        QCOMPARE(ExtrasRules::fromKeys(u"none"_s).value(), SyncExtras());
        QCOMPARE(ExtrasRules::keys(ExtrasRules::fromKeys(u"all"_s).value()),
            (QStringList { u"rewatches"_s, u"ratings"_s, u"watchlist"_s, u"dropped"_s }));
        QVERIFY(!ExtrasRules::fromKeys(u"ratings,scrobbles"_s, &bad));
        QCOMPARE(bad, u"scrobbles"_s);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"t.conf"_s), QSettings::IniFormat);
        QCOMPARE(ExtrasRules::configured(settings), SyncExtras()); // off by default
        ExtrasRules::configure(
            settings, SyncExtra::Rewatches | SyncExtra::Dropped, RatingRounding::Down);
        settings.sync();
        QSettings again(dir.filePath(u"t.conf"_s), QSettings::IniFormat);
        QCOMPARE(
            ExtrasRules::configured(again), SyncExtras(SyncExtra::Rewatches | SyncExtra::Dropped));
        QCOMPARE(ExtrasRules::configuredRounding(again), RatingRounding::Down);
    }

    void nothingWithoutExtras()
    {
        SyncPlannerInput in = input(SyncMode::Full, {});
        AniListListEntry e = entry(1, u"COMPLETED"_s, 12);
        e.repeat = 2;
        e.score = 8;
        in.library << e;
        SyncPlan plan = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, plan);
        QVERIFY(plan.plays.isEmpty());
        QVERIFY(plan.extras.isEmpty());
    }

    void rewatchesFromActivitiesAndCounts()
    {
        SyncPlannerInput in = input(SyncMode::Full, SyncExtra::Rewatches);
        AniListListEntry e = entry(1, u"REPEATING"_s, 3, 3);
        e.repeat = 1; // one rewatch finished, the second under way
        in.library << e;
        // First plays 1-3 are on Trakt by the ledger; the window has the second rewatch of 1-2.
        in.covered[1] = { 1, 2, 3 };
        in.onTrakt[1] = { 1, 2, 3 };
        in.activities << activity(
            50, e.media, u"rewatched episode"_s, u"1 - 2"_s, in.now.addDays(-1).toSecsSinceEpoch());
        SyncPlan plan = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, plan);
        // Rewatch 2 (the one under way) from the activity; rewatch 1 of every episode from the
        // count, spread over the entry's dates.
        QStringList got = ids(plan);
        got.sort();
        QCOMPARE(
            got, (QStringList { u"1:1:r1"_s, u"1:1:r2"_s, u"1:2:r1"_s, u"1:2:r2"_s, u"1:3:r1"_s }));
        QCOMPARE(plan.counters.rewatches, 5);
        for (const PlannedPlay &p : plan.plays) {
            QCOMPARE(p.dateSource, p.rewatch == 2 ? u"activity"_s : u"spread"_s);
            QCOMPARE(p.season, 1);
            QCOMPARE(p.ledgerEpisode(), p.rewatch * 100000 + p.absEpisode);
            if (p.rewatch == 1) {
                // Between the first watch (completed 2024-01-10) and the last update (03-01).
                QVERIFY(p.watchedAt > QDateTime(QDate(2024, 1, 10), QTime(12, 0), Qt::UTC));
                QVERIFY(p.watchedAt < QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
            }
        }
        // Spread one minute apart: each spread play at its own minute (Trakt keeps minutes);
        // an activity's range shares the activity's time, as first plays do.
        QSet<qint64> minutes;
        int spread = 0;
        for (const PlannedPlay &p : plan.plays) {
            if (p.dateSource == u"spread"_s) {
                minutes.insert(p.watchedAt.toSecsSinceEpoch() / 60);
                ++spread;
            }
        }
        QCOMPARE(spread, 3);
        QCOMPARE(minutes.size(), spread);
        // The activity waits for its rewatches: the window moves past it only once they settle.
        QCOMPARE(plan.activities.size(), 1);
        QCOMPARE(plan.activities.first().itemIds.size(), 2);

        // The ledger has them now: nothing again.
        for (const PlannedPlay &p : plan.plays)
            in.covered[1].insert(p.ledgerEpisode());
        SyncPlan again = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, again);
        QVERIFY(again.plays.isEmpty());
    }

    void rewatchNeedsTheFirstPlay()
    {
        SyncPlannerInput in = input(SyncMode::Completed, SyncExtra::Rewatches);
        AniListListEntry e = entry(1, u"COMPLETED"_s, 2, 2);
        e.repeat = 1;
        in.library << e;
        in.entries << e;
        // First plays 1-2 planned in this same plan: their rewatches come along.
        SyncPlan plan = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(ids(plan), (QStringList { u"1:1"_s, u"1:2"_s, u"1:1:r1"_s, u"1:2:r1"_s }));
        // Episode 2's first play is "never post": its rewatch is not sent either (alone, it would
        // read as the first play).
        in.never[1] = { 2 };
        SyncPlan withNever = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, withNever);
        QCOMPARE(ids(withNever), (QStringList { u"1:1"_s, u"1:1:r1"_s }));
        // Unmapped: no rewatch either.
        SyncPlannerInput unmapped = input(SyncMode::Completed, SyncExtra::Rewatches);
        AniListListEntry u = entry(13, u"COMPLETED"_s, 2, 2);
        u.repeat = 3;
        unmapped.library << u;
        unmapped.entries << u;
        SyncPlan none = SyncPlanner::plan(unmapped);
        ExtrasPlanner::plan(unmapped, none);
        QVERIFY(none.plays.isEmpty());
    }

    void rewatchAgainstTraktsCounts()
    {
        SyncPlannerInput in = input(SyncMode::Show, SyncExtra::Rewatches);
        in.options.anilistId = 1;
        AniListListEntry e = entry(1, u"COMPLETED"_s, 2, 2);
        e.repeat = 2;
        in.library << e;
        in.entries << e;
        // Trakt: episode 1 played 3 times (first + 2 rewatches: all there), episode 2 twice.
        TraktWatchedItem show;
        show.ids = traktIds(10);
        show.episodes
            = { TraktWatchedEpisode { 1, 1, 3, {} }, TraktWatchedEpisode { 1, 2, 2, {} } };
        in.watched = std::make_shared<TraktWatchedIndex>(QList<TraktWatchedItem> { show });
        SyncPlan plan = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(ids(plan), QStringList { u"1:2:r2"_s });
        QCOMPARE(
            skippedOf(plan, SkipKind::AlreadyOnTrakt).size(), 2 + 3); // 2 first plays, 3 rewatches

        // The run's second look: Trakt got the play meanwhile.
        show.episodes[1].plays = 3;
        QCOMPARE(SyncPlanner::dropWatched(plan, TraktWatchedIndex({ show })), 1);
        QVERIFY(plan.plays.isEmpty());
        QCOMPARE(plan.counters.rewatches, 0);
    }

    void watchOnlyOnce()
    {
        SyncPlannerInput in = input(SyncMode::Completed, SyncExtra::Rewatches);
        in.traktExtras.watchOnlyOnce = true;
        AniListListEntry e = entry(1, u"COMPLETED"_s, 2, 2);
        e.repeat = 1;
        in.library << e;
        in.entries << e;
        SyncPlan plan = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(ids(plan), (QStringList { u"1:1"_s, u"1:2"_s })); // first plays only
        const auto held = skippedOf(plan, SkipKind::WatchOnlyOnce);
        QCOMPARE(held.size(), 2);
        QVERIFY(held.first().reason.contains(u"watch only once"_s));

        // A plan made without that knowledge loses its rewatches at the run's second look.
        in.traktExtras.watchOnlyOnce = false;
        SyncPlan earlier = SyncPlanner::plan(in);
        ExtrasPlanner::plan(in, earlier);
        QCOMPARE(earlier.plays.size(), 4);
        QCOMPARE(ExtrasPlanner::dropRewatches(earlier), 2);
        QCOMPARE(earlier.itemIds(), (QStringList { u"1:1"_s, u"1:2"_s }));
    }

    void ratings()
    {
        SyncPlannerInput in = input(SyncMode::Full, SyncExtra::Ratings);
        in.options.rounding = RatingRounding::Nearest;
        AniListListEntry show = entry(1, u"COMPLETED"_s, 12);
        show.score = 7.5; // → 8, Trakt has 6: replaced
        show.scoreFormat = u"POINT_10_DECIMAL"_s;
        AniListListEntry season = entry(2, u"COMPLETED"_s, 12);
        season.score = 9; // S2 entry: the season is rated
        AniListListEntry same = entry(4, u"COMPLETED"_s, 12);
        same.score = 7; // Trakt has 7 already: nothing
        AniListListEntry unrated = entry(5, u"COMPLETED"_s, 12);
        unrated.score = 0; // Trakt has 9: kept, nothing sent, nothing removed
        AniListListEntry part = entry(3, u"COMPLETED"_s, 12);
        part.score = 6; // part of a season: not rated
        AniListListEntry movie = entry(901, u"COMPLETED"_s, 1, 1);
        movie.score = 10;
        in.library << show << season << same << unrated << part << movie;
        in.traktExtras.ratings
            << TraktRating { TraktRating::Kind::Show, traktIds(10), 0, 6, {}, {} }
            << TraktRating { TraktRating::Kind::Show, traktIds(20), 0, 3, {}, {} }
            << TraktRating { TraktRating::Kind::Show, traktIds(40), 0, 7, {}, {} }
            << TraktRating { TraktRating::Kind::Show, traktIds(50), 0, 9, {}, {} };
        SyncPlan plan;
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(plan.extras.size(), 3);
        QHash<qint64, PlannedExtra> byId;
        for (const PlannedExtra &x : plan.extras) {
            QCOMPARE(x.action, ExtraAction::Rate);
            byId.insert(x.anilistId, x);
        }
        QCOMPARE(byId.value(1).rating, 8);
        QCOMPARE(byId.value(1).previousRating, 6);
        QCOMPARE(byId.value(1).season, 0);
        QVERIFY(byId.value(1).detail.contains(u"7.5/10"_s));
        QCOMPARE(byId.value(2).rating, 9);
        QCOMPARE(byId.value(2).season, 2);
        QCOMPARE(byId.value(2).previousRating, 0); // the show's 3 is not the season's
        QCOMPARE(byId.value(901).rating, 10);
        QVERIFY(byId.value(901).movie);
        QVERIFY(!byId.contains(4));
        QVERIFY(!byId.contains(5));
        QCOMPARE(skippedOf(plan, SkipKind::ExtraNotPlaced).size(), 1); // the part of a season
        QCOMPARE(plan.counters.ratings, 3);
        // Rounding down: 7.5 → 7.
        in.options.rounding = RatingRounding::Down;
        SyncPlan down;
        ExtrasPlanner::plan(in, down);
        for (const PlannedExtra &x : down.extras) {
            if (x.anilistId == 1)
                QCOMPARE(x.rating, 7);
        }
    }

    void watchlistLimitAndRemovals()
    {
        SyncPlannerInput in = input(SyncMode::Full, SyncExtra::Watchlist);
        in.library << entry(1, u"PLANNING"_s, 0) << entry(2, u"PLANNING"_s, 0)
                   << entry(4, u"PLANNING"_s, 0) << entry(5, u"CURRENT"_s, 3)
                   << entry(6, u"COMPLETED"_s, 12) << entry(13, u"PLANNING"_s, 0);
        // Trakt's watchlist: show 40 (already there), 50 (we put it there; now started), 60 (the
        // user's own); a limit of 3 items leaves room for one more.
        for (qint64 id : { 40, 50, 60 })
            in.traktExtras.watchlist << TraktListItem { false, traktIds(id), {}, {} };
        in.traktExtras.watchlistLimit = 3 + 1;
        in.ourWatchlist = { 5 };
        SyncPlan plan;
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(ids(plan), (QStringList { u"watchlist-remove:5"_s, u"watchlist-add:1"_s }));
        const auto full = skippedOf(plan, SkipKind::WatchlistFull);
        QCOMPARE(full.size(), 1);
        QCOMPARE(full.first().anilistId, 2);
        QVERIFY(full.first().reason.contains(u"at most 4"_s));
        QCOMPARE(skippedOf(plan, SkipKind::ExtraNotPlaced).size(), 1); // unmapped 13
        QCOMPARE(plan.counters.watchlistAdded, 1);
        QCOMPARE(plan.counters.watchlistRemoved, 1);
        // Watching mode: removals of what started, but no new watchlist items.
        in.mode = SyncMode::Watching;
        SyncPlan watching;
        ExtrasPlanner::plan(in, watching);
        QCOMPARE(ids(watching), QStringList { u"watchlist-remove:5"_s });
    }

    void droppedShowsOnly()
    {
        SyncPlannerInput in = input(SyncMode::Full, SyncExtra::Dropped);
        in.library << entry(1, u"DROPPED"_s, 3) << entry(2, u"DROPPED"_s, 1)
                   << entry(901, u"DROPPED"_s, 0, 1) << entry(4, u"PAUSED"_s, 2);
        in.traktExtras.dropped << TraktListItem { false, traktIds(20), {}, {} };
        SyncPlan plan;
        ExtrasPlanner::plan(in, plan);
        QCOMPARE(ids(plan), QStringList { u"drop:1"_s }); // 2 is there, the movie cannot be
        QCOMPARE(plan.counters.dropped, 1);
    }

    void listsNeedATraktLogin()
    {
        SyncPlannerInput in = input(SyncMode::Full, SyncExtra::Ratings | SyncExtra::Dropped);
        in.traktExtras.read = false;
        AniListListEntry e = entry(1, u"DROPPED"_s, 3);
        e.score = 5;
        in.library << e;
        SyncPlan plan;
        ExtrasPlanner::plan(in, plan);
        QVERIFY(plan.extras.isEmpty());
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.first().contains(u"logged in to Trakt"_s));
    }

    void approvalCoversExtras()
    {
        SyncPlan plan;
        PlannedPlay p;
        p.itemId = u"1:1"_s;
        plan.plays << p;
        PlannedExtra a;
        a.itemId = u"rate:1"_s;
        PlannedExtra b;
        b.itemId = u"drop:2"_s;
        plan.extras << a << b;
        QCOMPARE(plan.itemIds(), (QStringList { u"1:1"_s, u"rate:1"_s, u"drop:2"_s }));
        const SyncPlan approved = plan.restrictedTo({ u"drop:2"_s });
        QVERIFY(approved.plays.isEmpty());
        QCOMPARE(approved.extras.size(), 1);
        QCOMPARE(approved.extras.first().itemId, u"drop:2"_s);
        QVERIFY(!approved.isEmpty());
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestExtrasPlanner)
#include "tst_extrasplanner.moc"

// End to end: SyncSession (planner + engine) against the fake AniList/Trakt on loopback and a real
// database (SQLite or PostgreSQL by TSUZUKI_TEST_BACKEND).
#include "core/store/configrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/syncfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    /// No play twice on the fake Trakt, and every planned play there exactly once.
    static void verifyExactlyOnce(SyncFixture &f, const QList<PlannedPlay> &plays)
    {
        QVERIFY2(f.fakes.trakt().duplicatePlays().isEmpty(),
            qPrintable(u"%1 duplicate plays"_s.arg(f.fakes.trakt().duplicatePlays().size())));
        QCOMPARE(f.fakes.trakt().wholeShowPosts(), 0);
        int movies = 0;
        for (const PlannedPlay &p : plays) {
            if (p.movie) {
                ++movies;
                continue;
            }
            QCOMPARE(f.fakes.trakt().playCount(*p.traktId, p.season, p.episode), 1);
        }
        int movieHistory = 0;
        for (const FakeTraktPlay &h : f.fakes.trakt().history())
            movieHistory += h.isMovie ? 1 : 0;
        QCOMPARE(movieHistory, movies);
        QCOMPARE(int(f.fakes.trakt().history().size()), int(plays.size()));
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void fullSyncLargeLibrary()
    {
        SyncFixture f;
        QVERIFY(f.setUp(300, 4000, 7));
        QVERIFY(f.library.activities.size() > 50);
        bool ranges = false;
        for (const FakeAniActivity &a : f.library.activities)
            ranges = ranges || a.progressTo > a.progressFrom;
        QVERIFY(ranges);
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().userMessage));
        const SyncPlan &p = plan.value();
        QVERIFY(f.library.totalEpisodes >= 4000);
        QCOMPARE(int(p.plays.size()), f.library.watchedEpisodes);
        QCOMPARE(p.counters.skippedUnmapped, 0);
        QCOMPARE(p.counters.found, int(f.library.activities.size()));
        // Every play where the answer key says; later seasons in their own Trakt season; movies as
        // movies.
        bool laterSeason = false;
        bool movie = false;
        for (const PlannedPlay &play : p.plays) {
            const auto want = f.expected(play.anilistId, play.absEpisode);
            QVERIFY(want);
            QCOMPARE(play.traktId.value_or(0), std::get<0>(*want));
            if (play.movie) {
                movie = true;
                continue;
            }
            QCOMPARE(play.season, std::get<1>(*want));
            QCOMPARE(play.episode, std::get<2>(*want));
            laterSeason = laterSeason || play.season >= 2;
        }
        QVERIFY(laterSeason);
        QVERIFY(movie);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s),
            0); // a preview posts nothing

        QSignalSpy progress(session.get(), &SyncSession::progressChanged);
        auto report = SyncFixture::run(*session, p, p.itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Succeeded);
        QCOMPARE(report.value().counters.added, int(p.plays.size()));
        QVERIFY(progress.size() > 1);
        verifyExactlyOnce(f, p.plays);
        const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
        QCOMPARE(posts, int((p.plays.size() + 99) / 100));
        QCOMPARE(ConfigRepository(*f.db).value(u"lastSyncTimestamp"_s).toLongLong(),
            f.library.activities.last().createdAt);
        QVERIFY(ConfigRepository(*f.db).timestamp(u"status:sync:last-run"_s).isValid());
        QCOMPARE(
            LedgerRepository(*f.db).count(LedgerOutcome::Added).value(), qint64(p.plays.size()));
        auto runs = RunRepository(*f.db).recent(5);
        QVERIFY(runs);
        QCOMPARE(runs.value().first().added, int(p.plays.size()));

        // Second run: nothing new.
        auto again = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(again);
        QCOMPARE(again.value().plays.size(), 0);
        auto second = SyncFixture::run(*session, again.value(), again.value().itemIds());
        QVERIFY(second);
        QCOMPARE(second.value().status, RunStatus::Succeeded);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), posts);
        verifyExactlyOnce(f, p.plays);
    }

    void entryModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("completed") << int(SyncMode::Completed);
        QTest::newRow("watching") << int(SyncMode::Watching);
    }

    void entryModes()
    {
        QFETCH(int, mode);
        SyncFixture f;
        QVERIFY(f.setUp(30, 300, 3));
        const QString status
            = SyncMode(mode) == SyncMode::Completed ? u"COMPLETED"_s : u"CURRENT"_s;
        int expected = 0;
        int entries = 0;
        for (const FakeAniListEntry &e : f.library.entries) {
            if (e.status != status)
                continue;
            ++entries;
            int end = e.progress;
            for (const FakeAniMedia &m : f.library.media) {
                if (m.id == e.mediaId && (m.format == u"MOVIE"_s))
                    end = std::min(std::max(end, status == u"COMPLETED"_s ? 1 : 0), 1);
                else if (m.id == e.mediaId && end == 0 && status == u"COMPLETED"_s)
                    end = m.episodes;
            }
            expected += end;
        }
        QVERIFY(entries > 0);
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode(mode), f.options(40));
        QVERIFY(plan);
        QCOMPARE(int(plan.value().plays.size()), expected);
        QCOMPARE(plan.value().counters.found, entries);
        // Post only the approved half.
        QStringList approved = plan.value().itemIds();
        approved = approved.mid(0, approved.size() / 2);
        auto report = SyncFixture::run(*session, plan.value(), approved);
        QVERIFY(report);
        QCOMPARE(report.value().counters.added, int(approved.size()));
        QCOMPARE(int(f.fakes.trakt().history().size()), int(approved.size()));
        const QString key = SyncMode(mode) == SyncMode::Completed
            ? u"status:sync:completed:last-run"_s
            : u"status:sync:watching:last-run"_s;
        QVERIFY(ConfigRepository(*f.db).timestamp(key).isValid());
        // The rest on the next run, and nothing twice.
        auto rest = SyncFixture::preview(*session, SyncMode(mode), f.options(40));
        QVERIFY(rest);
        QCOMPARE(int(rest.value().plays.size()), expected - int(approved.size()));
        QVERIFY(SyncFixture::run(*session, rest.value(), rest.value().itemIds()));
        verifyExactlyOnce(f, plan.value().plays);
    }

    void notFoundIsRecordedNotSynced()
    {
        SyncFixture f;
        QVERIFY(f.setUp(10, 100, 5));
        // An override to an episode Trakt does not have: Trakt answers not_found.
        const FakeIdPair *show = nullptr;
        for (const FakeIdPair &p : f.library.idPairs) {
            if (!p.isMovie && p.season == 1 && p.episodeOffset == 0) {
                show = &p;
                break;
            }
        }
        QVERIFY(show);
        QVERIFY(OverrideRepository(*f.db).upsert({ show->traktId, 1, 1, 900 }));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(plan);
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().counters.notFound, 1);
        QCOMPARE(report.value().notFound.first().anilistId, qint64(show->anilistId));
        QCOMPARE(report.value().counters.added, int(plan.value().plays.size()) - 1);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::NotFound).value(), 1);
        // Progress does not pass the gap at episode 1.
        QCOMPARE(ProgressRepository(*f.db).lastAbs(show->anilistId).value(), 0);
        // Next run: the not-found play waits in "needs mapping" and is not posted again while its
        // target is the same (issue 13: not re-posted on every run).
        QVERIFY(ConfigRepository(*f.db).set(u"lastSyncTimestamp"_s, u"0"_s));
        const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
        auto again = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(again);
        QCOMPARE(again.value().plays.size(), 0);
        bool held = false;
        for (const SkippedItem &s : again.value().skipped)
            held = held
                || (s.kind == SkipKind::NeedsMapping && s.anilistId == show->anilistId
                    && s.absEpisode == 1);
        QVERIFY(held);
        auto quiet = SyncFixture::run(*session, again.value(), again.value().itemIds());
        QVERIFY(quiet);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), posts);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::NotFound).value(), 1);
        // The mapping changes (the wrong override is removed): now it is posted, once.
        QVERIFY(OverrideRepository(*f.db).remove(show->traktId, 1));
        QVERIFY(ConfigRepository(*f.db).set(u"lastSyncTimestamp"_s, u"0"_s));
        auto fixed = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(fixed);
        QCOMPARE(fixed.value().plays.size(), 1);
        QCOMPARE(fixed.value().plays.first().anilistId, qint64(show->anilistId));
        QVERIFY(SyncFixture::run(*session, fixed.value(), fixed.value().itemIds()));
        QCOMPARE(
            f.fakes.trakt().playCount(show->traktId, show->season, 1 + show->episodeOffset), 1);
        QCOMPARE(f.fakes.trakt().duplicatePlays().size(), 0);
    }

    void ambiguousNotFoundIsCheckedAgainstHistory()
    {
        // Two shows post S1E13 at the same minute (watching mode: watched now); only one has it.
        // Trakt echoes a bare {"number":13}: the engine must not guess which show it meant.
        const QJsonObject scenario = QJsonDocument::fromJson(R"({
          "anilist": {
            "users": [{"id": 1, "name": "alice", "token": "tok-alice"}],
            "media": [{"id": 101, "format": "TV", "episodes": 12, "title": {"romaji": "Short"}},
                      {"id": 102, "format": "TV", "episodes": 24, "title": {"romaji": "Long"}},
                      {"id": 103, "format": "MOVIE", "episodes": 1, "title": {"romaji": "Film"}}],
            "entries": [{"userId": 1, "mediaId": 101, "status": "CURRENT", "progress": 1},
                        {"userId": 1, "mediaId": 102, "status": "CURRENT", "progress": 1},
                        {"userId": 1, "mediaId": 103, "status": "CURRENT", "progress": 1}]
          },
          "trakt": {
            "shows": [{"title": "Short", "ids": {"trakt": 5001, "slug": "short"},
                       "seasons": [{"number": 1, "episodeCount": 12, "firstAbs": 1}]},
                      {"title": "Long", "ids": {"trakt": 5002, "slug": "long"},
                       "seasons": [{"number": 1, "episodeCount": 24, "firstAbs": 1}]}],
            "movies": []
          }
        })")
                                         .object();
        SyncFixture f;
        QVERIFY(f.setUpScenario(scenario, u"tok-alice"_s));
        for (const auto &[anilist, trakt] :
            { std::pair { 101, 5001 }, std::pair { 102, 5002 }, std::pair { 103, 9999 } }) {
            Mapping m;
            m.anilistId = anilist;
            m.traktId = trakt;
            m.isManual = true;
            QVERIFY(MappingRepository(*f.db).saveManual(m));
        }
        QVERIFY(OverrideRepository(*f.db).upsert({ 5001, 1, 1, 13 }));
        QVERIFY(OverrideRepository(*f.db).upsert({ 5002, 1, 1, 13 }));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(plan);
        QCOMPARE(plan.value().plays.size(), 3);
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().counters.added, 1);
        QCOMPARE(report.value().counters.notFound, 2); // Short S1E13 and the unknown movie
        QList<qint64> notFound;
        for (const NotFoundPlay &p : report.value().notFound)
            notFound << p.anilistId;
        std::sort(notFound.begin(), notFound.end());
        QCOMPARE(notFound, (QList<qint64> { 101, 103 }));
        QCOMPARE(f.fakes.trakt().playCount(5002, 1, 13), 1);
        QCOMPARE(ProgressRepository(*f.db).lastAbs(102).value(), 1);
        QCOMPARE(ProgressRepository(*f.db).lastAbs(101).value(), 0);
        QVERIFY(!f.fakes.trakt().requests(u"GET"_s, u"^/sync/history/shows/"_s).isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("times");
        QTest::newRow("429") << 0 << 2;
        QTest::newRow("500") << 1 << 1;
        QTest::newRow("502 html") << 2 << 1;
        QTest::newRow("applied then connection cut") << 3 << 1;
        QTest::newRow("applied then timeout") << 4 << 1;
        QTest::newRow("unreadable 201, applied") << 5 << 1;
        QTest::newRow("faults outlast the run") << 1 << 20;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, times);
        SyncFixture f;
        QVERIFY(f.setUp(20, 300, 11));
        f.timings.timeoutMs = 1500;
        FakeFault fault;
        switch (kind) {
        case 0:
            fault = FakeFault::rateLimited(0);
            break;
        case 1:
            fault = FakeFault::serverError(500);
            break;
        case 2:
            fault = FakeFault::html(502);
            break;
        case 3:
            fault = FakeFault::cutHeaders(true);
            break;
        case 4:
            fault = FakeFault::hang(true);
            break;
        default:
            fault = FakeFault::truncatedJson(true);
            break;
        }
        // Faults start at the second batch, so that some plays are already settled.
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(50));
        QVERIFY(plan);
        QVERIFY(plan.value().plays.size() > 100);
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(1), 1);
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, fault, times);
        auto first = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(first);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        f.fakes.trakt().clearFaults();
        f.fakes.trakt().releaseHanging();
        // Runs until settled: the faults are gone, so at most two more.
        for (int i = 0; i < 2; ++i) {
            auto next = SyncFixture::preview(*session, SyncMode::Full, f.options(50));
            QVERIFY(next);
            auto r = SyncFixture::run(*session, next.value(), next.value().itemIds());
            QVERIFY(r);
            if (r.value().status == RunStatus::Succeeded && next.value().plays.isEmpty())
                break;
        }
        verifyExactlyOnce(f, plan.value().plays);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value(), 0);
    }

    void playsGuard()
    {
        SyncFixture f;
        QVERIFY(f.setUp(10, 100, 2));
        auto session = f.session();
        SyncOptions o = f.options();
        o.playsGuard = 5;
        auto plan = SyncFixture::preview(*session, SyncMode::Full, o);
        QVERIFY(plan);
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Guarded);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
        SyncPlan confirmed = plan.value();
        confirmed.options.confirmLarge = true;
        report = SyncFixture::run(*session, confirmed, confirmed.itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Succeeded);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncEngine)
#include "tst_syncengine.moc"

// Issue 14 end to end (SyncSession against the fake AniList and Trakt, on SQLite and PostgreSQL):
// a returning Trakt user's first syncs post no duplicate; real gaps are filled; Trakt's watched
// state is read again only when it changed (<= 3 extra GETs per sync otherwise); a play that
// reached Trakt after the preview is not posted; --include-watched posts second plays;
// "never post" and "skip this time" mean what the user chose; another account is read anew.
// Every check is on what the fake Trakt received.
#include "core/app/appactions.h"
#include "core/app/runresult.h"
#include "core/store/configrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "core/store/watchedrepository.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;
namespace RU = Test::ReturningUser;

namespace {

/// The fake's history as comparable values: (history id, show or movie, season, episode, time).
QList<std::tuple<qint64, qint64, int, int, qint64>> historyOf(const FakeTrakt &trakt)
{
    QList<std::tuple<qint64, qint64, int, int, qint64>> plays;
    for (const FakeTraktPlay &p : trakt.history())
        plays << std::make_tuple(
            p.historyId, p.isMovie ? -p.movieTrakt : p.showTrakt, p.season, p.number, p.watchedAt);
    return plays;
}

int gets(const FakeTrakt &trakt, const QString &pathRegex)
{
    return int(trakt.requests(u"GET"_s, pathRegex).size());
}

/// GETs a sync spends on Trakt's state: settings, last activities, watched lists.
int reconcileGets(const FakeTrakt &trakt)
{
    return gets(trakt, u"^/users/settings$"_s) + gets(trakt, u"^/sync/last_activities$"_s)
        + gets(trakt, u"^/sync/watched/"_s);
}

} // namespace

class TestReconcile final : public QObject
{
    Q_OBJECT

private:
    static bool setUp(SyncFixture &f)
    {
        return f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken))
            && RU::mapTitles(*f.db);
    }

    static Result<SyncReport> sync(SyncSession &session, SyncMode mode, SyncOptions options)
    {
        auto plan = SyncFixture::preview(session, mode, options);
        if (!plan)
            return plan.error();
        return SyncFixture::run(session, plan.value(), plan.value().itemIds());
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    /// The issue's scenario: completed + watching + full sync of a returning user post 0 of the
    /// 136 plays Trakt already has, and the 14 new ones exactly once.
    void returningUserPostsNoDuplicate()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt);
        const auto before = historyOf(f.fakes.trakt());
        auto session = f.session();

        auto completed = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY2(completed, qPrintable(completed ? QString() : completed.error().toString()));
        QVERIFY(completed.value().reconciled);
        QCOMPARE(completed.value().plays.size(), 0);
        QCOMPARE(completed.value().counters.alreadyOnTrakt, 26); // AoT 1-25 and the movie
        // The preview carries Trakt's date for its "already on Trakt" group.
        bool sawDate = false;
        for (const SkippedItem &s : completed.value().skipped) {
            QCOMPARE(s.kind, SkipKind::AlreadyOnTrakt);
            QVERIFY(s.traktWatchedAt.isValid());
            if (s.anilistId == RU::AoT && s.absEpisode == 25) {
                QCOMPARE(s.traktWatchedAt, QDateTime(QDate(2023, 4, 6), QTime(18, 25), Qt::UTC));
                QCOMPARE(s.toJson().value(u"kind"_s).toString(), u"alreadyOnTrakt"_s);
                sawDate = true;
            }
        }
        QVERIFY(sawDate);
        auto report = SyncFixture::run(*session, completed.value(), completed.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Succeeded);
        QCOMPARE(report.value().counters.alreadyOnTrakt, 26);

        auto watching = sync(*session, SyncMode::Watching, f.options());
        QVERIFY2(watching, qPrintable(watching ? QString() : watching.error().toString()));
        QCOMPARE(watching.value().status, RunStatus::Succeeded);
        QCOMPARE(watching.value().counters.added, RU::NewPlays);
        QCOMPARE(watching.value().counters.alreadyOnTrakt, 110); // MHA 1-10, Bleach 1-100

        QVERIFY(ConfigRepository(*f.db).set(u"lastSyncTimestamp"_s, u"0"_s));
        auto full = sync(*session, SyncMode::Full, f.options());
        QVERIFY(full);
        QCOMPARE(full.value().status, RunStatus::Succeeded);
        QCOMPARE(full.value().counters.added, 0);

        // What Trakt received: nothing twice, the 136 plays untouched, the 14 new ones once.
        QVERIFY2(f.fakes.trakt().duplicatePlays().isEmpty(),
            qPrintable(u"%1 duplicates"_s.arg(f.fakes.trakt().duplicatePlays().size())));
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt + RU::NewPlays);
        QCOMPARE(historyOf(f.fakes.trakt()).mid(0, RU::PlaysOnTrakt), before);
        for (int e = 11; e <= 14; ++e)
            QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, e), 1);
        for (int e = 101; e <= 110; ++e)
            QCOMPARE(f.fakes.trakt().playCount(RU::BleachTrakt, 1, e), 1);
        QCOMPARE(f.fakes.trakt().moviePlayCount(RU::YourNameTrakt), 1);

        // The ledger says which plays were there before (never undone), and sync_progress says
        // 1..N for the web version.
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::AlreadyOnTrakt).value(),
            qint64(RU::PlaysOnTrakt));
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Added).value(), qint64(RU::NewPlays));
        ProgressRepository progress(*f.db);
        QCOMPARE(progress.lastAbs(RU::AoT).value(), 25);
        QCOMPARE(progress.lastAbs(RU::Mha4).value(), 14);
        QCOMPARE(progress.lastAbs(RU::Bleach).value(), 110);
        QCOMPARE(progress.lastAbs(RU::YourName).value(), 1);
        QCOMPARE(WatchedRepository(*f.db).count(false).value(), 3);
        QCOMPARE(WatchedRepository(*f.db).count(true).value(), 1);
    }

    /// §2: a Full sync that posted episode 25 first, then the Completed library: episodes 1-24
    /// are posted (they were neither on Trakt nor in the ledger), nothing twice; last_abs follows
    /// what is on Trakt, also when an old high-water mark said 25.
    void gapsAreFilled_data()
    {
        QTest::addColumn<int>("oldLastAbs");
        QTest::newRow("fresh database") << 0;
        QTest::newRow("high-water mark left at 25") << 25;
    }

    void gapsAreFilled()
    {
        QFETCH(int, oldLastAbs);
        QJsonObject scenario = RU::scenario();
        QJsonObject anilist = scenario.value(u"anilist"_s).toObject();
        anilist.insert(u"activities"_s,
            QJsonArray { QJsonObject { { u"userId"_s, 7 }, { u"mediaId"_s, RU::AoT },
                { u"status"_s, u"watched episode"_s }, { u"progress"_s, u"25"_s },
                { u"createdAt"_s, 1680800000 } } });
        scenario.insert(u"anilist"_s, anilist);
        QJsonObject trakt = scenario.value(u"trakt"_s).toObject();
        trakt.insert(u"history"_s, QJsonArray());
        scenario.insert(u"trakt"_s, trakt);
        SyncFixture f;
        QVERIFY(f.setUpScenario(scenario, QString::fromLatin1(RU::AniListToken)));
        QVERIFY(RU::mapTitles(*f.db));
        if (oldLastAbs)
            QVERIFY(ProgressRepository(*f.db).advance(RU::AoT, oldLastAbs));
        auto session = f.session();

        auto full = sync(*session, SyncMode::Full, f.options());
        QVERIFY(full);
        QCOMPARE(full.value().counters.added, 1);
        QCOMPARE(f.fakes.trakt().playCount(RU::AoTTrakt, 1, 25), 1);
        QCOMPARE(ProgressRepository(*f.db).lastAbs(RU::AoT).value(), oldLastAbs);

        auto completed = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(completed);
        int aot = 0;
        for (const PlannedPlay &p : completed.value().plays)
            aot += p.anilistId == RU::AoT ? 1 : 0;
        QCOMPARE(aot, 24);
        QVERIFY(SyncFixture::run(*session, completed.value(), completed.value().itemIds()));
        for (int e = 1; e <= 25; ++e)
            QCOMPARE(f.fakes.trakt().playCount(RU::AoTTrakt, 1, e), 1);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        QCOMPARE(ProgressRepository(*f.db).lastAbs(RU::AoT).value(), 25);
    }

    /// The target: when nothing changed on Trakt, a sync (preview + run) costs at most 3 extra
    /// GETs: /users/settings and /sync/last_activities for the preview, /sync/last_activities
    /// for the run. A change on Trakt (a scrobble) makes the next sync read the list that changed.
    void readsOnlyWhatChanged()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        QVERIFY(sync(*session, SyncMode::Watching, f.options()));
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/shows$"_s), 1);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/movies$"_s), 1);

        // Our own posts changed Trakt: one more read of the shows (not of the movies).
        f.fakes.trakt().clearLog();
        QVERIFY(sync(*session, SyncMode::Watching, f.options()));
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/shows$"_s), 1);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/movies$"_s), 0);

        // Nothing changed: three GETs, no watched read, nothing posted.
        for (const SyncMode mode : { SyncMode::Watching, SyncMode::Completed, SyncMode::Full }) {
            f.fakes.trakt().clearLog();
            auto quiet = sync(*session, mode, f.options());
            QVERIFY(quiet);
            QCOMPARE(quiet.value().counters.added, 0);
            QCOMPARE(reconcileGets(f.fakes.trakt()), 3);
            QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/"_s), 0);
            QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
        }

        // A new session (the CLI's next process) asks who is logged in again, still 3.
        auto next = f.session();
        f.fakes.trakt().clearLog();
        QVERIFY(sync(*next, SyncMode::Watching, f.options()));
        QCOMPARE(reconcileGets(f.fakes.trakt()), 3);

        // A movie logged on Trakt by hand: only the movies are read again.
        f.fakes.trakt().addMoviePlay(RU::YourNameTrakt, 1'700'000'000);
        f.fakes.trakt().clearLog();
        QVERIFY(sync(*next, SyncMode::Watching, f.options()));
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/movies$"_s), 1);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/shows$"_s), 0);
    }

    /// A play Trakt got between the preview and the run (a media player scrobbled it) is not
    /// posted: the run checks Trakt's state again and records it as already on Trakt.
    void playThatReachedTraktSinceThePreview()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(plan);
        QCOMPARE(int(plan.value().plays.size()), RU::NewPlays);
        f.fakes.trakt().addPlay(RU::MhaTrakt, 4, 12, QDateTime::currentSecsSinceEpoch() - 60);
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Succeeded);
        QCOMPARE(report.value().counters.added, RU::NewPlays - 1);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 12), 1);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        auto rows = LedgerRepository(*f.db).forAnilistIds({ RU::Mha4 });
        QVERIFY(rows);
        bool recorded = false;
        for (const LedgerEntry &e : rows.value().value(RU::Mha4))
            recorded = recorded
                || (e.absEpisode == 12 && e.outcome == LedgerOutcome::AlreadyOnTrakt
                    && e.traktWatchedAt.isValid());
        QVERIFY(recorded);
        auto logs = LogRepository(*f.db).tail(20);
        QVERIFY(logs);
        bool said = false;
        for (const LogEntry &l : logs.value())
            said = said || l.message.contains(u"reached Trakt since the preview"_s);
        QVERIFY(said);
        // The result view (read from the ledger) lists it as already on Trakt, not as posted.
        auto result = RunResult::load(*f.db, plan.value(), plan.value().itemIds(), report.value());
        QVERIFY(result);
        QCOMPARE(result.value().count(RunResultItem::Outcome::AlreadyOnTrakt), 1);
        QCOMPARE(result.value().count(RunResultItem::Outcome::Posted), RU::NewPlays - 1);
    }

    /// --include-watched: the user wants second plays; Trakt's state is not read.
    void includeWatchedPostsSecondPlays()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        SyncOptions o = f.options();
        o.includeWatched = true;
        auto plan = SyncFixture::preview(*session, SyncMode::Completed, o);
        QVERIFY(plan);
        QVERIFY(!plan.value().reconciled);
        QCOMPARE(plan.value().plays.size(), 26);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/"_s), 0);
        QVERIFY(SyncFixture::run(*session, plan.value(), plan.value().itemIds()));
        QCOMPARE(f.fakes.trakt().playCount(RU::AoTTrakt, 1, 7), 2);
        QCOMPARE(f.fakes.trakt().moviePlayCount(RU::YourNameTrakt), 2);
        QCOMPARE(int(f.fakes.trakt().duplicatePlays().size()), 26);
        // Ours now (the ledger): even with --include-watched never a third.
        auto again = SyncFixture::preview(*session, SyncMode::Completed, o);
        QVERIFY(again);
        QCOMPARE(again.value().plays.size(), 0);
    }

    /// §3: in a Full sync preview, "never post" is recorded (listed, with Post again) and the
    /// window moves past it; "skip this time" comes back in the next run.
    void neverPostAndSkipThisTime()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(plan);
        const QString e11 = PlannedPlay::makeItemId(RU::Mha4, 11);
        const QString e12 = PlannedPlay::makeItemId(RU::Mha4, 12);
        QVERIFY(plan.value().itemIds().contains(e11));
        QVERIFY(plan.value().itemIds().contains(e12));
        SyncPlan chosen = plan.value();
        chosen.neverPost = { e11 };
        QStringList approved = chosen.itemIds();
        approved.removeAll(e12); // unticked: skip this time
        auto report = SyncFixture::run(*session, chosen, approved);
        QVERIFY(report);
        QCOMPARE(report.value().counters.added, RU::NewPlays - 2);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 0);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 12), 0);
        // The window stops before E12's activity (E11's is settled by the choice).
        QCOMPARE(ConfigRepository(*f.db).value(u"lastSyncTimestamp"_s).toLongLong(), 1700000100);

        auto never = AppActions(*f.db).neverPostList();
        QVERIFY(never);
        QCOMPARE(never.value().size(), 1);
        QCOMPARE(never.value().first().absEpisode, 11);
        QCOMPARE(never.value().first().title, u"My Hero Academia Season 4"_s);

        auto next = SyncFixture::preview(*session, SyncMode::Full, f.options());
        QVERIFY(next);
        QCOMPARE(next.value().itemIds(), QStringList { e12 });
        QCOMPARE(next.value().counters.neverPost, 0); // E11's activity is behind the window
        auto watching = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(watching);
        QCOMPARE(watching.value().itemIds(), QStringList { e12 });
        QCOMPARE(watching.value().counters.neverPost, 1);

        // Post again: offered by the next run.
        QCOMPARE(AppActions(*f.db).allowAgain({ LedgerKey(RU::Mha4, 11) }).value(), 1);
        auto offered = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(offered);
        QCOMPARE(offered.value().itemIds(), (QStringList { e11, e12 }));
        QVERIFY(SyncFixture::run(*session, offered.value(), offered.value().itemIds()));
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 1);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 12), 1);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }

    /// Another Trakt account logs in: the stored state is the old account's and is read anew.
    void anotherAccountIsReadAnew()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto first = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(first);
        QCOMPARE(first.value().plays.size(), 0);
        f.fakes.trakt().setUser(u"sora"_s, u"Sora"_s);
        const auto token = f.fakes.trakt().issueToken();
        f.secrets.values.insert(QString::fromLatin1(SecretKey::TraktAccessToken), token.first);
        f.secrets.values.insert(QString::fromLatin1(SecretKey::TraktRefreshToken), token.second);
        auto other = f.session(); // the new login (a new process, or TraktAuth after a login)
        f.fakes.trakt().clearLog();
        // Trakt's watched times did not change, but they are another account's: read anew.
        auto plan = SyncFixture::preview(*other, SyncMode::Completed, f.options());
        QVERIFY(plan);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/shows$"_s), 1);
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/movies$"_s), 1);
        QCOMPARE(ConfigRepository(*f.db).value(u"tsuzuki:trakt:watched:account"_s), u"sora"_s);
        // And the same account again later: not read.
        f.fakes.trakt().clearLog();
        QVERIFY(SyncFixture::preview(*other, SyncMode::Completed, f.options()));
        QCOMPARE(gets(f.fakes.trakt(), u"^/sync/watched/"_s), 0);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestReconcile)
#include "tst_reconcile.moc"

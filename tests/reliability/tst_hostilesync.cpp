// Issue 12, items 2-7 and 9 end to end: a sync (SyncSession, the code the CLI and the app run)
// against fake services that redirect writes, answer for Trakt what Trakt did not say, send
// malformed or garbage-typed pages, date activities in 2100, stall, trickle and send 50 MB. The
// fake Trakt's received history is the judge: every planned play arrives exactly once, and the
// sync window never moves past a play that was not settled.
#include "core/store/configrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/mappingrepository.h"
#include "core/sync/syncrunlock.h"
#include "tests/fakes/fakerecorder.h"
#include "tests/support/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;

class TestHostileSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redirectedWritesLandOnce();
    void answersThatAreNotTraktsAnswer_data();
    void answersThatAreNotTraktsAnswer();
    void malformedActivityPage_data();
    void malformedActivityPage();
    void garbageLibraryIsAnError();
    void garbageHistoryNeverCausesARepost();
    void futureActivityNeverFreezesTheWindow();
    void tricklingWriteEndsAtItsDeadline();
    void stalledRunReleasesTheLock();
    void oversizeAnswers();
    void notFoundForEverythingFails();

private:
    static QStringList keys(const QList<PlannedPlay> &plays);
    static QStringList received(SyncFixture &f);
    /// Runs preview + run until a run succeeds (at most `maxRuns`); the last report.
    static Result<SyncReport> runUntilDone(SyncFixture &f, int maxRuns = 6);
    static QString windowOf(SyncFixture &f);
    static QJsonObject smallScenario(qint64 now);

    FakeRecorder m_recorder;
};

void TestHostileSync::initTestCase()
{
    registerSyncMetaTypes();
    QVERIFY(m_recorder.listenElsewhere());
}

QStringList TestHostileSync::keys(const QList<PlannedPlay> &plays)
{
    QStringList out;
    for (const PlannedPlay &p : plays)
        out << u"%1 S%2E%3 @%4"_s.arg(p.traktId.value_or(0))
                   .arg(p.movie ? 0 : p.season)
                   .arg(p.movie ? 0 : p.episode)
                   .arg(p.watchedAt.toSecsSinceEpoch());
    out.sort();
    return out;
}

QStringList TestHostileSync::received(SyncFixture &f)
{
    QStringList out;
    for (const FakeTraktPlay &p : f.fakes.trakt().history())
        out << u"%1 S%2E%3 @%4"_s.arg(p.isMovie ? p.movieTrakt : p.showTrakt)
                   .arg(p.isMovie ? 0 : p.season)
                   .arg(p.isMovie ? 0 : p.number)
                   .arg(p.watchedAt);
    out.sort();
    return out;
}

Result<SyncReport> TestHostileSync::runUntilDone(SyncFixture &f, int maxRuns)
{
    Result<SyncReport> last = makeError(ErrorCode::Unknown, u"no run"_s);
    for (int i = 0; i < maxRuns; ++i) {
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
        if (!plan)
            return plan.error();
        last = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        if (last && last.value().status == RunStatus::Succeeded)
            return last;
    }
    return last;
}

QString TestHostileSync::windowOf(SyncFixture &f)
{
    return ConfigRepository(*f.db).value(QString::fromLatin1(ConfigKey::LastSyncTimestamp));
}

QJsonObject TestHostileSync::smallScenario(qint64 now)
{
    // One 12-episode show; episodes 1-3 watched an hour ago, episode 4 "in 2100".
    QJsonArray activities;
    for (int e = 1; e <= 3; ++e)
        activities << QJsonObject { { u"id"_s, e }, { u"userId"_s, 1 }, { u"mediaId"_s, 21 },
            { u"status"_s, u"watched episode"_s }, { u"progress"_s, QString::number(e) },
            { u"createdAt"_s, double(now - 3600 + e * 60) } };
    activities << QJsonObject { { u"id"_s, 4 }, { u"userId"_s, 1 }, { u"mediaId"_s, 21 },
        { u"status"_s, u"watched episode"_s }, { u"progress"_s, u"4"_s },
        { u"createdAt"_s, 4102444800.0 } };
    return QJsonObject {
        { u"anilist"_s,
            QJsonObject { { u"users"_s,
                              QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"name"_s, u"alice"_s },
                                  { u"token"_s, u"tsuzuki-test-secret-anilist-hostile-1"_s } } } },
                { u"media"_s,
                    QJsonArray { QJsonObject { { u"id"_s, 21 }, { u"format"_s, u"TV"_s },
                        { u"episodes"_s, 12 },
                        { u"title"_s, QJsonObject { { u"romaji"_s, u"Twelve"_s } } } } } },
                { u"entries"_s,
                    QJsonArray { QJsonObject { { u"userId"_s, 1 }, { u"mediaId"_s, 21 },
                        { u"status"_s, u"CURRENT"_s }, { u"progress"_s, 4 } } } },
                { u"activities"_s, activities } } },
        { u"trakt"_s,
            QJsonObject { { u"shows"_s,
                QJsonArray { QJsonObject { { u"title"_s, u"Twelve"_s },
                    { u"ids"_s, QJsonObject { { u"trakt"_s, 7001 }, { u"slug"_s, u"twelve"_s } } },
                    { u"seasons"_s,
                        QJsonArray { QJsonObject { { u"number"_s, 1 }, { u"episodeCount"_s, 12 },
                            { u"firstAbs"_s, 1 } } } } } } } } },
    };
}

void TestHostileSync::redirectedWritesLandOnce()
{
    // Items 2 and 3: POST /sync/history answered 302/303/307/308 to another host, after Trakt
    // applied it or not. Nothing reaches the other host; every play lands exactly once.
    SyncFixture f;
    QVERIFY(f.setUp(20, 300, 31));
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan && plan.value().plays.size() >= 60);
    const QByteArray elsewhere = m_recorder.baseUrl().toEncoded() + "/sync/history";
    const int before = m_recorder.receivedCount();
    FakeTrakt &t = f.fakes.trakt();
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::redirect(302, elsewhere, false), 1);
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::redirect(303, elsewhere, true), 1);
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::redirect(307, elsewhere, true), 1);
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::redirect(308, elsewhere, false), 1);
    auto report = runUntilDone(f);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report.value().status, RunStatus::Succeeded);
    QCOMPARE(t.pendingFaults(), 0); // every redirect was served
    QCOMPARE(received(f), keys(plan.value().plays));
    QCOMPARE(m_recorder.receivedCount(), before);
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value(), 0);
}

void TestHostileSync::answersThatAreNotTraktsAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("applied");
    const QByteArray none = R"({"added":{"movies":0,"episodes":0},"not_found":{"shows":[]}})"_ba;
    for (bool applied : { false, true }) {
        const char *how = applied ? "applied" : "not applied";
        QTest::addRow("200 [] (%s)", how) << 200 << "[]"_ba << applied;
        QTest::addRow("201 {} (%s)", how) << 201 << "{}"_ba << applied;
        QTest::addRow("201 null (%s)", how) << 201 << "null"_ba << applied;
        QTest::addRow("201 added as text (%s)", how)
            << 201 << R"({"added":{"episodes":"20"}})"_ba << applied;
        QTest::addRow("201 counts that do not add up (%s)", how) << 201 << none << applied;
    }
}

void TestHostileSync::answersThatAreNotTraktsAnswer()
{
    // Item 3: a 2xx that is not Trakt's answer to this POST (a proxy's [], another shape, counts
    // that do not match what was sent) is "outcome unknown": settled from history, not trusted.
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, applied);
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 41));
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan && plan.value().plays.size() >= 40);
    FakeFault fault = FakeFault::httpStatus(status, body);
    fault.applyWrite = applied;
    f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, fault, 2);
    auto report = runUntilDone(f);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(f.fakes.trakt().pendingFaults(), 0);
    QCOMPARE(received(f), keys(plan.value().plays));
    // The answer was doubted, and Trakt's history was read to settle it.
    QVERIFY(!f.fakes.trakt().requests(u"GET"_s, u"^/sync/history/"_s).isEmpty());
}

void TestHostileSync::malformedActivityPage_data()
{
    QTest::addColumn<QByteArray>("page2");
    QTest::newRow("Page null") << R"({"data":{"Page":null}})"_ba;
    QTest::newRow("activities an object, no errors")
        << R"({"data":{"Page":{"pageInfo":{"hasNextPage":false},"activities":{"id":1}}}})"_ba;
    QTest::newRow("activities a string")
        << R"({"data":{"Page":{"pageInfo":{"hasNextPage":false},"activities":"none"}}})"_ba;
    QTest::newRow("no pageInfo") << R"({"data":{"Page":{"activities":[]}}})"_ba;
    QTest::newRow("hasNextPage a string")
        << R"({"data":{"Page":{"pageInfo":{"hasNextPage":"no"},"activities":[]}}})"_ba;
    QTest::newRow("createdAt a string")
        << R"({"data":{"Page":{"pageInfo":{"hasNextPage":false},"activities":[{"id":5,"status":"watched episode","progress":"1","createdAt":"soon","media":{"id":1}}]}}})"_ba;
    QTest::newRow("data null") << R"({"data":null})"_ba;
}

void TestHostileSync::malformedActivityPage()
{
    // Item 4: page 2 of the activity feed is not a well-formed page. The run fails, nothing is
    // posted, lastSyncTimestamp stays; once AniList answers properly every play lands once.
    QFETCH(QByteArray, page2);
    SyncFixture f;
    QVERIFY(f.setUp(30, 400, 51));
    QVERIFY(f.fakes.anilist().activityCount() > 60); // at least two pages of 50
    QVERIFY(ConfigRepository(*f.db).set(QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"0"_s));
    f.fakes.anilist().addFault(
        u"POST"_s, u"."_s, FakeFault::httpStatus(200, page2), 1, uR"("page":2\b)"_s);
    {
        auto session = f.session();
        const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
        QVERIFY(!plan);
        QVERIFY2(plan.error().code == ErrorCode::BadResponse, qPrintable(plan.error().toString()));
        QVERIFY2(
            plan.error().userMessage.contains(u"AniList"_s), qPrintable(plan.error().userMessage));
    }
    QCOMPARE(f.fakes.anilist().pendingFaults(), 0);
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
    QCOMPARE(windowOf(f), u"0"_s);

    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan);
    QVERIFY(plan.value().counters.found > 50);
    auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
    QVERIFY(report && report.value().status == RunStatus::Succeeded);
    QCOMPARE(received(f), keys(plan.value().plays));
}

void TestHostileSync::garbageLibraryIsAnError()
{
    // Item 4: a garbage-typed list answer is an error, not "found 0".
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 61));
    for (const QByteArray &body :
        { R"({"data":{"MediaListCollection":{"lists":{"entries":[]},"hasNextChunk":false}}})"_ba,
            R"({"data":{"MediaListCollection":"none"}})"_ba,
            R"({"data":{"MediaListCollection":{"lists":[{"entries":[{"status":"COMPLETED","progress":"many","media":{"id":1}}]}],"hasNextChunk":false}}})"_ba }) {
        f.fakes.anilist().addFault(
            u"POST"_s, u"."_s, FakeFault::httpStatus(200, body), 1, u"MediaListCollection"_s);
        auto session = f.session();
        const auto plan = SyncFixture::preview(*session, SyncMode::Completed, f.options(20));
        QVERIFY2(!plan, body.constData());
        QCOMPARE(plan.error().code, ErrorCode::BadResponse);
    }
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
}

void TestHostileSync::garbageHistoryNeverCausesARepost()
{
    // A POST applied, its answer lost; the history read that should settle it comes back as an
    // object instead of a list. Read as "no plays", the batch would be sent again: a duplicate.
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 71));
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan);
    FakeTrakt &t = f.fakes.trakt();
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::cutHeaders(true), 1);
    t.addFault(u"GET"_s, u"^/sync/history/"_s,
        FakeFault::httpStatus(200, R"({"page":1,"items":[]})"_ba), 1);
    auto first = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
    QVERIFY(first);
    QCOMPARE(first.value().status, RunStatus::Failed); // could not tell: stopped, rows left pending
    QVERIFY(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value() > 0);
    QVERIFY(t.duplicatePlays().isEmpty());
    auto report = runUntilDone(f);
    QVERIFY(report && report.value().status == RunStatus::Succeeded);
    QVERIFY(t.duplicatePlays().isEmpty());
    QCOMPARE(received(f), keys(plan.value().plays));
}

void TestHostileSync::futureActivityNeverFreezesTheWindow()
{
    // Item 5: an activity dated 2100 is skipped (and said so), the window stays at the newest
    // real activity, and later activities are still found.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SyncFixture f;
    QVERIFY(f.setUpScenario(smallScenario(now), u"tsuzuki-test-secret-anilist-hostile-1"_s));
    Mapping m;
    m.anilistId = 21;
    m.traktId = 7001;
    m.isManual = true;
    QVERIFY(MappingRepository(*f.db).saveManual(m));

    auto session = f.session();
    auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
    QVERIFY(plan);
    QCOMPARE(plan.value().plays.size(), 3);
    QVERIFY(std::any_of(plan.value().skipped.cbegin(), plan.value().skipped.cend(),
        [](const SkippedItem &s) { return s.kind == SkipKind::InvalidTime && s.activityId == 4; }));
    QVERIFY(!plan.value().warnings.isEmpty());
    QVERIFY(SyncFixture::run(*session, plan.value(), plan.value().itemIds()));
    const qint64 window = windowOf(f).toLongLong();
    QCOMPARE(window, now - 3600 + 180); // episode 3's activity, not 2100
    QVERIFY(window <= QDateTime::currentSecsSinceEpoch() + SyncWindowSkewSeconds);

    // A new real activity is found.
    FakeAniActivity five;
    five.userId = 1;
    five.mediaId = 21;
    five.progressFrom = five.progressTo = 5;
    five.createdAt = now - 60;
    f.fakes.anilist().addActivity(five);
    plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
    QVERIFY(plan);
    QCOMPARE(plan.value().plays.size(), 1);
    QCOMPARE(plan.value().plays.first().episode, 5);
    QVERIFY(SyncFixture::run(*session, plan.value(), plan.value().itemIds()));

    // A database whose window an older version moved to 2100 heals: everything is read again,
    // nothing is posted twice, and the window comes back to the present.
    QVERIFY(ConfigRepository(*f.db).set(
        QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"4102444800"_s));
    FakeAniActivity six = five;
    six.id = 0;
    six.progressFrom = six.progressTo = 6;
    six.createdAt = now - 30;
    f.fakes.anilist().addActivity(six);
    plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
    QVERIFY(plan);
    QVERIFY(plan.value().warnings.join(u' ').contains(u"4102444800"_s));
    QCOMPARE(plan.value().plays.size(), 1);
    QCOMPARE(plan.value().plays.first().episode, 6);
    QVERIFY(SyncFixture::run(*session, plan.value(), plan.value().itemIds()));
    QCOMPARE(windowOf(f).toLongLong(), now - 30);
    QCOMPARE(f.fakes.trakt().playCount(7001, 1, 4), 0);
    for (int e : { 1, 2, 3, 5, 6 })
        QCOMPARE(f.fakes.trakt().playCount(7001, 1, e), 1);
}

void TestHostileSync::tricklingWriteEndsAtItsDeadline()
{
    // Item 6: Trakt applies a write and then sends its answer a byte every 200 ms. The transfer
    // timeout never fires; the request's 1.5 s deadline does; history settles it; the run ends.
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 81));
    f.timings.timeoutMs = 1000;
    f.timings.deadlineMs = 1500;
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan);
    f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::trickle(200, true), 1);
    auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
    QVERIFY(report);
    QCOMPARE(report.value().status, RunStatus::Succeeded);
    // The trickled batch was settled from history (found there), not sent again.
    QVERIFY(!f.fakes.trakt().requests(u"GET"_s, u"^/sync/history/"_s).isEmpty());
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    QCOMPARE(received(f), keys(plan.value().plays));
}

void TestHostileSync::stalledRunReleasesTheLock()
{
    // Item 6: a write that never gets an answer (and a deadline too long to help) holds the run
    // until the run's own limit, which scales with its work: then the run stops, says which
    // service stalled, and releases the lock. The next run settles the write from history.
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 91));
    f.timings.timeoutMs = 600000;
    f.timings.deadlineMs = 600000;
    f.timings.runLimitBaseMs = 1500;
    f.timings.runLimitPerBatchMs = 10;
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan);
    f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::hang(true), 1);
    auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
    QVERIFY(report);
    QCOMPARE(report.value().status, RunStatus::Failed);
    QVERIFY2(
        report.value().error.contains(u"Trakt did not answer"_s), qPrintable(report.value().error));
    QVERIFY(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value() > 0);
    {
        auto other = f.testDb.open(u"second-process"_s);
        QVERIFY(other);
        SyncRunLock lock(*other);
        QVERIFY2(lock.tryAcquire(), "the stalled run still holds the lock");
    }
    f.fakes.trakt().releaseHanging();
    f.timings = SyncFixture().timings;
    f.timings.postSpacingMs = 10;
    f.timings.relaxedReadLimits = true;
    auto rest = runUntilDone(f);
    QVERIFY(rest && rest.value().status == RunStatus::Succeeded);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    QCOMPARE(received(f), keys(plan.value().plays));
}

void TestHostileSync::oversizeAnswers()
{
    // Item 7: 50 MB where a page belongs. An AniList page fails the preview with a clear error;
    // a history POST answered that way is settled from history (the answer is not read).
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 101));
    f.fakes.anilist().addFault(
        u"POST"_s, u"."_s, FakeFault::oversize(50 * 1024 * 1024), 1, u"activities"_s);
    {
        auto session = f.session();
        const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
        QVERIFY(!plan);
        QVERIFY2(plan.error().userMessage.contains(u"AniList sent an answer larger than"_s),
            qPrintable(plan.error().userMessage));
    }
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options(20));
    QVERIFY(plan);
    f.fakes.trakt().addFault(
        u"POST"_s, u"^/sync/history$"_s, FakeFault::oversize(50 * 1024 * 1024), 1);
    auto report = runUntilDone(f);
    QVERIFY(report && report.value().status == RunStatus::Succeeded);
    QCOMPARE(received(f), keys(plan.value().plays));
}

void TestHostileSync::notFoundForEverythingFails()
{
    // Item 9: Trakt answers not_found for every play: the run is not a success.
    const QJsonObject scenario = QJsonDocument::fromJson(R"({
      "anilist": {
        "users": [{"id": 1, "name": "alice", "token": "tsuzuki-test-secret-anilist-hostile-2"}],
        "media": [{"id": 301, "format": "MOVIE", "episodes": 1, "title": {"romaji": "Gone One"}},
                  {"id": 302, "format": "MOVIE", "episodes": 1, "title": {"romaji": "Gone Two"}}],
        "entries": [{"userId": 1, "mediaId": 301, "status": "COMPLETED", "progress": 1,
                     "completedAt": {"year": 2024, "month": 1, "day": 2}},
                    {"userId": 1, "mediaId": 302, "status": "COMPLETED", "progress": 1,
                     "completedAt": {"year": 2024, "month": 1, "day": 3}}]
      },
      "trakt": {"shows": [], "movies": []}
    })")
                                     .object();
    SyncFixture f;
    QVERIFY(f.setUpScenario(scenario, u"tsuzuki-test-secret-anilist-hostile-2"_s));
    for (qint64 id : { 301, 302 }) {
        Mapping m;
        m.anilistId = id;
        m.traktId = 990000 + id; // Trakt has no such movie
        m.isManual = true;
        QVERIFY(MappingRepository(*f.db).saveManual(m));
    }
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Completed, f.options());
    QVERIFY(plan);
    QCOMPARE(plan.value().plays.size(), 2);
    auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
    QVERIFY(report);
    QCOMPARE(report.value().counters.notFound, 2);
    QCOMPARE(report.value().status, RunStatus::Failed);
    QVERIFY2(report.value().error.contains(u"needs-mapping"_s), qPrintable(report.value().error));
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::NotFound).value(), 2);
}

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestHostileSync)
#include "tst_hostilesync.moc"

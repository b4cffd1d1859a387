#include "core/net/anilistclient.h"
#include "core/net/anilistprogress.h"
#include "core/net/httpclient.h"
#include "tests/fakes/fakeservices.h"

#include <QLoggingCategory>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

/// AniListClient against the fake AniList GraphQL endpoint.
class TestAniListClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void viewer();
    void viewerWithoutToken();
    void invalidToken();
    void activitiesOverManyPages();
    void activitiesSinceFilters();
    void libraryChunksDeduplicated();
    void libraryStatusFilter();
    void libraryScoresInTheUsersFormat();
    void graphQLErrorWithHttp200();
    void serverErrorRetried();
    void lowRateLimitTightens();
    void noTokenInLogOutput();

private:
    template<typename T>
    std::optional<Result<T>> wait(
        const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call);

    FakeServices m_fakes;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AniListClient> m_client;
    static constexpr qint64 BaseTime = 1'700'000'000;
};

template<typename T>
std::optional<Result<T>> TestAniListClient::wait(
    const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

void TestAniListClient::initTestCase()
{
    QVERIFY(m_fakes.listen());
    FakeAniList &a = m_fakes.anilist();
    a.addUser(1, u"alice"_s, u"anilist-token-alice"_s);
    a.addUser(2, u"bob"_s, u"anilist-token-bob"_s);
    for (int id = 1; id <= 7; ++id) {
        FakeAniMedia m;
        m.id = 100 + id;
        m.idMal = 200 + id;
        m.format = id == 7 ? u"MOVIE"_s : u"TV"_s;
        m.episodes = id == 7 ? 1 : 12;
        m.romaji = u"Show %1"_s.arg(id);
        m.english = id % 2 ? u"English %1"_s.arg(id) : QString();
        a.addMedia(m);
    }
    // 130 activities of alice (3 pages of 50), ranges every tenth, one null progress; a few of
    // bob's.
    for (int i = 0; i < 130; ++i) {
        FakeAniActivity act;
        act.userId = 1;
        act.mediaId = 101 + (i % 6);
        act.createdAt = BaseTime + i * 60;
        if (i == 129) {
            act.status = u"completed"_s;
        } else if (i % 10 == 0) {
            act.progressFrom = 3;
            act.progressTo = 5;
        } else {
            act.progressFrom = act.progressTo = 1 + i % 12;
        }
        a.addActivity(act);
    }
    for (int i = 0; i < 3; ++i) {
        FakeAniActivity act;
        act.userId = 2;
        act.mediaId = 101;
        act.progressFrom = act.progressTo = i + 1;
        act.createdAt = BaseTime + i;
        a.addActivity(act);
    }
    // Library: 7 entries, two of them also in custom lists (so they appear twice).
    const QStringList statuses { u"CURRENT"_s, u"COMPLETED"_s, u"COMPLETED"_s, u"PLANNING"_s,
        u"PAUSED"_s, u"DROPPED"_s, u"COMPLETED"_s };
    for (int id = 1; id <= 7; ++id) {
        FakeAniListEntry e;
        e.userId = 1;
        e.mediaId = 100 + id;
        e.status = statuses.at(id - 1);
        e.progress = e.status == u"COMPLETED"_s ? 12 : 4;
        e.updatedAt = BaseTime + id;
        if (e.status == u"COMPLETED"_s)
            e.completedAt = FakeFuzzyDate { 2024, 1, id };
        if (id == 2 || id == 3)
            e.customLists = { u"Favourites"_s };
        a.addEntry(e);
    }
}

void TestAniListClient::init()
{
    m_fakes.anilist().clearFaults();
    m_fakes.anilist().clearLog();
    m_fakes.anilist().setPageLimits(50, 500);
    m_fakes.anilist().setRateLimit(90, 89, false);
    HttpClientOptions o = HttpClientOptions::aniList();
    o.limits = {}; // the limiter has its own tests; here we want speed
    o.limits.lowRemainingThreshold = 5;
    o.limits.readWindowMs = 60'000;
    o.backoffBaseMs = 20;
    m_http = std::make_unique<HttpClient>(o);
    m_client = std::make_unique<AniListClient>(m_http.get(), m_fakes.anilist().baseUrl());
    m_client->setAccessToken(u"anilist-token-alice"_s);
}

void TestAniListClient::viewer()
{
    auto r = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().id, 1);
    QCOMPARE(r->value().name, u"alice"_s);
    const auto log = m_fakes.anilist().requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, "POST"_ba);
    QCOMPARE(log.first().authLabel, u"user:1"_s);
    QVERIFY(log.first().header("User-Agent").startsWith("Tsuzuki/"));
}

void TestAniListClient::viewerWithoutToken()
{
    AniListClient anonymous(m_http.get(), m_fakes.anilist().baseUrl());
    auto r = wait<AniListViewer>([&](QObject *c, auto done) { anonymous.viewer(c, done); });
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::NotLoggedIn);
    QCOMPARE(m_fakes.anilist().requestLog().size(), 0);
}

void TestAniListClient::invalidToken()
{
    m_client->setAccessToken(u"revoked-token-xyz"_s);
    auto r = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::AniListLoginRefused);
    QVERIFY(r->error().userMessage.contains(u"Log in again"_s));
    QVERIFY(!r->error().toString().contains(u"revoked-token-xyz"_s));

    // The fake's injected "expired token" answer says the same.
    m_client->setAccessToken(u"anilist-token-alice"_s);
    m_fakes.anilist().addFault(u"POST"_s, {}, FakeFault::expiredToken());
    auto again = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    QCOMPARE(again->error().code, ErrorCode::AniListLoginRefused);
}

void TestAniListClient::activitiesOverManyPages()
{
    auto r = wait<QList<AniListActivity>>(
        [&](QObject *c, auto done) { m_client->activitiesSince(1, 0, c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    const QList<AniListActivity> &list = r->value();
    QCOMPARE(list.size(), 130);
    QCOMPARE(m_fakes.anilist().operationCount(u"Page"_s), 3);
    // Oldest first.
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).createdAt <= list.at(i).createdAt);
    QCOMPARE(list.first().createdAt, BaseTime);
    // Ranges stay strings and expand to every episode.
    QCOMPARE(list.first().progress, u"3 - 5"_s);
    QCOMPARE(parseAniListProgress(list.first().progress).value(), (QList<int> { 3, 4, 5 }));
    QCOMPARE(list.at(1).progress, u"2"_s);
    QCOMPARE(list.at(1).status, u"watched episode"_s);
    // A completed activity has no progress.
    QCOMPARE(list.last().status, u"completed"_s);
    QVERIFY(list.last().progress.isNull());
    // Media came along.
    QCOMPARE(list.first().media.id, 101);
    QCOMPARE(list.first().media.idMal, 201);
    QCOMPARE(list.first().media.episodes, 12);
    QCOMPARE(list.first().media.titleEnglish, u"English 1"_s);
    QCOMPARE(list.first().media.titleRomaji, u"Show 1"_s);
}

void TestAniListClient::activitiesSinceFilters()
{
    // Only those strictly after the given time, and only this user's.
    auto r = wait<QList<AniListActivity>>(
        [&](QObject *c, auto done) { m_client->activitiesSince(1, BaseTime + 100 * 60, c, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().size(), 29);
    QCOMPARE(r->value().first().createdAt, BaseTime + 101 * 60);
    QCOMPARE(m_fakes.anilist().operationCount(u"Page"_s), 3 + 1);

    auto bob = wait<QList<AniListActivity>>(
        [&](QObject *c, auto done) { m_client->activitiesSince(2, 0, c, done); });
    QVERIFY(bob && bob->ok());
    QCOMPARE(bob->value().size(), 3);
}

void TestAniListClient::libraryChunksDeduplicated()
{
    m_fakes.anilist().setPageLimits(50, 2); // 2 rows per chunk: 9 rows (7 + 2 custom) → 5 chunks
    const int before = m_fakes.anilist().operationCount(u"MediaListCollection"_s);
    auto r = wait<QList<AniListListEntry>>(
        [&](QObject *c, auto done) { m_client->libraryEntries(1, {}, c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(m_fakes.anilist().operationCount(u"MediaListCollection"_s) - before, 5);
    const QList<AniListListEntry> &entries = r->value();
    QCOMPARE(entries.size(), 7);
    QSet<int> ids;
    for (const AniListListEntry &e : entries)
        ids.insert(e.media.id);
    QCOMPARE(ids.size(), 7);
    const auto it = std::find_if(
        entries.cbegin(), entries.cend(), [](const auto &e) { return e.media.id == 102; });
    QVERIFY(it != entries.cend());
    QCOMPARE(it->status, u"COMPLETED"_s);
    QCOMPARE(it->progress, 12);
    QCOMPARE(it->completedAt, (FuzzyDate { 2024, 1, 2 }));
    QCOMPARE(it->completedAt.toDate(), QDate(2024, 1, 2));
    QVERIFY(!it->startedAt.isValid());
    QCOMPARE(it->updatedAt, BaseTime + 2);
}

void TestAniListClient::libraryStatusFilter()
{
    auto r = wait<QList<AniListListEntry>>(
        [&](QObject *c, auto done) { m_client->libraryEntries(1, { u"COMPLETED"_s }, c, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().size(), 3);
    for (const AniListListEntry &e : r->value())
        QCOMPARE(e.status, u"COMPLETED"_s);
    const auto movie = std::find_if(
        r->value().cbegin(), r->value().cend(), [](const auto &e) { return e.media.id == 107; });
    QVERIFY(movie != r->value().cend());
    QVERIFY(movie->media.isMovie());
}

void TestAniListClient::libraryScoresInTheUsersFormat()
{
    // Bob scores in POINT_10_DECIMAL; one entry scored, one unscored (0), one whose score AniList
    // sent as null, one being rewatched for the second time.
    FakeAniList &a = m_fakes.anilist();
    QVERIFY(a.setScoreFormat(2, u"POINT_10_DECIMAL"_s));
    const struct
    {
        int media;
        std::optional<double> score;
        const char16_t *status;
        int repeat;
    } rows[] = { { 101, 7.5, u"COMPLETED", 0 }, { 102, 0.0, u"CURRENT", 0 },
        { 103, std::nullopt, u"PLANNING", 0 }, { 104, 9.0, u"REPEATING", 2 } };
    for (const auto &row : rows) {
        FakeAniListEntry e;
        e.userId = 2;
        e.mediaId = row.media;
        e.status = QStringView(row.status).toString();
        e.score = row.score;
        e.repeat = row.repeat;
        e.updatedAt = BaseTime;
        a.addEntry(e);
    }
    auto r = wait<QList<AniListListEntry>>(
        [&](QObject *c, auto done) { m_client->libraryEntries(2, {}, c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString())); // a null score is well formed
    QCOMPARE(r->value().size(), 4);
    QHash<int, AniListListEntry> byMedia;
    for (const AniListListEntry &e : r->value())
        byMedia.insert(e.media.id, e);
    QCOMPARE(byMedia.value(101).score, 7.5);
    QCOMPARE(byMedia.value(102).score, 0.0);
    QCOMPARE(byMedia.value(103).score, 0.0); // null: not scored
    QCOMPARE(byMedia.value(104).score, 9.0);
    QCOMPARE(byMedia.value(104).repeat, 2);
    QCOMPARE(byMedia.value(104).status, u"REPEATING"_s);
    for (const AniListListEntry &e : r->value())
        QCOMPARE(e.scoreFormat, u"POINT_10_DECIMAL"_s);
    // What was asked: the score, the repeat count and the user's score format.
    const QString query = a.requests(u"POST"_s).last().jsonBody().value(u"query"_s).toString();
    QVERIFY(query.contains(u"mediaListOptions { scoreFormat }"_s));
    QVERIFY(query.contains(u"repeat score"_s));

    // Alice never chose a format: the fake's default, POINT_10, like AniList's.
    auto alice = wait<QList<AniListListEntry>>(
        [&](QObject *c, auto done) { m_client->libraryEntries(1, {}, c, done); });
    QVERIFY(alice && alice->ok());
    QVERIFY(!alice->value().isEmpty());
    for (const AniListListEntry &e : alice->value())
        QCOMPARE(e.scoreFormat, u"POINT_10"_s);
}

void TestAniListClient::graphQLErrorWithHttp200()
{
    m_fakes.anilist().injectGraphQLError(u"Page"_s, u"Something broke inside"_s, 500, 1, 200);
    auto r = wait<QList<AniListActivity>>(
        [&](QObject *c, auto done) { m_client->activitiesSince(1, 0, c, done); });
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::GraphQL);
    QVERIFY(r->error().userMessage.contains(u"Something broke inside"_s));
    QCOMPARE(r->error().httpStatus, 200);
}

void TestAniListClient::serverErrorRetried()
{
    m_fakes.anilist().addFault(u"POST"_s, {}, FakeFault::serverError(502), 1);
    m_fakes.anilist().addFault(u"POST"_s, {}, FakeFault::rateLimited(1), 1);
    auto r = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(m_fakes.anilist().requestLog().size(), 3);
    QCOMPARE(m_http->retryCount(), 2u);
}

void TestAniListClient::lowRateLimitTightens()
{
    QCOMPARE(m_http->limiter().adaptiveReadSpacingMs(), 0);
    m_fakes.anilist().setRateLimit(90, 2, false);
    auto r = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(m_http->limiter().adaptiveReadSpacingMs(), 20'000);
}

static QStringList s_captured;

static void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured << message;
}

void TestAniListClient::noTokenInLogOutput()
{
    // Raw capture (no redaction in between): the client must not print the token in the first
    // place.
    QLoggingCategory::setFilterRules(u"tsuzuki.*=true"_s);
    s_captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    m_fakes.anilist().addFault(u"POST"_s, {}, FakeFault::serverError(500), 1);
    auto ok = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    m_client->setAccessToken(u"anilist-token-revoked-4242"_s);
    auto bad = wait<AniListViewer>([&](QObject *c, auto done) { m_client->viewer(c, done); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});

    QVERIFY(ok && ok->ok());
    QVERIFY(bad && !bad->ok());
    QVERIFY2(s_captured.size() >= 3, "debug logging was not captured");
    const QString all = s_captured.join(u'\n');
    QVERIFY(!all.contains(u"anilist-token-alice"_s));
    QVERIFY(!all.contains(u"anilist-token-revoked-4242"_s));
    QVERIFY(!all.contains(u"Bearer"_s));
    QVERIFY(!bad->error().toString().contains(u"anilist-token-revoked-4242"_s));
}

QTEST_GUILESS_MAIN(TestAniListClient)
#include "tst_anilistclient.moc"

// Checks the fake services themselves with plain QNetworkAccessManager requests: the wire format,
// pagination, state (history, tokens, device codes) and every fault kind.
#include "tests/fakes/fakeservices.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kAniToken = u"anilist-token-alice"_s;

} // namespace

class TestFakes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rootField_data();
    void rootField();
    void anilistViewerAndToken();
    void anilistActivityPagination();
    void anilistChunkedCollection();
    void anilistGraphQLErrorWithHttp200();

    void traktHeaderChecks_data();
    void traktHeaderChecks();
    void traktSearchAndSeasons();
    void traktPostHistoryNotFound();
    void traktWholeShowIsRecorded();
    void traktHistoryPagination();
    void traktDeviceFlow();
    void traktRefreshIsSingleUse();
    void traktConcurrentRefreshOnlyOneWins();
    void traktExpiredAndRevokedTokens();
    void traktAccountState();
    void traktRefusals();
    void traktRatingsWatchlistDropped();
    void traktListsFromScenarioAndControl();

    void tmdbExternalIds_data();
    void tmdbExternalIds();

    void faultStatuses_data();
    void faultStatuses();
    void faultBodies();
    void faultSlowReply();
    void faultDropAfterApply();
    void faultHang();
    void faultCountAndBodyMatch();
    void requestLogRedactsSecrets();

    void scenarioFile();
    void generatedLibrary();
    void largeLibraryIsQuick();
    void executablePrintsUrls();

private:
    Reply send(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
        const QByteArray &body = {}, int timeoutMs = 5000);
    Reply anilist(
        const QString &query, const QJsonObject &variables = {}, const QString &token = kAniToken);
    Reply trakt(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
        const QString &token = {}, int timeoutMs = 5000);
    Reply oauth(const QString &path, const QJsonObject &body);
    Reply tmdb(const QString &pathAndQuery, const Headers &headers = {});
    static QUrl url(const QUrl &base, const QString &pathAndQuery);
    void addShowWithSeasons();

    QNetworkAccessManager *m_nam = nullptr;
    FakeServices *m_fakes = nullptr;
    QString m_access;
};

QUrl TestFakes::url(const QUrl &base, const QString &pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery);
}

Reply TestFakes::send(const QByteArray &verb, const QUrl &target, const Headers &headers,
    const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(target);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"tsuzuki-tests/1.0"_s);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply TestFakes::anilist(const QString &query, const QJsonObject &variables, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({ "Authorization"_ba, "Bearer "_ba + token.toUtf8() });
    const QJsonObject body { { u"query"_s, query }, { u"variables"_s, variables } };
    return send("POST"_ba, m_fakes->anilist().baseUrl(), headers,
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply TestFakes::trakt(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
    const QString &token, int timeoutMs)
{
    Headers headers { { "trakt-api-key"_ba, m_fakes->trakt().clientId().toUtf8() },
        { "trakt-api-version"_ba, "2"_ba } };
    const QString t = token.isEmpty() ? m_access : token;
    if (!t.isEmpty())
        headers.append({ "Authorization"_ba, "Bearer "_ba + t.toUtf8() });
    return send(verb, url(m_fakes->trakt().baseUrl(), pathAndQuery), headers, body, timeoutMs);
}

Reply TestFakes::oauth(const QString &path, const QJsonObject &body)
{
    QJsonObject b = body;
    b.insert(u"client_id"_s, m_fakes->trakt().clientId());
    if (!b.contains(u"client_secret"_s) && path != u"/oauth/device/code"_s)
        b.insert(u"client_secret"_s, m_fakes->trakt().clientSecret());
    return send("POST"_ba, url(m_fakes->trakt().authUrl(), path), {},
        QJsonDocument(b).toJson(QJsonDocument::Compact));
}

Reply TestFakes::tmdb(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET"_ba, url(m_fakes->tmdb().baseUrl(), pathAndQuery), headers);
}

void TestFakes::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_fakes = new FakeServices(this);
    QVERIFY(m_fakes->listen());
    m_fakes->anilist().addUser(1, u"alice"_s, kAniToken);
    m_access = m_fakes->trakt().issueToken().first;
}

void TestFakes::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
    delete m_fakes;
    m_fakes = nullptr;
}

void TestFakes::addShowWithSeasons()
{
    FakeTraktShow show = FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Attack on Titan", "year": 2013,
        "ids": {"trakt": 1420, "slug": "attack-on-titan", "tvdb": 267440, "imdb": "tt2560140", "tmdb": 1429},
        "seasons": [{"number": 0, "episodeCount": 2},
                    {"number": 1, "episodeCount": 25, "firstAbs": 1},
                    {"number": 2, "episodeCount": 12, "firstAbs": 26}]})")
                                                     .object());
    m_fakes->trakt().addShow(show);
    FakeTraktMovie movie;
    movie.ids.trakt = 223;
    movie.ids.tmdb = 129;
    movie.ids.imdb = u"tt0245429"_s;
    movie.ids.slug = u"spirited-away-2001"_s;
    movie.title = u"Spirited Away"_s;
    movie.year = 2001;
    m_fakes->trakt().addMovie(movie);
}

// ---- AniList -------------------------------------------------------------------------

void TestFakes::rootField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("root");
    QTest::newRow("anonymous") << u"{ Viewer { id name } }"_s << u"Viewer"_s;
    QTest::newRow("named with variables")
        << u"query Activities($page: Int) { Page(page: $page, perPage: 50) { pageInfo { hasNextPage } } }"_s
        << u"Page"_s;
    QTest::newRow("alias") << u"query { lib: MediaListCollection(userId: 1) { hasNextChunk } }"_s
                           << u"MediaListCollection"_s;
    QTest::newRow("comment first") << u"# list\nquery {\n  Media(id: 1) { id } }"_s << u"Media"_s;
}

void TestFakes::rootField()
{
    QFETCH(QString, query);
    QFETCH(QString, root);
    QCOMPARE(FakeAniList::rootField(query), root);
}

void TestFakes::anilistViewerAndToken()
{
    m_fakes->anilist().setRateLimit(90, 42);
    const Reply ok = anilist(u"query { Viewer { id name } }"_s);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object()[u"data"_s][u"Viewer"_s][u"name"_s].toString(), u"alice"_s);
    QCOMPARE(ok.header("X-RateLimit-Limit"), "90"_ba);
    QCOMPARE(ok.header("X-RateLimit-Remaining"), "42"_ba);

    for (const QString &token : { QString(), u"wrong"_s }) {
        const Reply bad = anilist(u"query { Viewer { id } }"_s, {}, token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object()[u"errors"_s][0][u"message"_s].toString(), u"Invalid token"_s);
        QVERIFY(bad.object()[u"data"_s].isNull());
    }
    QCOMPARE(m_fakes->anilist().operationCount(u"Viewer"_s), 3);
}

void TestFakes::anilistActivityPagination()
{
    FakeAniMedia media;
    media.id = 21;
    media.episodes = 200;
    media.romaji = u"One Piece"_s;
    m_fakes->anilist().addMedia(media);
    for (int i = 1; i <= 120; ++i) {
        FakeAniActivity a;
        a.userId = 1;
        a.mediaId = 21;
        a.progressFrom = i;
        a.progressTo = i % 10 == 0 ? i + 2 : i;
        a.createdAt = 1'700'000'000 + i * 60;
        m_fakes->anilist().addActivity(a);
    }
    const QString query
        = u"query ($userId: Int, $page: Int, $since: Int) { Page(page: $page, perPage: 100) {"
          " pageInfo { hasNextPage } activities(userId: $userId, type: ANIME_LIST,"
          " createdAt_greater: $since, sort: ID_DESC) { ... on ListActivity { id status progress"
          " createdAt media { id } } } } }"_s;
    QList<qint64> ids;
    QList<bool> hasNext;
    QStringList progress;
    for (int page = 1; page <= 3; ++page) {
        const Reply r
            = anilist(query, { { u"userId"_s, 1 }, { u"page"_s, page }, { u"since"_s, 0 } });
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.object()[u"data"_s][u"Page"_s].toObject();
        hasNext.append(p[u"pageInfo"_s][u"hasNextPage"_s].toBool());
        for (const QJsonValue &a : p[u"activities"_s].toArray()) {
            ids.append(a[u"id"_s].toInteger());
            progress.append(a[u"progress"_s].toString());
        }
    }
    QCOMPARE(hasNext, (QList<bool> { true, true, false })); // perPage 100 was capped at 50
    QCOMPARE(ids.size(), 120);
    QCOMPARE(ids.first(), 120);
    QCOMPARE(ids.last(), 1);
    QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));
    QVERIFY(progress.contains(u"110 - 112"_s));
    QVERIFY(progress.contains(u"7"_s));

    // createdAt_greater is exclusive
    const Reply since = anilist(
        query, { { u"userId"_s, 1 }, { u"page"_s, 1 }, { u"since"_s, 1'700'000'000 + 100 * 60 } });
    const QJsonArray recent = since.object()[u"data"_s][u"Page"_s][u"activities"_s].toArray();
    QCOMPARE(recent.size(), 20);
    QCOMPARE(recent.last()[u"id"_s].toInteger(), 101);
}

void TestFakes::anilistChunkedCollection()
{
    FakeAniList &ani = m_fakes->anilist();
    for (int i = 1; i <= 7; ++i) {
        FakeAniMedia m;
        m.id = 100 + i;
        m.episodes = 12;
        m.romaji = u"Show %1"_s.arg(i);
        ani.addMedia(m);
        FakeAniListEntry e;
        e.userId = 1;
        e.mediaId = m.id;
        e.status = i <= 4 ? u"COMPLETED"_s : (i <= 6 ? u"CURRENT"_s : u"PLANNING"_s);
        e.progress = i <= 4 ? 12 : 3;
        e.completedAt = FakeFuzzyDate { 2024, 1, i };
        if (i == 2)
            e.customLists = { u"Favourites"_s };
        ani.addEntry(e);
    }
    const QString query
        = u"query ($userId: Int, $chunk: Int, $status: [MediaListStatus]) { MediaListCollection("
          "userId: $userId, type: ANIME, status_in: $status, chunk: $chunk, perChunk: 3,"
          " forceSingleCompletedList: true) { hasNextChunk lists { name status isCustomList"
          " entries { mediaId status progress completedAt { year month day } media { id episodes } } } } }"_s;
    QList<int> seen;
    QStringList listNames;
    QList<bool> more;
    for (int chunk = 1; chunk <= 3; ++chunk) {
        const Reply r = anilist(query,
            { { u"userId"_s, 1 }, { u"chunk"_s, chunk },
                { u"status"_s, QJsonArray { u"COMPLETED"_s, u"CURRENT"_s } } });
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.object()[u"data"_s][u"MediaListCollection"_s].toObject();
        more.append(c[u"hasNextChunk"_s].toBool());
        for (const QJsonValue &l : c[u"lists"_s].toArray()) {
            listNames.append(l[u"name"_s].toString());
            for (const QJsonValue &e : l[u"entries"_s].toArray())
                seen.append(e[u"mediaId"_s].toInt());
        }
    }
    // 6 entries (PLANNING filtered out) + the Favourites copy = 7 rows in chunks of 3.
    QCOMPARE(more, (QList<bool> { true, true, false }));
    QCOMPARE(seen.size(), 7);
    QCOMPARE(seen.count(102), 2);
    QVERIFY(!seen.contains(107));
    QVERIFY(listNames.contains(u"Favourites"_s));
    QVERIFY(listNames.contains(u"Watching"_s));
    QVERIFY(listNames.contains(u"Completed"_s));
}

void TestFakes::anilistGraphQLErrorWithHttp200()
{
    m_fakes->anilist().injectGraphQLError(u"Page"_s, u"Internal Server Error"_s, 500, 1);
    const QString page = u"query { Page(page: 1, perPage: 50) { activities(userId: 1) { id } } }"_s;
    const Reply viewer = anilist(u"{ Viewer { id } }"_s);
    QCOMPARE(viewer.status, 200);
    QVERIFY(!viewer.object().contains(u"errors"_s)); // other root fields are not affected
    const Reply failed = anilist(page);
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.object()[u"errors"_s][0][u"status"_s].toInt(), 500);
    QVERIFY(failed.object()[u"data"_s].isNull());
    const Reply again = anilist(page);
    QVERIFY(!again.object().contains(u"errors"_s));
}

// ---- Trakt ---------------------------------------------------------------------------

void TestFakes::traktHeaderChecks_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("bearer");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("html");
    QTest::newRow("all good") << "tsuzuki/1"_ba
                              << "fake-client-id"_ba
                              << "2"_ba << true << 200 << false;
    QTest::newRow("Qt default UA") << "Mozilla/5.0"_ba
                                   << "fake-client-id"_ba
                                   << "2"_ba << true << 403 << true;
    QTest::newRow("wrong api key") << "tsuzuki/1"_ba
                                   << "other"_ba
                                   << "2"_ba << true << 403 << false;
    QTest::newRow("no version") << "tsuzuki/1"_ba
                                << "fake-client-id"_ba << QByteArray() << true << 400 << false;
    QTest::newRow("no bearer") << "tsuzuki/1"_ba
                               << "fake-client-id"_ba
                               << "2"_ba << false << 401 << false;
}

void TestFakes::traktHeaderChecks()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, version);
    QFETCH(bool, bearer);
    QFETCH(int, status);
    QFETCH(bool, html);
    Headers headers { { "User-Agent"_ba, userAgent }, { "trakt-api-key"_ba, apiKey } };
    if (!version.isEmpty())
        headers.append({ "trakt-api-version"_ba, version });
    if (bearer)
        headers.append({ "Authorization"_ba, "Bearer "_ba + m_access.toUtf8() });
    const Reply r = send("GET"_ba, url(m_fakes->trakt().baseUrl(), u"/users/settings"_s), headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type").startsWith("text/html"), html);
    if (status == 200)
        QCOMPARE(r.object()[u"user"_s][u"username"_s].toString(), u"fakeuser"_s);
}

void TestFakes::traktSearchAndSeasons()
{
    addShowWithSeasons();
    const Reply found = trakt("GET"_ba, u"/search/tmdb/1429?type=show"_s);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.array().size(), 1);
    QCOMPARE(found.array()[0][u"type"_s].toString(), u"show"_s);
    QCOMPARE(found.array()[0][u"show"_s][u"ids"_s][u"trakt"_s].toInt(), 1420);
    QCOMPARE(trakt("GET"_ba, u"/search/imdb/tt0245429?type=movie"_s)
                 .array()[0][u"movie"_s][u"title"_s]
                 .toString(),
        u"Spirited Away"_s);
    QCOMPARE(trakt("GET"_ba, u"/search/tmdb/1429?type=movie"_s).array().size(), 0);

    for (const QString &id : { u"1420"_s, u"attack-on-titan"_s }) {
        const Reply r = trakt("GET"_ba, u"/shows/%1/seasons?extended=full,episodes"_s.arg(id));
        QCOMPARE(r.status, 200);
        const QJsonArray seasons = r.array();
        QCOMPARE(seasons.size(), 3);
        QCOMPARE(seasons[0][u"number"_s].toInt(), 0);
        QCOMPARE(seasons[2][u"episode_count"_s].toInt(), 12);
        QCOMPARE(seasons[2][u"aired_episodes"_s].toInt(), 12);
        const QJsonArray eps = seasons[2][u"episodes"_s].toArray();
        QCOMPARE(eps.size(), 12);
        QCOMPARE(eps[0][u"season"_s].toInt(), 2);
        QCOMPARE(eps[0][u"number_abs"_s].toInt(), 26);
        QVERIFY(seasons[0][u"episodes"_s][0][u"number_abs"_s].isNull());
        QVERIFY(seasons[1][u"ids"_s][u"trakt"_s].toInteger() > 0);
    }
    // Without "full" Trakt sends no number_abs and no counts.
    const QJsonArray plain = trakt("GET"_ba, u"/shows/1420/seasons?extended=episodes"_s).array();
    QVERIFY(!plain[1].toObject().contains(u"episode_count"_s));
    QVERIFY(!plain[1][u"episodes"_s][0].toObject().contains(u"number_abs"_s));
    QCOMPARE(trakt("GET"_ba, u"/shows/999/seasons"_s).status, 404);
}

void TestFakes::traktPostHistoryNotFound()
{
    addShowWithSeasons();
    const QByteArray body = R"({
        "shows": [{"ids": {"tmdb": 1429}, "seasons": [
                      {"number": 2, "episodes": [{"number": 1, "watched_at": "2024-01-01T10:00:30.250Z"},
                                                 {"number": 99, "watched_at": "2024-01-01T10:00:00Z"}]},
                      {"number": 7, "episodes": [{"number": 1}]}]},
                  {"ids": {"trakt": 9999}, "seasons": [{"number": 1, "episodes": [{"number": 1}]}]}],
        "movies": [{"ids": {"imdb": "tt0245429"}, "watched_at": "2024-01-02T00:00:00Z"},
                   {"ids": {"tmdb": 1}, "watched_at": "2024-01-02T00:00:00Z"}],
        "episodes": [{"ids": {"trakt": 1420010003}, "watched_at": "2024-01-03T00:00:00Z"},
                     {"ids": {"trakt": 5}}]})"_ba;
    const Reply r = trakt("POST"_ba, u"/sync/history"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QCOMPARE(o[u"added"_s][u"episodes"_s].toInt(), 2);
    QCOMPARE(o[u"added"_s][u"movies"_s].toInt(), 1);
    const QJsonObject nf = o[u"not_found"_s].toObject();
    QCOMPARE(nf[u"shows"_s].toArray().size(), 1);
    QCOMPARE(nf[u"shows"_s][0][u"ids"_s][u"trakt"_s].toInt(), 9999);
    QCOMPARE(nf[u"seasons"_s].toArray().size(), 1);
    QCOMPARE(nf[u"seasons"_s][0][u"number"_s].toInt(), 7);
    QCOMPARE(nf[u"episodes"_s].toArray().size(), 2);
    QCOMPARE(nf[u"episodes"_s][0][u"number"_s].toInt(), 99);
    QCOMPARE(nf[u"movies"_s].toArray().size(), 1);
    QVERIFY(nf[u"people"_s].isArray());

    FakeTrakt &t = m_fakes->trakt();
    QCOMPARE(t.history().size(), 3);
    QCOMPARE(t.playCount(1420, 2, 1), 1);
    QCOMPARE(t.playCount(1420, 1, 3), 1); // via episode ids
    QCOMPARE(t.moviePlayCount(223), 1);
    QCOMPARE(t.history().first().watchedAt,
        QDateTime(QDate(2024, 1, 1), QTime(10, 0, 30), Qt::UTC).toSecsSinceEpoch());

    // Trakt does not de-duplicate: the same post twice gives two plays.
    QVERIFY(t.duplicatePlays().isEmpty());
    QCOMPARE(trakt("POST"_ba, u"/sync/history"_s, body).status, 201);
    QCOMPARE(t.playCount(1420, 2, 1), 2);
    QCOMPARE(t.duplicatePlays().size(), 3);
    QCOMPARE(t.wholeShowPosts(), 0);
}

void TestFakes::traktWholeShowIsRecorded()
{
    addShowWithSeasons();
    const Reply r = trakt("POST"_ba, u"/sync/history"_s,
        R"({"shows": [{"ids": {"trakt": 1420}, "watched_at": "2024-02-01T00:00:00Z"}]})"_ba);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object()[u"added"_s][u"episodes"_s].toInt(), 37); // 25 + 12, specials not included
    QCOMPARE(m_fakes->trakt().wholeShowPosts(), 1);
    QCOMPARE(m_fakes->trakt().playCount(1420, 0, 1), 0);
    QCOMPARE(m_fakes->trakt().playCount(1420, 2, 12), 1);
}

void TestFakes::traktHistoryPagination()
{
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    const qint64 base = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    for (int e = 1; e <= 25; ++e)
        t.addPlay(1420, 1, e, base + e * 60);
    t.addMoviePlay(223, base);

    const Reply page1 = trakt("GET"_ba, u"/sync/history/shows/1420?page=1&limit=10"_s);
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.header("X-Pagination-Page"), "1"_ba);
    QCOMPARE(page1.header("X-Pagination-Limit"), "10"_ba);
    QCOMPARE(page1.header("X-Pagination-Page-Count"), "3"_ba);
    QCOMPARE(page1.header("X-Pagination-Item-Count"), "25"_ba);
    QCOMPARE(page1.array().size(), 10);
    const QJsonObject newest = page1.array()[0].toObject();
    QCOMPARE(newest[u"episode"_s][u"number"_s].toInt(), 25);
    QCOMPARE(newest[u"type"_s].toString(), u"episode"_s);
    QCOMPARE(newest[u"action"_s].toString(), u"watch"_s);
    QCOMPARE(newest[u"show"_s][u"ids"_s][u"trakt"_s].toInt(), 1420);
    QCOMPARE(newest[u"watched_at"_s].toString(), u"2024-03-01T12:25:00.000Z"_s);
    QCOMPARE(
        trakt("GET"_ba, u"/sync/history/shows/attack-on-titan?page=3&limit=10"_s).array().size(),
        5);

    // start_at/end_at are inclusive
    const Reply window = trakt("GET"_ba,
        u"/sync/history/shows/1420?start_at=2024-03-01T12:03:00.000Z"
        u"&end_at=2024-03-01T12:05:00.000Z&limit=250"_s);
    QCOMPARE(window.header("X-Pagination-Item-Count"), "3"_ba);
    const Reply movies = trakt("GET"_ba, u"/sync/history/movies/223"_s);
    QCOMPARE(movies.array().size(), 1);
    QCOMPARE(movies.array()[0][u"movie"_s][u"ids"_s][u"trakt"_s].toInt(), 223);
    QCOMPARE(trakt("GET"_ba, u"/sync/history/episodes?limit=100"_s).array().size(), 25);

    const Reply activities = trakt("GET"_ba, u"/sync/last_activities"_s);
    QCOMPARE(activities.status, 200);
    QVERIFY(activities.object()[u"episodes"_s][u"watched_at"_s].isString());
}

void TestFakes::traktDeviceFlow()
{
    FakeTrakt &t = m_fakes->trakt();
    const Reply code = oauth(u"/oauth/device/code"_s, {});
    QCOMPARE(code.status, 200);
    const QString device = code.object()[u"device_code"_s].toString();
    QVERIFY(!device.isEmpty());
    QCOMPARE(code.object()[u"user_code"_s].toString().size(), 8);
    QVERIFY(code.object()[u"verification_url"_s].toString().startsWith(u"http://127.0.0.1"_s));
    QCOMPARE(code.object()[u"interval"_s].toInt(), 5);
    QVERIFY(code.object()[u"expires_in"_s].toInt() > 0);

    auto poll = [&](const QString &c) {
        return oauth(u"/oauth/device/token"_s, { { u"code"_s, c } });
    };
    QCOMPARE(poll(device).status, 400);
    t.approve();
    const Reply token = poll(device);
    QCOMPARE(token.status, 200);
    for (const QString &key :
        { u"access_token"_s, u"refresh_token"_s, u"token_type"_s, u"scope"_s })
        QVERIFY2(token.object()[key].isString(), qPrintable(key));
    QVERIFY(token.object()[u"expires_in"_s].toInt() > 0);
    QVERIFY(token.object()[u"created_at"_s].toInteger() > 0);
    QVERIFY(t.isAccessTokenValid(token.object()[u"access_token"_s].toString()));
    QCOMPARE(poll(device).status, 409);
    QCOMPARE(poll(u"nonsense"_s).status, 404);

    const QString denied = oauth(u"/oauth/device/code"_s, {}).object()[u"device_code"_s].toString();
    t.deny();
    QCOMPARE(poll(denied).status, 418);
    const QString expired
        = oauth(u"/oauth/device/code"_s, {}).object()[u"device_code"_s].toString();
    t.expire();
    QCOMPARE(poll(expired).status, 410);

    const QString scripted
        = oauth(u"/oauth/device/code"_s, {}).object()[u"device_code"_s].toString();
    t.scriptDevicePolls({ 400, 429, 200 });
    QCOMPARE(poll(scripted).status, 400);
    QCOMPARE(poll(scripted).status, 429);
    QCOMPARE(poll(scripted).status, 200);
    QCOMPARE(poll(scripted).status, 409);

    const QString slow = oauth(u"/oauth/device/code"_s, {}).object()[u"device_code"_s].toString();
    t.setEnforcePollInterval(true);
    QCOMPARE(poll(slow).status, 400);
    QCOMPARE(poll(slow).status, 429);
    QCOMPARE(t.devicePollCount(), 12);

    QCOMPARE(
        oauth(u"/oauth/device/token"_s, { { u"code"_s, slow }, { u"client_secret"_s, u"wrong"_s } })
            .status,
        401);
}

void TestFakes::traktRefreshIsSingleUse()
{
    FakeTrakt &t = m_fakes->trakt();
    const auto [access, refresh] = t.issueToken();
    auto refreshWith = [&](const QString &r) {
        return oauth(u"/oauth/token"_s,
            { { u"refresh_token"_s, r }, { u"redirect_uri"_s, u"urn:ietf:wg:oauth:2.0:oob"_s },
                { u"grant_type"_s, u"refresh_token"_s } });
    };
    const Reply first = refreshWith(refresh);
    QCOMPARE(first.status, 200);
    const QString newAccess = first.object()[u"access_token"_s].toString();
    const QString newRefresh = first.object()[u"refresh_token"_s].toString();
    QVERIFY(newAccess != access);
    QVERIFY(newRefresh != refresh);

    const Reply reused = refreshWith(refresh);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.object()[u"error"_s].toString(), u"invalid_grant"_s);
    QCOMPARE(t.refreshCount(), 1);
    QCOMPARE(t.refreshAttempts(), 2);

    QCOMPARE(trakt("GET"_ba, u"/users/settings"_s, {}, access).status, 401); // old access revoked
    QCOMPARE(trakt("GET"_ba, u"/users/settings"_s, {}, newAccess).status, 200);
    QCOMPARE(refreshWith(newRefresh).status, 200);
    QCOMPARE(t.refreshCount(), 2);
}

void TestFakes::traktConcurrentRefreshOnlyOneWins()
{
    FakeTrakt &t = m_fakes->trakt();
    const QString refresh = t.issueToken().second;
    const QJsonObject body { { u"refresh_token"_s, refresh }, { u"client_id"_s, t.clientId() },
        { u"client_secret"_s, t.clientSecret() }, { u"grant_type"_s, u"refresh_token"_s } };
    QNetworkRequest request(url(t.authUrl(), u"/oauth/token"_s));
    request.setHeader(QNetworkRequest::UserAgentHeader, u"tsuzuki-tests/1.0"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *a = m_nam->post(request, payload);
    QNetworkReply *b = m_nam->post(request, payload);
    QTRY_VERIFY(a->isFinished() && b->isFinished());
    QList<int> statuses { a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() };
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> { 200, 401 }));
    QCOMPARE(t.refreshCount(), 1);
    delete a;
    delete b;
}

void TestFakes::traktExpiredAndRevokedTokens()
{
    FakeTrakt &t = m_fakes->trakt();
    QCOMPARE(trakt("GET"_ba, u"/sync/last_activities"_s).status, 200);
    t.expireAccessTokens();
    const Reply expired = trakt("GET"_ba, u"/sync/last_activities"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.object()[u"error"_s].toString(), u"invalid_token"_s);
    QCOMPARE(t.requestLog().last().authLabel, u"expired#1"_s);

    const QString fresh = t.issueToken().first;
    QCOMPARE(trakt("GET"_ba, u"/sync/last_activities"_s, {}, fresh).status, 200);
    QCOMPARE(oauth(u"/oauth/revoke"_s, { { u"token"_s, fresh } }).status, 200);
    QCOMPARE(t.revokeCount(), 1);
    QCOMPARE(trakt("GET"_ba, u"/sync/last_activities"_s, {}, fresh).status, 401);
}

void TestFakes::traktAccountState()
{
    // Issue 14: what the account has watched, when it changed, and removing plays.
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    t.addPlay(1420, 1, 1, 1'680'379'200);
    t.addPlay(1420, 1, 1, 1'680'465'600);
    t.addMoviePlay(223, 1'600'000'000);
    const Reply shows = trakt("GET"_ba, u"/sync/watched/shows"_s);
    QCOMPARE(shows.status, 200);
    const QJsonArray watched = QJsonDocument::fromJson(shows.body).array();
    QCOMPARE(watched.size(), 1);
    const QJsonObject show = watched.first().toObject();
    QCOMPARE(show[u"plays"_s].toInt(), 2);
    QCOMPARE(show[u"show"_s].toObject()[u"ids"_s].toObject()[u"trakt"_s].toInt(), 1420);
    const QJsonObject episode = show[u"seasons"_s]
                                    .toArray()
                                    .first()
                                    .toObject()[u"episodes"_s]
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(episode[u"plays"_s].toInt(), 2);
    QCOMPARE(episode[u"last_watched_at"_s].toString(), u"2023-04-02T20:00:00.000Z"_s);
    QCOMPARE(
        QJsonDocument::fromJson(trakt("GET"_ba, u"/sync/watched/movies"_s).body).array().size(), 1);

    const QString before = trakt("GET"_ba, u"/sync/last_activities"_s)
                               .object()[u"episodes"_s]
                               .toObject()[u"watched_at"_s]
                               .toString();
    const qint64 first = t.history().first().historyId;
    const Reply removed = trakt("POST"_ba, u"/sync/history/remove"_s,
        QJsonDocument(QJsonObject { { u"ids"_s, QJsonArray { first } } }).toJson());
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.object()[u"deleted"_s].toObject()[u"episodes"_s].toInt(), 1);
    QCOMPARE(t.playCount(1420, 1, 1), 1);
    const QString after = trakt("GET"_ba, u"/sync/last_activities"_s)
                              .object()[u"episodes"_s]
                              .toObject()[u"watched_at"_s]
                              .toString();
    QVERIFY2(after != before, qPrintable(before + u" "_s + after)); // a removal is a change too
    const Reply again = trakt("POST"_ba, u"/sync/history/remove"_s,
        QJsonDocument(QJsonObject { { u"ids"_s, QJsonArray { first } } }).toJson());
    QCOMPARE(
        again.object()[u"not_found"_s].toObject()[u"ids"_s].toArray().first().toInteger(), first);
    // By item, as Trakt does it: every play of the movie goes.
    const Reply byItem = trakt("POST"_ba, u"/sync/history/remove"_s,
        QJsonDocument(QJsonObject { { u"movies"_s,
                          QJsonArray { QJsonObject {
                              { u"ids"_s, QJsonObject { { u"trakt"_s, 223 } } } } } } })
            .toJson());
    QCOMPARE(byItem.object()[u"deleted"_s].toObject()[u"movies"_s].toInt(), 1);
    QCOMPARE(t.moviePlayCount(223), 0);

    const Reply settings = trakt("GET"_ba, u"/users/settings"_s);
    QCOMPARE(settings.object()[u"limits"_s]
                 .toObject()[u"watchlist"_s]
                 .toObject()[u"item_count"_s]
                 .toInt(),
        100);
}

void TestFakes::traktRatingsWatchlistDropped()
{
    // Issue 16: Trakt's shapes for ratings, the watchlist (420 when full) and dropped shows.
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    QCOMPARE(trakt("GET"_ba, u"/sync/ratings/shows"_s, {}, u"no-such-token"_s).status, 401);
    const Reply rated = trakt("POST"_ba, u"/sync/ratings"_s,
        R"({"shows":[{"ids":{"trakt":1420},"rating":8,"rated_at":"2024-01-02T03:04:05.000Z",
             "seasons":[{"number":2,"rating":6},{"number":9,"rating":5}]},
            {"ids":{"trakt":31337},"rating":5}],
            "movies":[{"ids":{"tmdb":129},"rating":9}]})"_ba);
    QCOMPARE(rated.status, 201);
    QCOMPARE(rated.object()[u"added"_s][u"shows"_s].toInt(), 1);
    QCOMPARE(rated.object()[u"added"_s][u"seasons"_s].toInt(), 1);
    QCOMPARE(rated.object()[u"added"_s][u"movies"_s].toInt(), 1);
    QCOMPARE(rated.object()[u"added"_s][u"episodes"_s].toInt(), 0);
    QCOMPARE(rated.object()[u"not_found"_s][u"shows"_s].toArray().size(), 1);
    QCOMPARE(rated.object()[u"not_found"_s][u"seasons"_s].toArray().size(), 1);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Show, 1420), 8);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Season, 1420, 2), 6);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Movie, 223), 9);
    // One rating per item: a new one replaces it.
    QCOMPARE(
        trakt("POST"_ba, u"/sync/ratings"_s, R"({"movies":[{"ids":{"trakt":223},"rating":3}]})"_ba)
            .status,
        201);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Movie, 223), 3);
    QCOMPARE(t.ratingCount(), 3);
    // A rating outside 1..10 refuses the request whole.
    QCOMPARE(
        trakt("POST"_ba, u"/sync/ratings"_s,
            R"({"shows":[{"ids":{"trakt":1420},"rating":7}],"movies":[{"ids":{"trakt":223},"rating":11}]})"_ba)
            .status,
        400);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Show, 1420), 8);
    const QJsonArray seasons = trakt("GET"_ba, u"/sync/ratings/seasons"_s).array();
    QCOMPARE(seasons.size(), 1);
    QCOMPARE(seasons.first()[u"type"_s].toString(), u"season"_s);
    QCOMPARE(seasons.first()[u"season"_s][u"number"_s].toInt(), 2);
    QCOMPARE(seasons.first()[u"show"_s][u"ids"_s][u"trakt"_s].toInt(), 1420);
    const QJsonArray shows = trakt("GET"_ba, u"/sync/ratings/shows"_s).array();
    QCOMPARE(shows.size(), 1);
    QCOMPARE(shows.first()[u"rated_at"_s].toString(), u"2024-01-02T03:04:05.000Z"_s);
    const Reply unrated = trakt("POST"_ba, u"/sync/ratings/remove"_s,
        R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":2}]}]})"_ba);
    QCOMPARE(unrated.status, 200);
    QCOMPARE(unrated.object()[u"deleted"_s][u"seasons"_s].toInt(), 1);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Season, 1420, 2), 0);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Show, 1420), 8);

    // Watchlist: added / existing / not_found / list.item_count; 420 when it would pass the limit.
    t.setWatchlistLimit(2);
    const QByteArray both
        = R"({"shows":[{"ids":{"trakt":1420}}],"movies":[{"ids":{"trakt":223}}]})";
    const Reply listed = trakt("POST"_ba, u"/sync/watchlist"_s, both);
    QCOMPARE(listed.status, 201);
    QCOMPARE(listed.object()[u"added"_s][u"shows"_s].toInt(), 1);
    QCOMPARE(listed.object()[u"list"_s][u"item_count"_s].toInt(), 2);
    const Reply again = trakt("POST"_ba, u"/sync/watchlist"_s, both);
    QCOMPARE(again.status, 201); // already there: fits, counted as existing
    QCOMPARE(again.object()[u"existing"_s][u"movies"_s].toInt(), 1);
    t.addShow(FakeTraktShow::fromJson(QJsonObject {
        { u"title"_s, u"Frieren"_s }, { u"ids"_s, QJsonObject { { u"trakt"_s, 2000 } } } }));
    const Reply full
        = trakt("POST"_ba, u"/sync/watchlist"_s, R"({"shows":[{"ids":{"trakt":2000}}]})"_ba);
    QCOMPARE(full.status, 420);
    QCOMPARE(full.header("X-Account-Limit"), "2"_ba);
    QVERIFY(!full.header("X-Upgrade-URL").isEmpty());
    QVERIFY(!t.onWatchlist(false, 2000)); // nothing of a refused request
    QCOMPARE(t.watchlistCount(), 2);
    const QJsonArray watchlist = trakt("GET"_ba, u"/sync/watchlist/shows"_s).array();
    QCOMPARE(watchlist.size(), 1);
    QCOMPARE(watchlist.first()[u"type"_s].toString(), u"show"_s);
    QVERIFY(watchlist.first()[u"listed_at"_s].isString());
    QCOMPARE(watchlist.first()[u"rank"_s].toInt(),
        2); // ranked over the whole list: the movie came first
    const Reply unlisted
        = trakt("POST"_ba, u"/sync/watchlist/remove"_s, R"({"movies":[{"ids":{"trakt":223}}]})"_ba);
    QCOMPARE(unlisted.status, 200);
    QCOMPARE(unlisted.object()[u"deleted"_s][u"movies"_s].toInt(), 1);
    QVERIFY(!t.onWatchlist(true, 223));

    // Dropped shows: paged (10 unless `limit`), shows only.
    const Reply dropped = trakt("POST"_ba, u"/users/hidden/dropped"_s,
        R"({"shows":[{"ids":{"trakt":1420}},{"ids":{"trakt":31337}}]})"_ba);
    QCOMPARE(dropped.status, 201);
    QCOMPARE(dropped.object()[u"added"_s][u"shows"_s].toInt(), 1);
    QCOMPARE(dropped.object()[u"not_found"_s][u"shows"_s].toArray().size(), 1);
    QVERIFY(t.isDropped(1420));
    const Reply hidden = trakt("GET"_ba, u"/users/hidden/dropped?type=show"_s);
    QCOMPARE(hidden.array().size(), 1);
    QCOMPARE(hidden.array().first()[u"show"_s][u"ids"_s][u"trakt"_s].toInt(), 1420);
    QVERIFY(hidden.array().first()[u"hidden_at"_s].isString());
    QCOMPARE(hidden.header("X-Pagination-Page-Count"), "1"_ba);
    QCOMPARE(trakt("POST"_ba, u"/users/hidden/dropped/remove"_s,
                 R"({"shows":[{"ids":{"trakt":1420}}]})"_ba)
                 .object()[u"deleted"_s][u"shows"_s]
                 .toInt(),
        1);
    QVERIFY(!t.isDropped(1420));
    // Every write is in the request log.
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/watchlist"_s), 3);
    QCOMPARE(t.requestCount(u"POST"_s, u"/users/hidden/dropped"_s), 1);
}

void TestFakes::traktListsFromScenarioAndControl()
{
    QString error;
    QVERIFY2(m_fakes->loadScenario(QJsonDocument::fromJson(R"({"trakt": {
        "shows": [{"title": "Attack on Titan", "ids": {"trakt": 1420},
                   "seasons": [{"number": 1, "episodeCount": 25}]}],
        "movies": [{"title": "Spirited Away", "ids": {"trakt": 223}}],
        "watchOnlyOnce": true, "watchlistLimit": 7,
        "ratings": [{"show": 1420, "rating": 8}, {"show": 1420, "season": 1, "rating": 7},
                    {"movie": 223, "rating": 10}],
        "watchlist": [{"movie": 223}], "dropped": [{"show": 1420}]}})")
                                       .object(),
                 &error),
        qPrintable(error));
    FakeTrakt &t = m_fakes->trakt();
    QVERIFY(t.watchOnlyOnce());
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Season, 1420, 1), 7);
    QCOMPARE(t.rating(FakeTrakt::RatingKind::Movie, 223), 10);
    QVERIFY(t.onWatchlist(true, 223));
    QVERIFY(t.isDropped(1420));
    const Reply settings = trakt("GET"_ba, u"/users/settings"_s);
    QCOMPARE(settings.object()[u"browsing"_s][u"watch_only_once"_s].toBool(), true);
    QCOMPARE(settings.object()[u"limits"_s][u"watchlist"_s][u"item_count"_s].toInt(), 7);

    const QString base = m_fakes->trakt().baseUrl().toString();
    const Reply control = send("POST"_ba, QUrl(base + u"/_fake/settings"_s), {},
        R"({"watchOnlyOnce": false, "watchlistLimit": 3})"_ba);
    QCOMPARE(control.status, 200);
    QVERIFY(!t.watchOnlyOnce());
    QCOMPARE(t.watchlistLimit(), 3);
    const QJsonObject state = send("GET"_ba, QUrl(base + u"/_fake/state"_s)).object();
    QCOMPARE(state[u"ratings"_s].toArray().size(), 3);
    QCOMPARE(state[u"watchlist"_s].toArray().first()[u"movie"_s].toInt(), 223);
    QCOMPARE(state[u"dropped"_s].toArray().first()[u"show"_s].toInt(), 1420);
    QCOMPARE(state[u"watchlistLimit"_s].toInt(), 3);
}

void TestFakes::traktRefusals()
{
    // Trakt's 2026 rules, with Trakt's shapes.
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    const QByteArray post
        = R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":1,"episodes":[{"number":3}]}]}]})";
    t.setHistoryLimit(1);
    QCOMPARE(trakt("POST"_ba, u"/sync/history"_s, post).status, 201);
    const Reply limit = trakt("POST"_ba, u"/sync/history"_s, post);
    QCOMPARE(limit.status, 420);
    QCOMPARE(limit.header("X-Account-Limit"), "1"_ba);
    QCOMPARE(limit.header("X-VIP-User"), "false"_ba);
    QCOMPARE(t.playCount(1420, 1, 3), 1); // nothing of a refused request is added
    t.setHistoryLimit(0);

    t.setAccountLocked(true);
    const Reply locked = trakt("GET"_ba, u"/sync/last_activities"_s);
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.object()[u"error"_s].toString(), u"locked_account"_s);
    t.setAccountLocked(false);

    const QString refresh = t.latestRefreshToken();
    t.revokeApp();
    const Reply revoked = trakt("GET"_ba, u"/users/settings"_s);
    QCOMPARE(revoked.status, 403);
    QVERIFY(revoked.header("Content-Type").contains("json"));
    QCOMPARE(revoked.object()[u"error"_s].toString(), u"forbidden"_s);
    const Reply grant = oauth(u"/oauth/token"_s,
        { { u"refresh_token"_s, refresh }, { u"grant_type"_s, u"refresh_token"_s } });
    QCOMPARE(grant.status, 401);
    QCOMPARE(grant.object()[u"error"_s].toString(), u"invalid_grant"_s);
    // A new login works again.
    QCOMPARE(trakt("GET"_ba, u"/users/settings"_s, {}, t.issueToken().first).status, 200);
}

// ---- TMDB ----------------------------------------------------------------------------

void TestFakes::tmdbExternalIds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bearer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonValue>("imdb");
    QTest::addColumn<QJsonValue>("tvdb");
    QTest::newRow("tv api_key") << u"/tv/1429/external_ids?api_key=fake-tmdb-key"_s << QByteArray()
                                << 200 << QJsonValue(u"tt2560140"_s) << QJsonValue(267440);
    QTest::newRow("tv bearer") << u"/tv/1429/external_ids"_s << "fake-tmdb-read-token"_ba << 200
                               << QJsonValue(u"tt2560140"_s) << QJsonValue(267440);
    QTest::newRow("tv imdb empty, tvdb null")
        << u"/tv/7/external_ids?api_key=fake-tmdb-key"_s << QByteArray() << 200 << QJsonValue(u""_s)
        << QJsonValue();
    QTest::newRow("movie imdb null")
        << u"/movie/129/external_ids?api_key=fake-tmdb-key"_s << QByteArray() << 200 << QJsonValue()
        << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no key") << u"/tv/1429/external_ids"_s << QByteArray() << 401 << QJsonValue()
                            << QJsonValue();
    QTest::newRow("bad key") << u"/tv/1429/external_ids?api_key=nope"_s << QByteArray() << 401
                             << QJsonValue() << QJsonValue();
    QTest::newRow("unknown id") << u"/tv/5/external_ids?api_key=fake-tmdb-key"_s << QByteArray()
                                << 404 << QJsonValue() << QJsonValue();
}

void TestFakes::tmdbExternalIds()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bearer);
    QFETCH(int, status);
    QFETCH(QJsonValue, imdb);
    QFETCH(QJsonValue, tvdb);
    m_fakes->tmdb().addTv(1429, u"tt2560140"_s, 267440);
    m_fakes->tmdb().addTv(7, u""_s, QJsonValue());
    m_fakes->tmdb().addMovie(129, QJsonValue());
    Headers headers;
    if (!bearer.isEmpty())
        headers.append({ "Authorization"_ba, "Bearer "_ba + bearer });
    const Reply r = tmdb(path, headers);
    QCOMPARE(r.status, status);
    if (status == 401)
        QCOMPARE(r.object()[u"status_code"_s].toInt(), 7);
    if (status != 200)
        return;
    const QJsonObject o = r.object();
    QVERIFY(o.contains(u"imdb_id"_s));
    QCOMPARE(o[u"imdb_id"_s], imdb);
    QCOMPARE(o.value(u"tvdb_id"_s), tvdb);
    QVERIFY(!r.body.contains("fake-tmdb-key"));
}

// ---- Faults --------------------------------------------------------------------------

void TestFakes::faultStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("html");
    QTest::newRow("500") << 500 << false;
    QTest::newRow("502") << 502 << true;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("504") << 504 << true;
    QTest::newRow("520") << 520 << true;
    QTest::newRow("521") << 521 << true;
    QTest::newRow("522") << 522 << true;
    QTest::newRow("420") << 420 << false;
    QTest::newRow("423") << 423 << false;
    QTest::newRow("426") << 426 << false;
}

void TestFakes::faultStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, html);
    addShowWithSeasons();
    m_fakes->trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::serverError(status));
    const QByteArray body
        = R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":1,"episodes":[{"number":1}]}]}]})"_ba;
    const Reply r = trakt("POST"_ba, u"/sync/history"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type").startsWith("text/html"), html);
    QCOMPARE(r.isJson(), !html);
    QVERIFY(m_fakes->trakt().history().isEmpty()); // a faulted write is not applied
    QCOMPARE(m_fakes->trakt().requestLog().last().fault, u"status"_s);
    QCOMPARE(trakt("POST"_ba, u"/sync/history"_s, body).status, 201); // only the next one
}

void TestFakes::faultBodies()
{
    FakeAniList &ani = m_fakes->anilist();
    const QString viewer = u"{ Viewer { id name } }"_s;

    ani.addFault(u"POST"_s, u"^/$"_s, FakeFault::rateLimited(7));
    const Reply limited = anilist(viewer);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), "7"_ba);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), "0"_ba);

    ani.addFault({}, {}, FakeFault::html(200));
    const Reply html = anilist(viewer);
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(!html.isJson());

    ani.addFault({}, {}, FakeFault::malformedJson());
    const Reply malformed = anilist(viewer);
    QCOMPARE(malformed.status, 200);
    QVERIFY(malformed.header("Content-Type").startsWith("application/json"));
    QVERIFY(!malformed.isJson());

    ani.addFault({}, {}, FakeFault::truncatedJson(true));
    const Reply truncated = anilist(viewer);
    QCOMPARE(truncated.error, QNetworkReply::NoError);
    QVERIFY(!truncated.isJson());
    QVERIFY(truncated.body.startsWith("{\"data\":{\"Viewer\""));

    ani.addFault({}, {}, FakeFault::abortMidBody());
    const Reply aborted = anilist(viewer);
    QVERIFY(aborted.error != QNetworkReply::NoError);

    ani.addFault({}, {}, FakeFault::expiredToken());
    const Reply expired = anilist(viewer);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.object()[u"errors"_s][0][u"message"_s].toString(), u"Invalid token"_s);

    m_fakes->trakt().addFault(u"GET"_s, u"^/users/settings$"_s, FakeFault::httpStatus(403));
    const Reply blocked = trakt("GET"_ba, u"/users/settings"_s);
    QCOMPARE(blocked.status, 403);
    QVERIFY(blocked.header("Content-Type").startsWith("text/html"));

    QCOMPARE(ani.pendingFaults(), 0);
    QCOMPARE(anilist(viewer).status, 200);
}

void TestFakes::faultSlowReply()
{
    m_fakes->tmdb().addTv(1, u"tt1"_s, 2);
    m_fakes->tmdb().addFault(u"GET"_s, u"external_ids"_s, FakeFault::slow(1500), 2);
    const Reply timedOut = send("GET"_ba,
        url(m_fakes->tmdb().baseUrl(), u"/tv/1/external_ids?api_key=fake-tmdb-key"_s), {}, {}, 300);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError); // transfer timeout
    const Reply late = tmdb(u"/tv/1/external_ids?api_key=fake-tmdb-key"_s);
    QCOMPARE(late.status, 200);
    QVERIFY2(late.elapsedMs >= 1400, QByteArray::number(late.elapsedMs).constData());
    QCOMPARE(late.object()[u"tvdb_id"_s].toInt(), 2);
}

void TestFakes::faultDropAfterApply()
{
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    const QByteArray body
        = R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":1,"episodes":[{"number":4,"watched_at":"2024-05-01T10:00:00Z"}]}]}]})"_ba;

    // Qt 6.4 resends a request (POST too) once when the connection closes before any
    // response byte: one drop is invisible to the client, and the play is recorded twice.
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    const Reply resent = trakt("POST"_ba, u"/sync/history"_s, body);
    QCOMPARE(resent.status, 201);
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/history"_s), 2);
    QCOMPARE(t.playCount(1420, 1, 4), 2);
    QCOMPARE(t.requestLog().at(t.requestLog().size() - 2).status, 0);
    QCOMPARE(t.requestLog().at(t.requestLog().size() - 2).fault, u"drop"_s);

    // Dropping every attempt: the client finally sees the closed connection; all were applied.
    t.clearHistory();
    t.clearLog();
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply(), 2);
    const Reply closed = trakt("POST"_ba, u"/sync/history"_s, body);
    QCOMPARE(closed.status, 0);
    QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(t.pendingFaults(), 0);
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/history"_s), 2);
    QCOMPARE(t.playCount(1420, 1, 4), 2);

    // Closing after the status line: Qt reports the error at once and does not resend.
    t.clearHistory();
    t.clearLog();
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::cutHeaders(true));
    const Reply cut = trakt("POST"_ba, u"/sync/history"_s, body);
    QCOMPARE(cut.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/history"_s), 1);
    QCOMPARE(t.playCount(1420, 1, 4), 1); // applied once, outcome unknown to the client

    // Without applyWrite nothing is recorded.
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::cutHeaders());
    QCOMPARE(
        trakt("POST"_ba, u"/sync/history"_s, body).error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(t.playCount(1420, 1, 4), 1);

    // The outcome can be read back from the history.
    const Reply history = trakt("GET"_ba,
        u"/sync/history/shows/1420?start_at=2024-05-01T10:00:00.000Z"
        u"&end_at=2024-05-01T10:00:59.000Z"_s);
    QCOMPARE(history.array().size(), 1);
}

void TestFakes::faultHang()
{
    addShowWithSeasons();
    FakeTrakt &t = m_fakes->trakt();
    t.addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::hang(true));
    const QByteArray body
        = R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":2,"episodes":[{"number":1}]}]}]})"_ba;
    const Reply r = trakt("POST"_ba, u"/sync/history"_s, body, {}, 400);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(t.playCount(1420, 2, 1), 1);
    t.releaseHanging();
    QCOMPARE(t.hangingConnections(), 0);
    QCOMPARE(trakt("POST"_ba, u"/sync/history"_s, body).status, 201);
    QCOMPARE(t.playCount(1420, 2, 1), 2);
}

void TestFakes::faultCountAndBodyMatch()
{
    FakeAniList &ani = m_fakes->anilist();
    ani.addFault(u"POST"_s, u"^/$"_s, FakeFault::serverError(502), 2, u"MediaListCollection"_s);
    QCOMPARE(anilist(u"{ Viewer { id } }"_s).status, 200);
    const QString lists = u"{ MediaListCollection(userId: 1, type: ANIME) { hasNextChunk } }"_s;
    QCOMPARE(anilist(lists).status, 502);
    QCOMPARE(anilist(lists).status, 502);
    QCOMPARE(anilist(lists).status, 200);

    ani.addFault({}, {}, FakeFault::serverError(503), -1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(anilist(lists).status, 503);
    ani.clearFaults();
    QCOMPARE(anilist(lists).status, 200);
    QCOMPARE(ani.requestCount(u"POST"_s, u"/"_s), 8);
    QCOMPARE(ani.counters().value(u"POST /"_s), 8);
}

void TestFakes::requestLogRedactsSecrets()
{
    FakeTrakt &t = m_fakes->trakt();
    const auto [access, refresh] = t.issueToken();
    QCOMPARE(trakt("GET"_ba, u"/users/settings"_s, {}, access).status, 200);
    QCOMPARE(oauth(u"/oauth/token"_s,
                 { { u"refresh_token"_s, refresh }, { u"grant_type"_s, u"refresh_token"_s } })
                 .status,
        200);
    m_fakes->tmdb().addTv(1, u"tt1"_s, 2);
    QCOMPARE(tmdb(u"/tv/1/external_ids?api_key=fake-tmdb-key"_s).status, 200);
    QCOMPARE(anilist(u"{ Viewer { id } }"_s).status, 200);

    QStringList dump;
    for (FakeServer *s :
        { static_cast<FakeServer *>(&t), static_cast<FakeServer *>(&m_fakes->tmdb()),
            static_cast<FakeServer *>(&m_fakes->anilist()) }) {
        for (const FakeLoggedRequest &r : s->requestLog()) {
            dump << r.query << QString::fromUtf8(r.body);
            for (const auto &h : r.headers)
                dump << QString::fromUtf8(h.first + ": " + h.second);
        }
    }
    const QString all = dump.join(u'\n');
    for (const QString &secret :
        { access, refresh, t.clientSecret(), u"fake-tmdb-key"_s, kAniToken })
        QVERIFY2(!all.contains(secret), "a secret reached the request log");
    QVERIFY(all.contains(u"Bearer <redacted>"_s));
    QCOMPARE(t.requests(u"GET"_s, u"^/users/settings$"_s).size(), 1);
    QCOMPARE(t.requests(u"GET"_s, u"^/users/settings$"_s).first().authLabel, u"access#2"_s);
    QCOMPARE(
        t.requests(u"POST"_s, u"^/oauth/token$"_s).first().jsonBody()[u"grant_type"_s].toString(),
        u"refresh_token"_s);
}

// ---- Scenarios, generator, executable -------------------------------------------------

void TestFakes::scenarioFile()
{
    FakeServices fakes;
    QString error;
    QVERIFY2(
        fakes.loadScenarioFile(QFINDTESTDATA("scenarios/basic.json"), &error), qPrintable(error));
    QVERIFY(fakes.listen());
    delete m_fakes;
    m_fakes = nullptr;
    // Re-point the helpers at the scenario's services.
    FakeServices *saved = &fakes;
    m_fakes = saved;
    m_access = u"trakt-access-alice"_s;
    QCOMPARE(m_fakes->trakt().clientId(), u"trakt-client-id"_s);
    QCOMPARE(trakt("GET"_ba, u"/sync/last_activities"_s).status, 429); // scripted fault
    QCOMPARE(trakt("GET"_ba, u"/sync/last_activities"_s).status, 200);
    QCOMPARE(m_fakes->trakt().playCount(1420, 1, 1), 1);
    const Reply page = anilist(
        u"{ Page(page: 1, perPage: 50) { pageInfo { hasNextPage } activities(userId: 1) { id } } }"_s);
    QCOMPARE(page.object()[u"data"_s][u"Page"_s][u"activities"_s].toArray().size(), 4);
    QCOMPARE(
        tmdb(u"/tv/1429/external_ids?api_key=tmdb-key"_s).object()[u"tvdb_id"_s].toInt(), 267440);
    m_fakes = nullptr; // owned by the stack; cleanup() must not delete it

    QVERIFY(!fakes.loadScenario(QJsonObject { { u"faults"_s,
                                    QJsonArray { QJsonObject { { u"service"_s, u"trakt"_s },
                                        { u"kind"_s, u"nope"_s } } } } },
        &error));
    QVERIFY(error.contains(u"nope"_s));
}

void TestFakes::generatedLibrary()
{
    const FakeLibrary lib = FakeData::generateLibrary(300, 4000, 7);
    QCOMPARE(lib.entries.size(), 300);
    QCOMPARE(lib.totalEpisodes, 4000);
    QCOMPARE(lib.idPairs.size(), 300);
    QVERIFY(!lib.movies.isEmpty());
    QVERIFY(lib.shows.size() < 300); // some shows hold several AniList entries
    QVERIFY(lib.watchedEpisodes > 1000);

    const FakeLibrary again = FakeData::generateLibrary(300, 4000, 7);
    QCOMPARE(again.activities.size(), lib.activities.size());
    QCOMPARE(again.activities.last().createdAt, lib.activities.last().createdAt);
    QVERIFY(FakeData::generateLibrary(300, 4000, 8).activities.size() != lib.activities.size()
        || FakeData::generateLibrary(300, 4000, 8).activities.last().createdAt
            != lib.activities.last().createdAt);

    // The answer key agrees with the Trakt catalogue.
    QHash<qint64, const FakeTraktShow *> shows;
    for (const FakeTraktShow &s : lib.shows)
        shows.insert(s.ids.trakt, &s);
    bool sawRange = false;
    bool sawOffset = false;
    for (const FakeIdPair &p : lib.idPairs) {
        if (p.isMovie)
            continue;
        const FakeTraktShow *s = shows.value(p.traktId);
        QVERIFY(s);
        const auto season = std::find_if(s->seasons.cbegin(), s->seasons.cend(),
            [&p](const FakeTraktSeason &x) { return x.number == p.season; });
        QVERIFY(season != s->seasons.cend());
        QVERIFY(season->episodes.size() >= p.episodeOffset + p.episodes);
        sawOffset = sawOffset || p.episodeOffset > 0;
    }
    for (const FakeAniActivity &a : lib.activities)
        sawRange = sawRange || a.progressTo > a.progressFrom;
    QVERIFY(sawRange);
    QVERIFY(sawOffset);

    // Loaded into the services, it answers over HTTP.
    m_fakes->loadLibrary(lib);
    const Reply viewer = anilist(u"{ Viewer { id name } }"_s, {}, lib.token);
    QCOMPARE(viewer.object()[u"data"_s][u"Viewer"_s][u"id"_s].toInt(), lib.userId);
    const FakeIdPair &pair = lib.idPairs.first();
    const Reply seasons
        = trakt("GET"_ba, u"/shows/%1/seasons?extended=full,episodes"_s.arg(pair.traktId));
    QCOMPARE(seasons.status, pair.isMovie ? 404 : 200);
}

void TestFakes::largeLibraryIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    const FakeLibrary lib = FakeData::generateLibrary(20'000, 200'000, 3);
    QCOMPARE(lib.entries.size(), 20'000);
    QCOMPARE(lib.totalEpisodes, 200'000);
    m_fakes->loadLibrary(lib);
    QCOMPARE(m_fakes->anilist().activityCount(), lib.activities.size());
    qInfo("generated and loaded 20000 entries / 200000 episodes in %lld ms", timer.elapsed());
    const Reply page = anilist(
        u"{ Page(page: 3, perPage: 50) { pageInfo { hasNextPage } activities(userId: 1) { id } } }"_s,
        {}, lib.token);
    QCOMPARE(page.object()[u"data"_s][u"Page"_s][u"activities"_s].toArray().size(), 50);
}

void TestFakes::executablePrintsUrls()
{
    QProcess process;
    process.setProgram(QStringLiteral(TSUZUKI_FAKES_EXE));
    process.setArguments(
        { u"--port"_s, u"0"_s, u"--scenario"_s, QFINDTESTDATA("scenarios/basic.json") });
    process.start();
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10'000);
    const QJsonObject urls = QJsonDocument::fromJson(process.readLine()).object();
    QVERIFY(urls[u"anilist"_s].toString().startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(urls[u"traktAuth"_s], urls[u"trakt"_s]);
    const Reply r = send("POST"_ba, QUrl(urls[u"anilist"_s].toString()),
        { { "Authorization"_ba, "Bearer anilist-token-alice"_ba } },
        R"({"query":"{ Viewer { id name } }"})"_ba);
    QCOMPARE(r.object()[u"data"_s][u"Viewer"_s][u"name"_s].toString(), u"alice"_s);

    // Control API: inject a fault and read the state from outside the process.
    const QString traktUrl = urls[u"trakt"_s].toString();
    const Reply added = send("POST"_ba, QUrl(traktUrl + u"/_fake/faults"_s), {},
        R"({"kind":"serverError","status":503,"method":"GET","path":"^/users/settings$"})"_ba);
    QCOMPARE(
        added.object()[u"pendingFaults"_s].toInt(), 2); // + the scenario's last_activities fault
    const Headers traktHeaders { { "trakt-api-key"_ba, "trakt-client-id"_ba },
        { "trakt-api-version"_ba, "2"_ba },
        { "Authorization"_ba, "Bearer trakt-access-alice"_ba } };
    QCOMPARE(send("GET"_ba, QUrl(traktUrl + u"/users/settings"_s), traktHeaders).status, 503);
    QCOMPARE(send("GET"_ba, QUrl(traktUrl + u"/users/settings"_s), traktHeaders).status, 200);
    const QJsonObject state = send("GET"_ba, QUrl(traktUrl + u"/_fake/state"_s)).object();
    QCOMPARE(state[u"plays"_s].toInt(), 1);
    QCOMPARE(state[u"counters"_s][u"GET /users/settings"_s].toInt(), 2);
    QVERIFY(state[u"duplicates"_s].toArray().isEmpty());
    const QJsonArray log = send("GET"_ba, QUrl(traktUrl + u"/_fake/log"_s)).array();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0][u"fault"_s].toString(), u"status"_s);
    QVERIFY(!QJsonDocument(log).toJson().contains("trakt-access-alice"));
    QCOMPARE(send("GET"_ba, QUrl(traktUrl + u"/_fake/history"_s)).array().size(), 1);
    process.kill();
    QVERIFY(process.waitForFinished());
}

QTEST_GUILESS_MAIN(TestFakes)
#include "tst_fakes.moc"

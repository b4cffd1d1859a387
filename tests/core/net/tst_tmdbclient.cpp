#include "core/net/httpclient.h"
#include "core/net/tmdbclient.h"
#include "tests/fakes/fakeservices.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

/// TmdbClient against the fake TMDB.
class TestTmdbClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void externalIds_data();
    void externalIds();
    void readToken();
    void wrongKey();
    void unknownId();
    void noCredential();
    void keyNotLogged();

private:
    std::optional<Result<TmdbExternalIds>> fetch(
        TmdbClient &client, TmdbClient::MediaType type, qint64 id);

    FakeServices m_fakes;
    std::unique_ptr<HttpClient> m_http;
};

void TestTmdbClient::initTestCase()
{
    QVERIFY(m_fakes.listen());
    FakeTmdb &t = m_fakes.tmdb();
    t.addTv(1429, u"tt2560140"_s, 267440);
    t.addTv(2000, u""_s, QJsonValue::Null);
    t.addTv(2001, QJsonValue::Null, 300001);
    t.addMovie(129, u"tt0245429"_s);
    t.addMovie(130, u""_s);
}

void TestTmdbClient::init()
{
    m_fakes.tmdb().clearLog();
    m_http = std::make_unique<HttpClient>(HttpClientOptions::tmdb());
}

std::optional<Result<TmdbExternalIds>> TestTmdbClient::fetch(
    TmdbClient &client, TmdbClient::MediaType type, qint64 id)
{
    std::optional<Result<TmdbExternalIds>> out;
    QObject context;
    client.externalIds(
        type, id, &context, [&](const Result<TmdbExternalIds> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

void TestTmdbClient::externalIds_data()
{
    QTest::addColumn<bool>("movie");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("imdb"); // empty = absent
    QTest::addColumn<qint64>("tvdb"); // 0 = absent

    QTest::newRow("tv with both") << false << qint64(1429) << u"tt2560140"_s << qint64(267440);
    QTest::newRow("tv imdb empty, tvdb null") << false << qint64(2000) << QString() << qint64(0);
    QTest::newRow("tv imdb null") << false << qint64(2001) << QString() << qint64(300001);
    QTest::newRow("movie") << true << qint64(129) << u"tt0245429"_s << qint64(0);
    QTest::newRow("movie imdb empty") << true << qint64(130) << QString() << qint64(0);
}

void TestTmdbClient::externalIds()
{
    QFETCH(bool, movie);
    QFETCH(qint64, id);
    QFETCH(QString, imdb);
    QFETCH(qint64, tvdb);

    TmdbClient client(m_http.get(), m_fakes.tmdb().baseUrl());
    client.setCredential(m_fakes.tmdb().apiKey());
    const auto r
        = fetch(client, movie ? TmdbClient::MediaType::Movie : TmdbClient::MediaType::Tv, id);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().tmdbId, id);
    QCOMPARE(r->value().imdbId.has_value(), !imdb.isEmpty());
    if (!imdb.isEmpty())
        QCOMPARE(*r->value().imdbId, imdb);
    QCOMPARE(r->value().tvdbId.has_value(), tvdb != 0);
    if (tvdb)
        QCOMPARE(*r->value().tvdbId, tvdb);
    const auto log = m_fakes.tmdb().requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().path, u"/%1/%2/external_ids"_s.arg(movie ? u"movie"_s : u"tv"_s).arg(id));
    QVERIFY(log.first().header("User-Agent").startsWith("Tsuzuki/"));
}

void TestTmdbClient::readToken()
{
    TmdbClient client(m_http.get(), m_fakes.tmdb().baseUrl());
    m_fakes.tmdb().setCredentials(
        u"fake-tmdb-key"_s, u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl"_s);
    client.setCredential(m_fakes.tmdb().readToken()); // a JWT: sent as Bearer
    const auto r = fetch(client, TmdbClient::MediaType::Tv, 1429);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(*r->value().tvdbId, 267440);
    QVERIFY(!m_fakes.tmdb().requestLog().first().query.contains(u"api_key"_s));
    m_fakes.tmdb().setCredentials(u"fake-tmdb-key"_s, u"fake-tmdb-read-token"_s);
}

void TestTmdbClient::wrongKey()
{
    TmdbClient client(m_http.get(), m_fakes.tmdb().baseUrl());
    client.setApiKey(u"wrong-key-123"_s);
    const auto r = fetch(client, TmdbClient::MediaType::Tv, 1429);
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::Unauthorized);
    QCOMPARE(r->error().httpStatus, 401);
    QVERIFY(r->error().userMessage.contains(u"TMDB"_s));
}

void TestTmdbClient::unknownId()
{
    TmdbClient client(m_http.get(), m_fakes.tmdb().baseUrl());
    client.setApiKey(m_fakes.tmdb().apiKey());
    const auto r = fetch(client, TmdbClient::MediaType::Movie, 999999);
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::NotFound);
}

void TestTmdbClient::noCredential()
{
    TmdbClient client(m_http.get(), m_fakes.tmdb().baseUrl());
    QVERIFY(!client.hasCredential());
    const auto r = fetch(client, TmdbClient::MediaType::Tv, 1429);
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::NotLoggedIn);
    QCOMPARE(m_fakes.tmdb().requestLog().size(), 0);
}

void TestTmdbClient::keyNotLogged()
{
    // The key travels in the query; the debug line shows the URL redacted.
    const QUrl url(u"http://127.0.0.1:1/3/tv/1/external_ids?api_key=fake-tmdb-key"_s);
    QVERIFY(!HttpClient::redactedUrl(url).contains(u"fake-tmdb-key"_s));
}

QTEST_GUILESS_MAIN(TestTmdbClient)
#include "tst_tmdbclient.moc"

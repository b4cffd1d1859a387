#include "core/net/httpclient.h"
#include "tests/fakes/fakeservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

/// HttpClient against the fake Trakt on loopback: headers, retries, fault kinds, outcome-unknown
/// POSTs.
class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void userAgentAndHeaders();
    void retryAfterThenSuccess();
    void rateLimitedGivesUp();
    void serverErrorThenSuccess_data();
    void serverErrorThenSuccess();
    void serverErrorExhausted();
    void postServerErrorNotRetried();
    void htmlBody();
    void malformedJson();
    void truncatedJson();
    void timeoutRetriedForGet();
    void postDropAfterApplyIsOutcomeUnknown();
    void postTimeoutAfterApplyIsOutcomeUnknown();
    void connectionRefused();
    void accountErrors_data();
    void accountErrors();
    void cancelPending();
    void deadContextGetsNoCallback();
    void limiterSpacesWrites();
    void redactedUrl();

private:
    HttpRequest traktGet(const QString &path);
    HttpRequest traktPost(const QJsonObject &body);
    HttpResponse run(HttpClient &client, const HttpRequest &request, int timeoutMs = 15000);
    HttpClientOptions fastOptions() const;

    FakeServices m_fakes;
    QString m_token;
};

void TestHttpClient::initTestCase()
{
    QVERIFY(m_fakes.listen());
    m_fakes.trakt().addShow(FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Attack on Titan", "year": 2013,
        "ids": {"trakt": 1420, "slug": "attack-on-titan", "tvdb": 267440, "imdb": "tt2560140", "tmdb": 1429},
        "seasons": [{"number": 1, "episodeCount": 25, "firstAbs": 1}]})")
                                                        .object()));
    m_token = m_fakes.trakt().issueToken().first;
}

void TestHttpClient::init()
{
    m_fakes.trakt().clearFaults();
    m_fakes.trakt().clearLog();
    m_fakes.trakt().clearHistory();
    m_fakes.trakt().releaseHanging();
}

HttpClientOptions TestHttpClient::fastOptions() const
{
    HttpClientOptions o = HttpClientOptions::trakt();
    o.backoffBaseMs = 20;
    o.timeoutMs = 2000;
    o.limits.writeSpacingMs = 0;
    return o;
}

HttpRequest TestHttpClient::traktGet(const QString &path)
{
    HttpRequest r;
    r.url = m_fakes.trakt().baseUrl();
    r.url.setPath(path);
    r.headers = { { "trakt-api-key"_ba, "fake-client-id"_ba }, { "trakt-api-version"_ba, "2"_ba } };
    return r;
}

HttpRequest TestHttpClient::traktPost(const QJsonObject &body)
{
    HttpRequest r = traktGet(u"/sync/history"_s);
    r.method = "POST"_ba;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append({ "Authorization"_ba, "Bearer "_ba + m_token.toUtf8() });
    return r;
}

static QJsonObject oneEpisode(int number)
{
    return QJsonDocument::fromJson(
        QStringLiteral(R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":1,
        "episodes":[{"number":%1,"watched_at":"2024-01-02T03:04:00.000Z"}]}]}]})")
            .arg(number)
            .toUtf8())
        .object();
}

HttpResponse TestHttpClient::run(HttpClient &client, const HttpRequest &request, int timeoutMs)
{
    HttpResponse out;
    bool done = false;
    QObject context;
    client.send(request, &context, [&](const HttpResponse &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        out.error = Error { ErrorCode::Unknown, u"test: no callback"_s, {}, 0 };
    return out;
}

void TestHttpClient::userAgentAndHeaders()
{
    HttpClient client(fastOptions());
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QVERIFY2(
        r.ok(), qPrintable(r.error.toString())); // the fake answers 403 HTML without our User-Agent
    QVERIFY(r.json.isArray());
    QCOMPARE(r.attempts, 1);
    const auto log = m_fakes.trakt().requests(u"GET"_s, u"/seasons"_s);
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().header("User-Agent").startsWith("Tsuzuki/"));
    QVERIFY(log.first().header("User-Agent").contains("+https://github.com/tsuzuki-app/tsuzuki"));
    QCOMPARE(client.requestCount(), 1u);
}

void TestHttpClient::retryAfterThenSuccess()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::rateLimited(1));
    const qint64 before = client.now();
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(client.retryCount(), 1u);
    // The whole client was paused for Retry-After (1 s), measured on the client's own clock.
    QVERIFY(client.limiter().pausedUntil() >= before + 1000);
    const auto log = m_fakes.trakt().requests(u"GET"_s, u"/seasons"_s);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, 429);
    QVERIFY(log.at(0).receivedAt.msecsTo(log.at(1).receivedAt) >= 900);
}

void TestHttpClient::rateLimitedGivesUp()
{
    HttpClientOptions o = fastOptions();
    o.maxRetryAfterMs = 500; // a Retry-After of 1 s is longer than we are willing to wait
    HttpClient client(o);
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::rateLimited(1));
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::RateLimited);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.attempts, 1);
}

void TestHttpClient::serverErrorThenSuccess_data()
{
    QTest::addColumn<int>("status");
    for (int s : { 500, 502, 503, 504, 520, 521, 522 })
        QTest::addRow("%d", s) << s;
}

void TestHttpClient::serverErrorThenSuccess()
{
    QFETCH(int, status);
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::serverError(status), 2);
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_fakes.trakt().requests(u"GET"_s, u"/seasons"_s).size(), 3);
}

void TestHttpClient::serverErrorExhausted()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::serverError(502), -1);
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::ServerError);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.attempts, 1 + fastOptions().maxServerRetries);
    QVERIFY(r.error.userMessage.contains(u"Trakt"_s));
    QVERIFY(!r.outcomeUnknown); // a GET changes nothing
}

void TestHttpClient::postServerErrorNotRetried()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::serverError(500));
    const HttpResponse r = run(client, traktPost(oneEpisode(1)));
    QCOMPARE(r.error.code, ErrorCode::ServerError);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.outcomeUnknown); // a 500 on a write may have been applied
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
}

void TestHttpClient::htmlBody()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::html(200));
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::BadResponse);
    QVERIFY(r.error.userMessage.contains(u"Trakt"_s));
    QVERIFY(r.error.userMessage.contains(u"200"_s));
    QCOMPARE(r.attempts, 1);
}

void TestHttpClient::malformedJson()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::malformedJson());
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::BadResponse);
    QVERIFY(r.error.userMessage.contains(u"JSON"_s));
    QVERIFY(r.json.isNull());
}

void TestHttpClient::truncatedJson()
{
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::truncatedJson());
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::BadResponse);
}

void TestHttpClient::timeoutRetriedForGet()
{
    HttpClientOptions o = fastOptions();
    o.timeoutMs = 300;
    HttpClient client(o);
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::hang(), -1);
    const HttpResponse r = run(client, traktGet(u"/shows/1420/seasons"_s));
    QCOMPARE(r.error.code, ErrorCode::Timeout);
    QCOMPARE(r.attempts, 1 + o.maxNetworkRetries);
    QVERIFY(!r.outcomeUnknown);
    QVERIFY(r.error.userMessage.contains(u"Trakt"_s));
    m_fakes.trakt().releaseHanging();

    // A hang once, then an answer: the retry succeeds.
    m_fakes.trakt().clearFaults();
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::hang(), 1);
    const HttpResponse second = run(client, traktGet(u"/shows/1420/seasons"_s));
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QCOMPARE(second.attempts, 2);
}

void TestHttpClient::postDropAfterApplyIsOutcomeUnknown()
{
    HttpClient client(fastOptions());
    // Warm a keep-alive connection first: Qt likes to resend on reused connections.
    QVERIFY(run(client, traktGet(u"/shows/1420/seasons"_s)).ok());
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    const HttpResponse r = run(client, traktPost(oneEpisode(2)));
    QVERIFY2(r.error.code == ErrorCode::Network || r.error.code == ErrorCode::Timeout,
        qPrintable(errorCodeName(r.error.code)));
    QVERIFY(r.outcomeUnknown);
    QVERIFY(r.error.detail.contains(u"outcome unknown"_s));
    // Applied once by the server, never sent again by us.
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 2), 1);
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
}

void TestHttpClient::postTimeoutAfterApplyIsOutcomeUnknown()
{
    HttpClientOptions o = fastOptions();
    o.timeoutMs = 300;
    HttpClient client(o);
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::hang(true));
    const HttpResponse r = run(client, traktPost(oneEpisode(3)));
    QCOMPARE(r.error.code, ErrorCode::Timeout);
    QVERIFY(r.outcomeUnknown);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 3), 1);
    m_fakes.trakt().releaseHanging();
}

void TestHttpClient::connectionRefused()
{
    HttpClientOptions o = fastOptions();
    HttpClient client(o);
    HttpRequest r = traktPost(oneEpisode(4));
    r.url.setPort(1); // nothing listens there
    const HttpResponse response = run(client, r);
    QCOMPARE(response.error.code, ErrorCode::Network);
    QVERIFY(!response.outcomeUnknown); // refused: the server never saw it
    QCOMPARE(response.attempts, 1);
}

void TestHttpClient::accountErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("html");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("420") << 420 << false << ErrorCode::AccountLimit;
    QTest::newRow("423") << 423 << false << ErrorCode::AccountLocked;
    QTest::newRow("426") << 426 << false << ErrorCode::VipOnly;
    QTest::newRow("403 html") << 403 << true << ErrorCode::Forbidden;
}

void TestHttpClient::accountErrors()
{
    QFETCH(int, status);
    QFETCH(bool, html);
    QFETCH(ErrorCode, code);
    HttpClient client(fastOptions());
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s,
        html ? FakeFault::html(status) : FakeFault::httpStatus(status, {}), 1);
    const HttpResponse r = run(client, traktPost(oneEpisode(5)));
    QCOMPARE(errorCodeName(r.error.code), errorCodeName(code));
    QCOMPARE(r.status, status);
    QCOMPARE(r.attempts, 1); // no retry
    QVERIFY(!r.outcomeUnknown);
    QVERIFY(r.error.userMessage.contains(u"Trakt"_s));
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 5), 0);
}

void TestHttpClient::cancelPending()
{
    HttpClientOptions o = fastOptions();
    HttpClient client(o);
    m_fakes.trakt().addFault(u"GET"_s, u"/seasons"_s, FakeFault::hang(), 1);
    HttpResponse out;
    bool done = false;
    QObject context;
    const auto id
        = client.send(traktGet(u"/shows/1420/seasons"_s), &context, [&](const HttpResponse &r) {
              out = r;
              done = true;
          });
    QTRY_COMPARE(m_fakes.trakt().hangingConnections(), 1);
    client.cancel(id);
    QTRY_VERIFY(done);
    QCOMPARE(out.error.code, ErrorCode::Cancelled);
    QCOMPARE(client.pendingCount(), 0);
    m_fakes.trakt().releaseHanging();
}

void TestHttpClient::deadContextGetsNoCallback()
{
    HttpClient client(fastOptions());
    int calls = 0;
    {
        QObject context;
        client.send(
            traktGet(u"/shows/1420/seasons"_s), &context, [&](const HttpResponse &) { ++calls; });
    }
    QTRY_COMPARE(m_fakes.trakt().requests(u"GET"_s, u"/seasons"_s).size(), 1);
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(calls, 0);
}

void TestHttpClient::limiterSpacesWrites()
{
    // The limiter decides start times on the client's clock; with a frozen injected clock the third
    // POST is scheduled exactly two spacings after the first.
    HttpClientOptions o = fastOptions();
    o.limits.writeSpacingMs = 200;
    HttpClient client(o);
    client.setClock([] { return qint64(1'000'000); });
    QCOMPARE(client.limiter().reserve(client.now(), RateLimiter::Kind::Write), 1'000'000);
    QCOMPARE(client.limiter().reserve(client.now(), RateLimiter::Kind::Write), 1'000'200);
    QCOMPARE(client.limiter().reserve(client.now(), RateLimiter::Kind::Write), 1'000'400);

    // And real requests go out in order, each counted once.
    client.setClock({});
    HttpClient real(o);
    int finished = 0;
    QObject context;
    for (int e = 6; e <= 8; ++e)
        real.send(traktPost(oneEpisode(e)), &context,
            [&](const HttpResponse &r) { finished += r.ok() ? 1 : 0; });
    QTRY_COMPARE(finished, 3);
    QCOMPARE(real.requestCount(), 3u);
    const auto log = m_fakes.trakt().requests(u"POST"_s, u"/sync/history"_s);
    QCOMPARE(log.size(), 3);
    QVERIFY(log.at(0).receivedAt <= log.at(1).receivedAt
        && log.at(1).receivedAt <= log.at(2).receivedAt);
}

void TestHttpClient::redactedUrl()
{
    const QString url = HttpClient::redactedUrl(
        QUrl(u"https://api.themoviedb.org/3/tv/1/external_ids?api_key=abcdef123456&x=1"_s));
    QVERIFY(!url.contains(u"abcdef123456"_s));
    QVERIFY(url.contains(u"x=1"_s));
    QVERIFY(HttpClient::userAgent().startsWith("Tsuzuki/" TSUZUKI_VERSION));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

#include "core/net/httpclient.h"
#include "core/net/oneshotbody.h"
#include "tests/fakes/fakeservices.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

/// Issue 8, task 1: Qt 6.4 silently re-sends a POST once when the connection closes before the
/// first response byte. A Trakt write must never be sent twice by Qt: the client gets "outcome
/// unknown" and the server has exactly one play.
class TestDoublePost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneShotBodyRewindRules();
    void oneShotBodyLargeBodyReadInPieces();
    void plainQtBodyIsResent();
    void oneShotBodyIsNotResent();
    void httpClientDropAfterApplyOnce_data();
    void httpClientDropAfterApplyOnce();
    void firstSendsStillWork();

private:
    HttpRequest traktPost(int episode);
    HttpResponse run(HttpClient &client, const HttpRequest &request);
    QNetworkReply::NetworkError rawPost(QNetworkAccessManager &nam, int episode, bool oneShot);

    FakeServices m_fakes;
    QString m_token;
};

void TestDoublePost::initTestCase()
{
    QVERIFY(m_fakes.listen());
    m_fakes.trakt().addShow(FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Attack on Titan", "year": 2013,
        "ids": {"trakt": 1420, "slug": "attack-on-titan", "tvdb": 267440, "imdb": "tt2560140", "tmdb": 1429},
        "seasons": [{"number": 1, "episodeCount": 400, "firstAbs": 1}]})")
                                                        .object()));
    m_token = m_fakes.trakt().issueToken().first;
}

void TestDoublePost::init()
{
    m_fakes.trakt().clearFaults();
    m_fakes.trakt().clearHistory();
    m_fakes.trakt().clearLog();
}

static QByteArray episodeBody(int episode)
{
    return QStringLiteral(
        R"({"shows":[{"ids":{"trakt":1420},"seasons":[{"number":1,)"
        R"("episodes":[{"number":%1,"watched_at":"2024-01-02T03:04:00.000Z"}]}]}]})")
        .arg(episode)
        .toUtf8();
}

HttpRequest TestDoublePost::traktPost(int episode)
{
    HttpRequest r;
    r.url = m_fakes.trakt().baseUrl();
    r.url.setPath(u"/sync/history"_s);
    r.method = "POST"_ba;
    r.body = episodeBody(episode);
    r.headers = { { "trakt-api-key"_ba, "fake-client-id"_ba }, { "trakt-api-version"_ba, "2"_ba },
        { "Authorization"_ba, "Bearer "_ba + m_token.toUtf8() } };
    return r;
}

HttpResponse TestDoublePost::run(HttpClient &client, const HttpRequest &request)
{
    HttpResponse out;
    bool done = false;
    QObject context;
    client.send(request, &context, [&](const HttpResponse &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.error = Error { ErrorCode::Unknown, u"test: no callback"_s, {}, 0 };
    return out;
}

void TestDoublePost::oneShotBodyRewindRules()
{
    OneShotBody body("abcdef"_ba);
    QVERIFY(body.isOpen());
    QVERIFY(body.isSequential());
    QCOMPARE(body.size(), 6);
    // Before anything was read (Qt may reset before the first send): allowed.
    QVERIFY(body.reset());
    QCOMPARE(body.read(2), "ab"_ba);
    // Partly read: the server cannot have a complete request yet, a rewind is harmless.
    QVERIFY(!body.fullyRead());
    QVERIFY(body.reset());
    QCOMPARE(body.read(6), "abcdef"_ba);
    QVERIFY(body.fullyRead());
    QVERIFY(body.atEnd());
    // Fully read: the server may have applied it. No rewind, by either door.
    QVERIFY(!body.reset());
    QVERIFY(!body.seek(0));
    QCOMPARE(body.refusedRewinds(), 2);
    QCOMPARE(body.read(10), QByteArray());
    QVERIFY(!body.seek(3));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (Tsuzuki::OneShotBody): ReadOnly device");
    QCOMPARE(body.write("x"), -1);
}

void TestDoublePost::oneShotBodyLargeBodyReadInPieces()
{
    QByteArray data(200'000, 'q');
    data[0] = 'a';
    data[199'999] = 'z';
    OneShotBody body(data);
    QByteArray got;
    while (!body.atEnd()) {
        const QByteArray chunk = body.read(16'384);
        QVERIFY(!chunk.isEmpty());
        got += chunk;
    }
    QCOMPARE(got, data);
    QVERIFY(!body.reset());
}

QNetworkReply::NetworkError TestDoublePost::rawPost(
    QNetworkAccessManager &nam, int episode, bool oneShot)
{
    const HttpRequest r = traktPost(episode);
    QNetworkRequest request(r.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nullptr;
    if (oneShot) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(r.body);
        reply = nam.post(request, body);
        body->setParent(reply);
    } else {
        reply = nam.post(request, r.body);
    }
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return QNetworkReply::UnknownNetworkError;
    reply->deleteLater();
    return reply->error();
}

void TestDoublePost::plainQtBodyIsResent()
{
    // The control: without the one-shot body the hazard is real (so the next test means something).
    QNetworkAccessManager nam;
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    const auto error = rawPost(nam, 1, false);
    QCOMPARE(error, QNetworkReply::NoError); // the client sees 201 ...
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 1), 2); // ... and Trakt recorded two plays
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 2);
}

void TestDoublePost::oneShotBodyIsNotResent()
{
    QNetworkAccessManager nam;
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    const auto error = rawPost(nam, 2, true);
    // Qt wanted to resend, the body refused to rewind: ContentReSendError instead of a second play.
    QCOMPARE(error, QNetworkReply::ContentReSendError);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 2), 1);
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
}

void TestDoublePost::httpClientDropAfterApplyOnce_data()
{
    QTest::addColumn<bool>("warmConnection");
    QTest::addColumn<int>("episodes");
    QTest::newRow("fresh connection, one play") << false << 1;
    QTest::newRow("kept-alive connection, one play") << true << 1;
    QTest::newRow("kept-alive connection, 300 plays (big body)") << true << 300;
}

void TestDoublePost::httpClientDropAfterApplyOnce()
{
    QFETCH(bool, warmConnection);
    QFETCH(int, episodes);
    HttpClientOptions o = HttpClientOptions::trakt();
    o.limits.writeSpacingMs = 0;
    o.backoffBaseMs = 10;
    o.timeoutMs = 5000;
    HttpClient client(o);
    if (warmConnection)
        QVERIFY(run(client, traktPost(100)).ok());
    m_fakes.trakt().clearHistory();
    m_fakes.trakt().clearLog();

    HttpRequest request = traktPost(1);
    if (episodes > 1) {
        QString list;
        for (int e = 1; e <= episodes; ++e)
            list += (e > 1 ? u","_s : QString())
                + u"{\"number\":%1,\"watched_at\":\"2024-01-02T03:04:00.000Z\"}"_s.arg(e);
        request.body = (u"{\"shows\":[{\"ids\":{\"trakt\":1420},\"seasons\":[{\"number\":1,"
                        u"\"episodes\":["_s
            + list + u"]}]}]}"_s)
                           .toUtf8();
    }
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply(), 1);
    const HttpResponse r = run(client, request);
    QVERIFY2(!r.ok(), "a dropped write must not look like a success");
    QVERIFY(r.outcomeUnknown);
    QVERIFY(r.error.code == ErrorCode::Network || r.error.code == ErrorCode::Timeout);
    QVERIFY(r.error.detail.contains(u"outcome unknown"_s));
    QVERIFY2(
        r.error.detail.contains(u"network error %1"_s.arg(int(QNetworkReply::ContentReSendError))),
        qPrintable(r.error.detail));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
    for (int e = 1; e <= episodes; ++e)
        QCOMPARE(m_fakes.trakt().playCount(1420, 1, e), 1);
    QCOMPARE(m_fakes.trakt().history().size(), qsizetype(episodes));
    QVERIFY(m_fakes.trakt().duplicatePlays().isEmpty());
}

void TestDoublePost::firstSendsStillWork()
{
    // Many writes through one client (new and reused connections): each goes out exactly once and
    // succeeds; the one-shot body never blocks a first send.
    HttpClientOptions o = HttpClientOptions::trakt();
    o.limits.writeSpacingMs = 0;
    HttpClient client(o);
    for (int e = 1; e <= 30; ++e) {
        const HttpResponse r = run(client, traktPost(e));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.status, 201);
        QVERIFY(!r.outcomeUnknown);
    }
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 30);
    QCOMPARE(m_fakes.trakt().history().size(), 30);
    QVERIFY(m_fakes.trakt().duplicatePlays().isEmpty());
}

QTEST_GUILESS_MAIN(TestDoublePost)
#include "tst_doublepost.moc"

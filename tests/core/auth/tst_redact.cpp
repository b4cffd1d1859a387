#include "core/log/redact.h"

#include <QMutex>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

QMutex s_capturedMutex;
QStringList s_captured;

void capturingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&s_capturedMutex);
    s_captured.append(message);
}

} // namespace

class TestRedact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { clearRegisteredSecrets(); }
    void cleanupTestCase() { clearRegisteredSecrets(); }

    void patterns_data();
    void patterns();
    void registeredSecrets();
    void registeredSecretShortValuesIgnored();
    void registeredSecretPercentEncoded();
    void unregister();
    void byteArrayAndError();
    void concurrentRegisterAndRedact();
    void messageHandler();
    void handlerScope();
    void usableFromThreadLocalDestructors();
};

void TestRedact::patterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Authorization headers, in the shapes they reach a log: raw header, JSON, QDebug of a header
    // list.
    QTest::newRow("header bearer")
        << u"Authorization: Bearer abc.DEF-123_x"_s << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("header basic lower")
        << u"authorization: Basic dXNlcjpwYXNz"_s << u"authorization: Basic [redacted]"_s;
    QTest::newRow("header no scheme") << u"Authorization: s3cr3tvalue\r\nAccept: application/json"_s
                                      << u"Authorization: [redacted]\r\nAccept: application/json"_s;
    QTest::newRow("header json")
        << u"{\"Authorization\": \"Bearer tok123\", \"trakt-api-version\": \"2\"}"_s
        << u"{\"Authorization\": \"Bearer [redacted]\", \"trakt-api-version\": \"2\"}"_s;
    QTest::newRow("header qdebug pair")
        << u"QList(std::pair(\"Authorization\",\"Bearer tok123\"))"_s
        << u"QList(std::pair(\"Authorization\",\"Bearer [redacted]\"))"_s;
    QTest::newRow("proxy header") << u"Proxy-Authorization: Basic Zm9vOmJhcg=="_s
                                  << u"Proxy-Authorization: Basic [redacted]"_s;
    QTest::newRow("bearer in text") << u"retrying with bearer eyJhbGciOi.eyJzdWIi.sig== after 401"_s
                                    << u"retrying with bearer [redacted] after 401"_s;

    // JSON bodies (Trakt token responses, AniList, device code).
    QTest::newRow("trakt token json")
        << u"{\"access_token\":\"a1b2c3d4\",\"token_type\":\"bearer\",\"expires_in\":7776000,"
           "\"refresh_token\":\"r9r9r9r9\",\"scope\":\"public\",\"created_at\":1700000000}"_s
        << u"{\"access_token\":\"[redacted]\",\"token_type\":\"bearer\",\"expires_in\":7776000,"
           "\"refresh_token\":\"[redacted]\",\"scope\":\"public\",\"created_at\":1700000000}"_s;
    QTest::newRow("json spaced")
        << u"{ \"client_secret\" : \"xyz789\", \"code\": \"abc\" }"_s
        << u"{ \"client_secret\" : \"[redacted]\", \"code\": \"[redacted]\" }"_s;
    QTest::newRow("json escaped quote") << u"{\"password\":\"a\\\"b c\",\"user\":\"kai\"}"_s
                                        << u"{\"password\":\"[redacted]\",\"user\":\"kai\"}"_s;
    QTest::newRow("json non-string") << u"{\"code\": 123456, \"state\": \"ok\"}"_s
                                     << u"{\"code\": [redacted], \"state\": \"ok\"}"_s;
    QTest::newRow("device code keeps user code")
        << u"{\"device_code\":\"dc0123456789\",\"user_code\":\"5055CC52\",\"interval\":5}"_s
        << u"{\"device_code\":\"[redacted]\",\"user_code\":\"5055CC52\",\"interval\":5}"_s;
    QTest::newRow("json in a string")
        << u"body=\"{\\\"access_token\\\":\\\"abc\\\",\\\"scope\\\":\\\"public\\\"}\""_s
        << u"body=\"{\\\"access_token\\\":\\\"[redacted]\\\",\\\"scope\\\":\\\"public\\\"}\""_s;
    QTest::newRow("single quotes") << u"{'password': 'p w d'}"_s << u"{'password': '[redacted]'}"_s;

    // Form bodies and query strings.
    QTest::newRow("refresh form")
        << u"grant_type=refresh_token&refresh_token=rrr111&client_id=cid42&client_secret=sss222&redirect_uri=urn"_s
        << u"grant_type=refresh_token&refresh_token=[redacted]&client_id=cid42&client_secret=[redacted]&redirect_uri=urn"_s;
    QTest::newRow("tmdb query")
        << u"GET https://api.themoviedb.org/3/tv/1/external_ids?api_key=0123456789abcdef&language=en"_s
        << u"GET https://api.themoviedb.org/3/tv/1/external_ids?api_key=[redacted]&language=en"_s;
    QTest::newRow("oauth code") << u"http://localhost/callback?code=XYZ123&state=s1"_s
                                << u"http://localhost/callback?code=[redacted]&state=s1"_s;
    QTest::newRow("fragment token")
        << u"https://anilist.co/api/v2/oauth/pin#access_token=jwt.jwt.jwt&token_type=Bearer"_s
        << u"https://anilist.co/api/v2/oauth/pin#access_token=[redacted]&token_type=Bearer"_s;
    QTest::newRow("case insensitive") << u"ACCESS_TOKEN: abcdef"_s << u"ACCESS_TOKEN: [redacted]"_s;
    QTest::newRow("environment dump")
        << u"TRAKT_ACCESS_TOKEN=abc123 TMDB_API_KEY=k0k0 TSUZUKI_DATABASE_PASSWORD=pw1"_s
        << u"TRAKT_ACCESS_TOKEN=[redacted] TMDB_API_KEY=[redacted] TSUZUKI_DATABASE_PASSWORD=[redacted]"_s;
    QTest::newRow("libpq conninfo") << u"host=db.example password=hunter22 dbname=tsuzuki"_s
                                    << u"host=db.example password=[redacted] dbname=tsuzuki"_s;

    // Connection URIs.
    QTest::newRow("supabase uri")
        << u"postgresql://postgres.abcd:Sup3r%40Secret@aws-0-eu.pooler.supabase.com:6543/postgres?sslmode=require"_s
        << u"postgresql://postgres.abcd:[redacted]@aws-0-eu.pooler.supabase.com:6543/postgres?sslmode=require"_s;
    QTest::newRow("postgres uri in text")
        << u"connecting to postgres://kai:pa:ss@localhost/db failed"_s
        << u"connecting to postgres://kai:[redacted]@localhost/db failed"_s;
    QTest::newRow("uri without password") << u"postgresql://kai@localhost:5432/tsuzuki"_s
                                          << u"postgresql://kai@localhost:5432/tsuzuki"_s;
    QTest::newRow("uri with port only") << u"postgresql://localhost:5432/tsuzuki?x=a@b"_s
                                        << u"postgresql://localhost:5432/tsuzuki?x=a@b"_s;

    // What must stay readable.
    QTest::newRow("plain sync line") << u"Synced 12 episodes of Frieren S01E03 (trakt 12345)"_s
                                     << u"Synced 12 episodes of Frieren S01E03 (trakt 12345)"_s;
    QTest::newRow("token type and expiry")
        << u"token_type=bearer expires_in=7776000 token_expiry=2026-01-01T00:00:00Z"_s
        << u"token_type=bearer expires_in=7776000 token_expiry=2026-01-01T00:00:00Z"_s;
    QTest::newRow("error code names") << u"error_code=42 status_code=500 user_code=ABCD"_s
                                      << u"error_code=42 status_code=500 user_code=ABCD"_s;
    QTest::newRow("words only") << u"The password is wrong; the access token expired."_s
                                << u"The password is wrong; the access token expired."_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestRedact::patterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString once = redact(input);
    QCOMPARE(once, expected);
    // Redacting twice changes nothing more (logs may pass text through it at several layers).
    QCOMPARE(redact(once), once);
}

void TestRedact::registeredSecrets()
{
    const QString token = u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
    QCOMPARE(
        redact(u"trakt said: "_s + token), u"trakt said: "_s + token); // not known yet: untouched
    registerSecret(token);
    QCOMPARE(redact(u"trakt said: "_s + token + u" twice "_s + token),
        u"trakt said: [redacted] twice [redacted]"_s);
    // A registered secret is removed whole even inside other text, and in any field name.
    QCOMPARE(redact(u"x-custom-header="_s + token + u"xyz"_s), u"x-custom-header=[redacted]xyz"_s);

    // A secret that contains another registered secret is removed whole, not piecewise.
    registerSecret(u"abcd1234"_s);
    registerSecret(u"zzabcd1234zz"_s);
    QCOMPARE(redact(u"v=zzabcd1234zz"_s), u"v=[redacted]"_s);
}

void TestRedact::registeredSecretShortValuesIgnored()
{
    registerSecret(u"abc"_s);
    registerSecret(u"   "_s);
    QCOMPARE(redact(u"abc def"_s), u"abc def"_s);
}

void TestRedact::registeredSecretPercentEncoded()
{
    const QString secret = u"p@ss/word+1=2 x"_s;
    registerSecret(secret);
    QCOMPARE(redact(u"raw "_s + secret), u"raw [redacted]"_s);
    QCOMPARE(redact(u"url ?x="_s + QString::fromLatin1(QUrl::toPercentEncoding(secret))),
        u"url ?x=[redacted]"_s);
}

void TestRedact::unregister()
{
    const QString token = u"revoked-token-value-1234"_s;
    registerSecret(token);
    QCOMPARE(redact(token), u"[redacted]"_s);
    unregisterSecret(token);
    QCOMPARE(redact(token), token);
}

void TestRedact::byteArrayAndError()
{
    registerSecret(u"tmdbkey-0123456789"_s);
    QCOMPARE(redact("Authorization: Bearer abc\r\n"_ba), "Authorization: Bearer [redacted]\r\n"_ba);
    QCOMPARE(redact("api_key=tmdbkey-0123456789"_ba), "api_key=[redacted]"_ba);

    Error error { ErrorCode::Http, u"Request failed for tmdbkey-0123456789"_s,
        u"POST /oauth/token client_secret=abc&code=def"_s, 400 };
    const Error clean = redact(error);
    QCOMPARE(clean.userMessage, u"Request failed for [redacted]"_s);
    QCOMPARE(clean.detail, u"POST /oauth/token client_secret=[redacted]&code=[redacted]"_s);
    QCOMPARE(clean.code, ErrorCode::Http);
    QCOMPARE(clean.httpStatus, 400);
}

void TestRedact::concurrentRegisterAndRedact()
{
    // Threads register their own secrets while others redact: every secret registered before a
    // redact() call must be gone from its result, and nothing may crash or deadlock.
    constexpr int Threads = 4;
    constexpr int PerThread = 200;
    std::atomic<int> leaks { 0 };
    std::vector<QThread *> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.push_back(QThread::create([t, &leaks] {
            for (int i = 0; i < PerThread; ++i) {
                const QString secret = u"thread%1-secret-%2-value"_s.arg(t).arg(i);
                registerSecret(secret);
                const QString out
                    = redact(u"line with "_s + secret + u" and Authorization: Bearer x"_s + secret);
                if (out.contains(secret)
                    || out != u"line with [redacted] and Authorization: Bearer [redacted]"_s)
                    ++leaks;
            }
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(leaks.load(), 0);
    QCOMPARE(redact(u"thread3-secret-199-value"_s), u"[redacted]"_s);
}

void TestRedact::messageHandler()
{
    {
        QMutexLocker locker(&s_capturedMutex);
        s_captured.clear();
    }
    const QtMessageHandler original = qInstallMessageHandler(capturingHandler);
    installRedactingMessageHandler();
    installRedactingMessageHandler(); // a second call must not wrap twice

    registerSecret(u"registered-anilist-jwt-value"_s);
    qDebug() << "request headers: Authorization: Bearer leakedtoken123";
    qWarning("body: %s", "{\"refresh_token\":\"leakedrefresh\"}");
    qInfo().noquote() << "token registered-anilist-jwt-value loaded";

    uninstallRedactingMessageHandler();
    QVERIFY(qInstallMessageHandler(original) == capturingHandler);

    QMutexLocker locker(&s_capturedMutex);
    QCOMPARE(s_captured.size(), 3);
    const QString all = s_captured.join(u'\n');
    QVERIFY2(!all.contains(u"leakedtoken123"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"leakedrefresh"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"registered-anilist-jwt-value"_s), qPrintable(all));
    QVERIFY(s_captured.at(0).contains(u"Bearer [redacted]"_s));
    QCOMPARE(s_captured.at(1), u"body: {\"refresh_token\":\"[redacted]\"}"_s);
    QCOMPARE(s_captured.at(2), u"token [redacted] loaded"_s);
}

void TestRedact::handlerScope()
{
    {
        QMutexLocker locker(&s_capturedMutex);
        s_captured.clear();
    }
    const QtMessageHandler original = qInstallMessageHandler(capturingHandler);
    {
        const RedactingMessageHandlerScope scope;
        qWarning("Authorization: Bearer scopedtoken123");
    }
    // The scope is gone: the previous handler is the current one again and gets messages as they
    // are (this one has nothing to redact).
    qWarning("plain text after the scope");
    QVERIFY(qInstallMessageHandler(original) == capturingHandler);
    QMutexLocker locker(&s_capturedMutex);
    QCOMPARE(s_captured,
        (QStringList { u"Authorization: Bearer [redacted]"_s, u"plain text after the scope"_s }));
}

void TestRedact::usableFromThreadLocalDestructors()
{
    // A thread-local object made before the thread's first redact() is destroyed after anything
    // thread-local that redact() may have made: redact() must still work there (it used freed
    // regexes; the ASan build of this test reports that as a heap use-after-free).
    registerSecret(u"tsuzuki-test-secret-tls-0001"_s);
    std::atomic<int> result { -1 };
    std::thread thread([&result]() {
        struct RedactsAtExit
        {
            std::atomic<int> *result;
            ~RedactsAtExit()
            {
                const QString out
                    = redact(u"late tsuzuki-test-secret-tls-0001 Bearer abcdef123456"_s);
                result->store(out == u"late [redacted] Bearer [redacted]"_s ? 1 : 0);
            }
        };
        thread_local RedactsAtExit atExit { &result };
        (void)atExit;
        if (redact(u"Bearer warmupwarmup1"_s) != u"Bearer [redacted]"_s)
            result.store(-2);
    });
    thread.join();
    QCOMPARE(result.load(), 1);
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"

#include "core/auth/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/traktauth.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/memorysecretstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using Tsuzuki::Test::MemorySecretStore;

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

/// TraktAuth against the fake Trakt OAuth endpoints: device-code flow, refresh, revoke.
class TestTraktAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void deviceFlowScripted_data();
    void deviceFlowScripted();
    void deviceFlowApprovedByUser();
    void deviceFlowDeniedByUser();
    void deviceFlowStopsAtExpiry();
    void deviceFlowCancel();
    void deviceFlowStoreFailure();
    void refreshAheadOfExpiry();
    void concurrentCallersOneRefresh();
    void noRefreshWhenFresh();
    void notLoggedIn();
    void tokenExpiryFromCreatedAt();
    void logoutRevokes();
    void sevenDayTokensRenewedADayAhead();
    void refusedRefreshIsNeverRepeated();
    void anotherProcessRenewedFirst();

private:
    std::optional<Result<QString>> accessToken(TraktAuth &auth);
    /// No device login job is left (they delete themselves after finished()).
    bool loginGone() const { return m_auth->findChildren<TraktDeviceLogin *>().isEmpty(); }

    FakeServices m_fakes;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TraktAuth> m_auth;
};

void TestTraktAuth::initTestCase()
{
    QVERIFY(m_fakes.listen());
}

void TestTraktAuth::init()
{
    m_fakes.trakt().clearFaults();
    m_fakes.trakt().clearLog();
    m_fakes.trakt().scriptDevicePolls({});
    m_fakes.trakt().setDeviceCodeTiming(600, 1);
    m_store = std::make_unique<MemorySecretStore>();
    m_store->values.insert(key(SecretKey::TraktClientSecret), m_fakes.trakt().clientSecret());
    HttpClientOptions o = HttpClientOptions::trakt();
    o.backoffBaseMs = 20;
    m_http = std::make_unique<HttpClient>(o);
    m_auth = std::make_unique<TraktAuth>(
        m_http.get(), m_store.get(), m_fakes.trakt().authUrl(), m_fakes.trakt().clientId());
    m_auth->setDeviceTimeUnitMs(20); // one "second" of interval/expires_in = 20 ms
    m_auth->setSlowDownSeconds(5);
}

std::optional<Result<QString>> TestTraktAuth::accessToken(TraktAuth &auth)
{
    std::optional<Result<QString>> out;
    QObject context;
    auth.accessToken(&context, [&](const Result<QString> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

void TestTraktAuth::deviceFlowScripted_data()
{
    QTest::addColumn<QList<int>>("script");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("polls");
    QTest::addColumn<bool>("slowedDown");

    QTest::newRow("pending, pending, approved")
        << QList<int> { 400, 400, 200 } << ErrorCode::None << 3 << false;
    QTest::newRow("slow down then approved")
        << QList<int> { 400, 429, 400, 200 } << ErrorCode::None << 4 << true;
    QTest::newRow("404 invalid code")
        << QList<int> { 400, 404 } << ErrorCode::InvalidInput << 2 << false;
    QTest::newRow("409 already used")
        << QList<int> { 409 } << ErrorCode::InvalidInput << 1 << false;
    QTest::newRow("410 expired") << QList<int> { 400, 410 } << ErrorCode::Timeout << 2 << false;
    QTest::newRow("418 denied") << QList<int> { 418 } << ErrorCode::Unauthorized << 1 << false;
    QTest::newRow("5xx keeps polling")
        << QList<int> { 502, 400, 200 } << ErrorCode::None << 3 << false;
}

void TestTraktAuth::deviceFlowScripted()
{
    QFETCH(QList<int>, script);
    QFETCH(ErrorCode, code);
    QFETCH(int, polls);
    QFETCH(bool, slowedDown);

    m_fakes.trakt().scriptDevicePolls(script);
    const int pollsBefore = m_fakes.trakt().devicePollCount();
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy codeSpy(login, &TraktDeviceLogin::codeReceived);
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    qint64 interval = 0;
    ErrorCode got = ErrorCode::Unknown;
    QString message;
    connect(login, &TraktDeviceLogin::finished, this, [&] {
        interval = login->pollIntervalMs();
        got = login->error().code;
        message = login->error().userMessage;
    });
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(codeSpy.count(), 1);
    QCOMPARE(codeSpy.first().at(0).toString(), m_fakes.trakt().latestUserCode());
    QCOMPARE(codeSpy.first().at(1).toUrl().path(), u"/activate"_s);
    QCOMPARE(errorCodeName(got), errorCodeName(code));
    QCOMPARE(m_fakes.trakt().devicePollCount() - pollsBefore, polls);
    QCOMPARE(interval > 20, slowedDown); // 1 "second" = 20 ms; slow down adds 5
    if (slowedDown)
        QCOMPARE(interval, 20 + 5 * 20);

    if (code == ErrorCode::None) {
        QVERIFY(m_auth->isLoggedIn());
        QCOMPARE(m_store->values.value(key(SecretKey::TraktAccessToken)),
            m_fakes.trakt().latestAccessToken());
        QCOMPARE(m_store->values.value(key(SecretKey::TraktRefreshToken)),
            m_fakes.trakt().latestRefreshToken());
        QVERIFY(m_store->values.contains(key(SecretKey::TraktTokenExpiry)));
        const auto token = accessToken(*m_auth);
        QVERIFY(token && token->ok());
        QCOMPARE(token->value(), m_fakes.trakt().latestAccessToken());
    } else {
        QVERIFY(!m_auth->isLoggedIn());
        QVERIFY(!message.isEmpty());
        QVERIFY(!m_store->values.contains(key(SecretKey::TraktAccessToken)));
    }
    // Nothing polls after the end: the job (and its poll timer) is gone.
    QTRY_VERIFY(loginGone());
    // The device code itself went to the server in the poll body, never into the code signal.
    const auto logged = m_fakes.trakt().requests(u"POST"_s, u"^/oauth/device/code$"_s);
    QVERIFY(!logged.isEmpty());
    QCOMPARE(logged.last().jsonBody().value(u"client_id"_s).toString(), m_fakes.trakt().clientId());
}

void TestTraktAuth::deviceFlowApprovedByUser()
{
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    bool ok = false;
    connect(login, &TraktDeviceLogin::codeReceived, this, [&] { m_fakes.trakt().approve(); });
    connect(login, &TraktDeviceLogin::finished, this, [&] { ok = login->ok(); });
    QVERIFY(finishedSpy.wait(20000));
    QVERIFY(ok);
    QCOMPARE(m_fakes.trakt().deviceState(), FakeTrakt::DeviceState::Used);
    QVERIFY(m_auth->isLoggedIn());
}

void TestTraktAuth::deviceFlowDeniedByUser()
{
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    ErrorCode got = ErrorCode::None;
    int polls = 0;
    // Deny once the fake has told us "pending" at least once.
    connect(&m_fakes.trakt(), &FakeServer::requestHandled, login,
        [this](qint64, const QString &, const QString &path, int status) {
            if (path == u"/oauth/device/token"_s && status == 400)
                m_fakes.trakt().deny();
        });
    connect(login, &TraktDeviceLogin::finished, this, [&] {
        got = login->error().code;
        polls = login->pollCount();
    });
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(got, ErrorCode::Unauthorized);
    QVERIFY(polls >= 2); // it was pending before the denial
}

void TestTraktAuth::deviceFlowStopsAtExpiry()
{
    m_fakes.trakt().setDeviceCodeTiming(
        4, 1); // 4 "seconds" = 80 ms, polls every 20 ms, never approved
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    ErrorCode got = ErrorCode::None;
    connect(login, &TraktDeviceLogin::finished, this, [&] { got = login->error().code; });
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(got, ErrorCode::Timeout);
    QTRY_VERIFY(loginGone()); // nothing left that could poll
}

void TestTraktAuth::deviceFlowCancel()
{
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    ErrorCode got = ErrorCode::None;
    connect(login, &TraktDeviceLogin::codeReceived, login, &TraktDeviceLogin::cancel);
    connect(login, &TraktDeviceLogin::finished, this, [&] { got = login->error().code; });
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(got, ErrorCode::Cancelled);
    QTRY_VERIFY(loginGone()); // nothing left that could poll
    QVERIFY(!m_auth->isLoggedIn());
}

void TestTraktAuth::deviceFlowStoreFailure()
{
    m_fakes.trakt().scriptDevicePolls({ 200 });
    // Load first (reads work), then make writes fail.
    QVERIFY(accessToken(*m_auth).has_value());
    m_store->failWrites = true;
    TraktDeviceLogin *login = m_auth->startDeviceLogin();
    QSignalSpy finishedSpy(login, &TraktDeviceLogin::finished);
    ErrorCode got = ErrorCode::None;
    connect(login, &TraktDeviceLogin::finished, this, [&] { got = login->error().code; });
    QVERIFY(finishedSpy.wait(20000));
    QCOMPARE(got, ErrorCode::Keychain);
    QVERIFY(!m_auth->isLoggedIn()); // an unsaved login is not used
}

void TestTraktAuth::refreshAheadOfExpiry()
{
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    // Expires in 10 minutes: inside the default 1 h margin.
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate));
    const auto token = accessToken(*m_auth);
    QVERIFY(token);
    QVERIFY2(token->ok(), qPrintable(token->error().toString()));
    QVERIFY(token->value() != access);
    QCOMPARE(token->value(), m_fakes.trakt().latestAccessToken());
    QCOMPARE(m_auth->refreshCount(), 1);
    QVERIFY(m_auth->expiresAt() > QDateTime::currentDateTimeUtc().addDays(1));
    // Writes: refresh token, access token, expiry, all confirmed.
    QCOMPARE(m_store->writeLog.size(), 3);
    QVERIFY(m_store->writeLog.contains(u"write:"_s + key(SecretKey::TraktRefreshToken)));
}

void TestTraktAuth::concurrentCallersOneRefresh()
{
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)); // already expired
    const int attempts = m_fakes.trakt().refreshAttempts();
    QList<Result<QString>> results;
    QObject context;
    for (int i = 0; i < 4; ++i)
        m_auth->accessToken(&context, [&](const Result<QString> &r) { results.append(r); });
    m_auth->refreshAfterUnauthorized(
        access, &context, [&](const Result<QString> &r) { results.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 20000);
    for (const auto &r : results) {
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value(), m_fakes.trakt().latestAccessToken());
    }
    QCOMPARE(m_fakes.trakt().refreshAttempts() - attempts, 1);
    QCOMPARE(m_auth->refreshCount(), 1);

    // A late 401 with the old token: the new one is handed out, no second refresh.
    std::optional<Result<QString>> late;
    m_auth->refreshAfterUnauthorized(
        access, &context, [&](const Result<QString> &r) { late.emplace(r); });
    QTRY_VERIFY(late.has_value());
    QCOMPARE(late->value(), m_fakes.trakt().latestAccessToken());
    QCOMPARE(m_fakes.trakt().refreshAttempts() - attempts, 1);
}

void TestTraktAuth::noRefreshWhenFresh()
{
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate));
    const int attempts = m_fakes.trakt().refreshAttempts();
    const auto token = accessToken(*m_auth);
    QVERIFY(token && token->ok());
    QCOMPARE(token->value(), access);
    QCOMPARE(m_fakes.trakt().refreshAttempts(), attempts);
}

void TestTraktAuth::notLoggedIn()
{
    const auto token = accessToken(*m_auth);
    QVERIFY(token);
    QCOMPARE(token->error().code, ErrorCode::NotLoggedIn);
}

void TestTraktAuth::tokenExpiryFromCreatedAt()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const QJsonObject answer { { u"access_token"_s, u"a-token"_s },
        { u"refresh_token"_s, u"r-token"_s }, { u"expires_in"_s, 7200 },
        { u"created_at"_s, 1'700'000'000 }, { u"token_type"_s, u"bearer"_s } };
    const auto token = TraktAuth::parseToken(answer, now);
    QVERIFY(token.ok());
    QCOMPARE(token->expiresAt, QDateTime::fromSecsSinceEpoch(1'700'007'200, Qt::UTC));
    // Without created_at, the expiry counts from now.
    QJsonObject noCreated = answer;
    noCreated.remove(u"created_at"_s);
    QCOMPARE(TraktAuth::parseToken(noCreated, now)->expiresAt, now.addSecs(7200));
    QCOMPARE(TraktAuth::parseToken({}, now).error().code, ErrorCode::BadResponse);
}

void TestTraktAuth::logoutRevokes()
{
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    const int revokes = m_fakes.trakt().revokeCount();
    QSignalSpy loggedOut(m_auth.get(), &TraktAuth::loggedOut);
    std::optional<Result<void>> out;
    QObject context;
    m_auth->logout(&context, [&](const Result<void> &r) { out.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QVERIFY2(out->ok(), qPrintable(out->error().toString()));
    QCOMPARE(m_fakes.trakt().revokeCount() - revokes, 1);
    QVERIFY(!m_fakes.trakt().isAccessTokenValid(access));
    QVERIFY(!m_store->values.contains(key(SecretKey::TraktAccessToken)));
    QVERIFY(!m_store->values.contains(key(SecretKey::TraktRefreshToken)));
    QVERIFY(!m_auth->isLoggedIn());
    QCOMPARE(loggedOut.count(), 1);
    const auto token = accessToken(*m_auth);
    QCOMPARE(token->error().code, ErrorCode::NotLoggedIn);
}

void TestTraktAuth::sevenDayTokensRenewedADayAhead()
{
    // Trakt's access tokens last 7 days (expires_in 604800): renewed when less than a day is left.
    QCOMPARE(m_auth->refreshMarginSeconds(), 24 * 3600);
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate));
    const int attempts = m_fakes.trakt().refreshAttempts();
    auto token = accessToken(*m_auth);
    QVERIFY(token && token->ok());
    QCOMPARE(token->value(), access); // three days left: kept
    QCOMPARE(m_fakes.trakt().refreshAttempts(), attempts);

    TraktAuth later(
        m_http.get(), m_store.get(), m_fakes.trakt().authUrl(), m_fakes.trakt().clientId());
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addSecs(20 * 3600).toString(Qt::ISODate));
    token = accessToken(later);
    QVERIFY(token && token->ok());
    QVERIFY(token->value() != access); // 20 hours left: renewed ahead of expiry
    QCOMPARE(m_fakes.trakt().refreshAttempts() - attempts, 1);
    // The new expiry comes from Trakt's expires_in: seven days from now.
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(later.expiresAt());
    QVERIFY2(left > 7 * 86400 - 120 && left <= 7 * 86400, qPrintable(QString::number(left)));
}

void TestTraktAuth::refusedRefreshIsNeverRepeated()
{
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_fakes.trakt().revokeApp(); // the user connected another app: this refresh token is dead
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
    const int attempts = m_fakes.trakt().refreshAttempts();
    for (int i = 0; i < 4; ++i) {
        const auto token = accessToken(*m_auth);
        QVERIFY(token);
        QCOMPARE(token->error().code, ErrorCode::RefreshRefused);
        QVERIFY(token->error().userMessage.contains(u"Log in to Trakt again"_s));
    }
    std::optional<Result<QString>> after401;
    QObject context;
    m_auth->refreshAfterUnauthorized(
        access, &context, [&](const Result<QString> &r) { after401.emplace(r); });
    QTRY_VERIFY(after401.has_value());
    QCOMPARE(after401->error().code, ErrorCode::RefreshRefused);
    QCOMPARE(m_fakes.trakt().refreshAttempts() - attempts, 1);
    QCOMPARE(m_auth->refreshAttempts(), 1);
    QVERIFY(m_auth->isRefreshRefused());
}

void TestTraktAuth::anotherProcessRenewedFirst()
{
    // Two processes share one keychain entry. B renews first; A's refresh with the same (now
    // spent) refresh token is refused, and A takes B's stored pair instead of failing.
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate));
    auto a = accessToken(*m_auth); // A has loaded the pair
    QVERIFY(a && a->ok());
    TraktAuth b(m_http.get(), m_store.get(), m_fakes.trakt().authUrl(), m_fakes.trakt().clientId());
    std::optional<Result<QString>> renewed;
    QObject context;
    b.refresh(&context, [&](const Result<QString> &r) { renewed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 20000);
    QVERIFY(renewed->ok());
    std::optional<Result<QString>> adopted;
    m_auth->refresh(&context, [&](const Result<QString> &r) { adopted.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(adopted.has_value(), 20000);
    QVERIFY2(adopted->ok(), qPrintable(adopted->error().toString()));
    QCOMPARE(adopted->value(), renewed->value());
    QVERIFY(!m_auth->isRefreshRefused());
    QVERIFY(m_fakes.trakt().isAccessTokenValid(adopted->value()));
}

QTEST_GUILESS_MAIN(TestTraktAuth)
#include "tst_traktauth.moc"

// One Trakt login per process: the TraktAuth lives in the main thread (with the keychain); a
// worker thread's Services bundle gets its tokens through a TraktAuthRelay. A login made in the
// main thread reaches the worker's next request at once (no restart), a second account replaces
// the first, two worker requests that meet an expired token share ONE refresh, and a logout
// reaches the worker too. Against the fake Trakt; the secret store is an in-memory one (this is a
// test of the relay; the keychain across threads is tst_secretstorerelay).
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/net/traktauthrelay.h"
#include "core/net/traktclient.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// In the worker thread: a relay and a Services bundle of its own, made there.
class Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(TraktAuth *auth, ServiceConfig config)
        : m_auth(auth)
        , m_config(std::move(config))
    { }

public Q_SLOTS:
    void whoAmI()
    {
        ensure();
        m_services->trakt()->userSettings(this, [this](const Result<TraktUserSettings> &user) {
            Q_EMIT answered(user ? user->username : QString(), user ? 0 : int(user.error().code));
        });
    }
    void shutdown()
    {
        delete m_services;
        m_services = nullptr;
        delete m_relay;
        m_relay = nullptr;
    }

Q_SIGNALS:
    void answered(const QString &user, int errorCode);

private:
    void ensure()
    {
        if (m_services)
            return;
        m_relay = new TraktAuthRelay(m_auth, this);
        HttpTimings timings;
        timings.relaxedReadLimits = true;
        m_services = new Services(m_config, nullptr, m_relay, timings, this);
    }

    TraktAuth *m_auth;
    ServiceConfig m_config;
    TraktAuthRelay *m_relay = nullptr;
    Services *m_services = nullptr;
};

} // namespace

class TestTraktAuthRelay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginLogoutAndRefreshReachTheWorker();

private:
    QList<std::pair<QString, int>> askWorker(int requests);

    FakeServices m_fakes;
    Test::MemorySecretStore m_store;
    std::unique_ptr<Services> m_main;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

void TestTraktAuthRelay::initTestCase()
{
    QVERIFY(m_fakes.listen());
    ServiceConfig config;
    config.traktUrl = m_fakes.trakt().baseUrl();
    config.traktAuthUrl = m_fakes.trakt().authUrl();
    config.traktClientId = m_fakes.trakt().clientId();
    m_store.values.insert(
        QString::fromLatin1(SecretKey::TraktClientSecret), m_fakes.trakt().clientSecret());
    m_main = std::make_unique<Services>(config, &m_store);
    m_thread.start();
    m_worker = new Worker(m_main->traktAuth(), config);
    m_worker->moveToThread(&m_thread);
}

void TestTraktAuthRelay::cleanupTestCase()
{
    QMetaObject::invokeMethod(m_worker, &Worker::shutdown, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QList<std::pair<QString, int>> TestTraktAuthRelay::askWorker(int requests)
{
    QSignalSpy answered(m_worker, &Worker::answered);
    for (int i = 0; i < requests; ++i)
        QMetaObject::invokeMethod(m_worker, &Worker::whoAmI);
    QList<std::pair<QString, int>> out;
    if (!QTest::qWaitFor([&] { return answered.size() >= requests; }, 20000))
        return out;
    for (const auto &args : answered)
        out << std::pair { args.at(0).toString(), args.at(1).toInt() };
    return out;
}

void TestTraktAuthRelay::loginLogoutAndRefreshReachTheWorker()
{
    TraktAuth *auth = m_main->traktAuth();
    // Nobody logged in: the worker is told so.
    auto answers = askWorker(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().second, int(ErrorCode::NotLoggedIn));

    // A login in the main thread (as Settings does): the worker's next request uses it.
    m_fakes.trakt().setUser(u"alice_t"_s, u"Alice"_s);
    const auto alice = m_fakes.trakt().issueToken();
    QSignalSpy changed(auth, &TraktAuth::tokenChanged);
    auth->storeToken({ alice.first, alice.second, QDateTime::currentDateTimeUtc().addDays(7) },
        this, [](const Result<void> &) {});
    QVERIFY(changed.wait(10000));
    answers = askWorker(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().first, u"alice_t"_s);

    // Another account: the worker follows, without anything being rebuilt.
    m_fakes.trakt().setUser(u"bob_t"_s, u"Bob"_s);
    const auto bob = m_fakes.trakt().issueToken();
    auth->storeToken({ bob.first, bob.second, QDateTime::currentDateTimeUtc().addDays(7) }, this,
        [](const Result<void> &) {});
    QVERIFY(changed.wait(10000));
    answers = askWorker(1);
    QCOMPARE(answers.first().first, u"bob_t"_s);

    // The token expires at Trakt: three worker requests at once, one refresh (the refresh
    // token is single use), all answered as bob.
    m_fakes.trakt().expireAccessTokens();
    const int refreshesBefore = m_fakes.trakt().refreshCount();
    answers = askWorker(3);
    QCOMPARE(answers.size(), 3);
    for (const auto &[user, code] : answers) {
        QCOMPARE(code, 0);
        QCOMPARE(user, u"bob_t"_s);
    }
    QCOMPARE(m_fakes.trakt().refreshCount(), refreshesBefore + 1);
    QCOMPARE(m_fakes.trakt().refreshAttempts(), refreshesBefore + 1);
    QCOMPARE(m_store.values.value(QString::fromLatin1(SecretKey::TraktAccessToken)),
        m_fakes.trakt().latestAccessToken());

    // A logout in the main thread: the worker is not logged in any more.
    std::optional<Result<void>> out;
    auth->logout(this, [&out](const Result<void> &r) { out = r; });
    QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
    answers = askWorker(1);
    QCOMPARE(answers.first().second, int(ErrorCode::NotLoggedIn));
}

QTEST_GUILESS_MAIN(TestTraktAuthRelay)
#include "tst_traktauthrelay.moc"

// Regression test for the crash of issue 11: QtKeychain used from two threads. The keychain is a
// REAL Secret Service (tests/scripts/keyring-session.sh); the ASan build of the suite runs it too.
// Keychain jobs run on the main thread, and a worker thread reads and writes the same entries
// only through a SecretStoreRelay, many times over, interleaved with main-thread jobs. It must not
// crash, and every value must come back as written. Also: a relay outlives or predeceases its
// store without a crash or a lost answer.
#include "core/auth/keychainsecretstore.h"
#include "core/auth/secretbatch.h"
#include "core/auth/secretkeys.h"
#include "core/auth/secretstorerelay.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// Lives in the worker thread: its relay is made there, and every job of it too.
class Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(SecretStore *target)
        : m_target(target)
    { }

public Q_SLOTS:
    void read(const QString &key)
    {
        ensure();
        SecretJob *job = m_relay->read(key);
        if (job->thread() != QThread::currentThread())
            qFatal("a relay job lives in another thread");
        connect(job, &SecretJob::finished, this,
            [this, job] { Q_EMIT done(job->ok(), job->value(), int(job->error().code)); });
    }
    void write(const QString &key, const QString &value)
    {
        ensure();
        SecretJob *job = m_relay->write(key, value);
        connect(job, &SecretJob::finished, this,
            [this, job] { Q_EMIT done(job->ok(), {}, int(job->error().code)); });
    }
    void shutdown()
    {
        delete m_relay;
        m_relay = nullptr;
    }

Q_SIGNALS:
    void done(bool ok, const QString &value, int code);

private:
    void ensure()
    {
        if (!m_relay)
            m_relay = new SecretStoreRelay(m_target, this);
    }

    SecretStore *m_target;
    SecretStoreRelay *m_relay = nullptr;
};

} // namespace

class TestSecretStoreRelay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void workerReadsAndWritesThroughTheOwnerThread();
    void relayWithoutItsStoreFailsCleanly();

private:
    struct Answer
    {
        bool ok = false;
        QString value;
        int code = 0;
    };
    Answer ask(const std::function<void()> &call);
    bool mainWrite(const QString &key, const QString &value);
    QString mainRead(const QString &key);

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

void TestSecretStoreRelay::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run inside tests/scripts/keyring-session.sh (the test command does)");
    m_service = u"tsuzuki-test-relay-%1"_s.arg(QCoreApplication::applicationPid());
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    m_thread.setObjectName(u"relay-worker"_s);
    m_thread.start();
    m_worker = new Worker(m_store.get());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

void TestSecretStoreRelay::cleanupTestCase()
{
    QMetaObject::invokeMethod(m_worker, &Worker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    std::optional<Result<void>> removed;
    QObject context;
    writeSecrets(m_store.get(),
        { { QString::fromLatin1(SecretKey::TraktAccessToken), QString() },
            { QString::fromLatin1(SecretKey::AniListToken), QString() } },
        &context, [&removed](const Result<void> &r) { removed = r; });
    QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
}

TestSecretStoreRelay::Answer TestSecretStoreRelay::ask(const std::function<void()> &call)
{
    QSignalSpy done(m_worker, &Worker::done);
    call();
    if (!done.wait(20000))
        return { false, u"no answer"_s, -1 };
    return { done.first().at(0).toBool(), done.first().at(1).toString(),
        done.first().at(2).toInt() };
}

bool TestSecretStoreRelay::mainWrite(const QString &key, const QString &value)
{
    std::optional<Result<void>> written;
    QObject context;
    writeSecrets(m_store.get(), { { key, value } }, &context,
        [&written](const Result<void> &r) { written = r; });
    return QTest::qWaitFor([&] { return written.has_value(); }, 20000) && written->ok();
}

QString TestSecretStoreRelay::mainRead(const QString &key)
{
    std::optional<QString> value;
    QObject context;
    readSecrets(
        m_store.get(), { key }, &context, [&value, key](const Result<QHash<QString, QString>> &r) {
            value = r ? r->value(key) : u"<error>"_s;
        });
    return QTest::qWaitFor([&] { return value.has_value(); }, 20000) ? *value : u"<timeout>"_s;
}

void TestSecretStoreRelay::workerReadsAndWritesThroughTheOwnerThread()
{
    const QString trakt = QString::fromLatin1(SecretKey::TraktAccessToken);
    const QString anilist = QString::fromLatin1(SecretKey::AniListToken);
    for (int i = 0; i < 40; ++i) {
        // A job on the main thread first (the keychain's owner), then the worker's path.
        const QString mainValue = u"tsuzuki-test-secret-relay-main-%1"_s.arg(i);
        QVERIFY(mainWrite(trakt, mainValue));
        const Answer read = ask([&] {
            QMetaObject::invokeMethod(m_worker, [w = m_worker, trakt] { w->read(trakt); });
        });
        QVERIFY2(read.ok, qPrintable(read.value));
        QCOMPARE(read.value, mainValue);

        // The worker writes; the main thread reads what it wrote.
        const QString workerValue = u"tsuzuki-test-secret-relay-worker-%1"_s.arg(i);
        const Answer written = ask([&] {
            QMetaObject::invokeMethod(
                m_worker, [w = m_worker, anilist, workerValue] { w->write(anilist, workerValue); });
        });
        QVERIFY(written.ok);
        QCOMPARE(mainRead(anilist), workerValue);

        // Both at once: a main-thread read in flight while the worker asks.
        std::optional<QString> concurrent;
        QObject context;
        readSecrets(m_store.get(), { trakt }, &context,
            [&concurrent, trakt](const Result<QHash<QString, QString>> &r) {
                concurrent = r ? r->value(trakt) : QString();
            });
        const Answer again = ask([&] {
            QMetaObject::invokeMethod(m_worker, [w = m_worker, anilist] { w->read(anilist); });
        });
        QVERIFY(again.ok);
        QCOMPARE(again.value, workerValue);
        QVERIFY(QTest::qWaitFor([&] { return concurrent.has_value(); }, 20000));
        QCOMPARE(*concurrent, mainValue);
    }
}

void TestSecretStoreRelay::relayWithoutItsStoreFailsCleanly()
{
    // The store goes first (it lives in this thread); the relay's next job says so, and a job
    // that was in flight when the store went is answered, not left waiting.
    auto store = std::make_unique<KeychainSecretStore>(m_service);
    SecretStoreRelay relay(store.get());
    SecretJob *inFlight = relay.read(QString::fromLatin1(SecretKey::TraktAccessToken));
    QSignalSpy inFlightDone(inFlight, &SecretJob::finished);
    store.reset();
    QVERIFY(inFlightDone.wait(20000));
    SecretJob *after = relay.read(QString::fromLatin1(SecretKey::TraktAccessToken));
    std::optional<ErrorCode> code;
    connect(after, &SecretJob::finished, this, [&code, after] { code = after->error().code; });
    QVERIFY(QTest::qWaitFor([&] { return code.has_value(); }, 20000));
    QCOMPARE(*code, ErrorCode::KeychainUnavailable);
}

QTEST_GUILESS_MAIN(TestSecretStoreRelay)
#include "tst_secretstorerelay.moc"

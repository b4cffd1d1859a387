// Talks to a REAL Secret Service: run under tests/scripts/keyring-session.sh (the test runner wraps
// the whole ctest run in one). Without a Secret Service this test fails; it never skips.
#include "core/auth/keychainsecretstore.h"
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretkeys.h"
#include "core/auth/secretstorefactory.h"
#include "core/log/redact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

namespace {

constexpr auto ProbeVariable = "TSUZUKI_KEYCHAIN_PROBE";

/// Runs \a makeJob and waits for the job's finished(); returns {ok, code, value, message}.
struct Outcome
{
    bool finished = false;
    ErrorCode code = ErrorCode::Unknown;
    QString value;
    QString message;
};

template<typename MakeJob> Outcome runJob(MakeJob &&makeJob, int timeoutMs = 20000)
{
    Outcome outcome;
    SecretJob *job = makeJob();
    QObject context;
    QObject::connect(job, &SecretJob::finished, &context, [&outcome, job] {
        outcome.finished = true;
        outcome.code = job->error().code;
        outcome.value = job->value();
        outcome.message = job->error().userMessage;
    });
    QSignalSpy spy(job, &SecretJob::finished);
    spy.wait(timeoutMs);
    return outcome;
}

/// The same entry seen from outside Qt: libsecret's secret-tool, with QtKeychain's attributes.
QString lookupWithSecretTool(const QString &service, const QString &key, bool *ran)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, { u"lookup"_s, u"server"_s, service, u"user"_s, key });
    *ran = tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

/// Probe mode (run in a child process with a broken or missing session bus): one read, the outcome
/// as JSON.
int runProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(u"TsuzukiProbe"_s);
    store.setRetryDelay(std::chrono::milliseconds(300));
    int retries = 0;
    QObject::connect(&store, &KeychainSecretStore::retryScheduled, &app, [&retries] { ++retries; });
    QElapsedTimer timer;
    timer.start();
    SecretJob *job = store.read(QString::fromLatin1(SecretKey::TraktAccessToken));
    QObject::connect(job, &SecretJob::finished, &app, [&] {
        const QJsonObject result {
            { u"code"_s, errorCodeName(job->error().code) },
            { u"message"_s, job->error().userMessage },
            { u"detail"_s, job->error().detail },
            { u"retries"_s, retries },
            { u"elapsedMs"_s, double(timer.elapsed()) },
        };
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void defaults();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void removeThenRead();
    void missingEntryIsNotLoggedIn();
    void jobFinishesOnceAndDeletesItself();
    void factoryStoreUsesKeychainAndEnvironment();
    void mapKeychainError_data();
    void mapKeychainError();
    void unavailableIsRetriedOnceThenClear_data();
    void unavailableIsRetriedOnceThenClear();

private:
    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
};

void TestKeychainSecretStore::initTestCase()
{
    // A private service name: even run outside keyring-session.sh, this never touches the user's
    // real entries.
    m_service = u"TsuzukiTest-%1"_s.arg(QCoreApplication::applicationPid());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No D-Bus session bus: run this test under tests/scripts/keyring-session.sh "
              "(e.g. tests/scripts/keyring-session.sh ctest --test-dir build -R keychain).");
    }
    m_store = std::make_unique<KeychainSecretStore>(m_service);
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &key : allSecretKeys())
        runJob([&] { return m_store->remove(key); });
    clearRegisteredSecrets();
}

void TestKeychainSecretStore::defaults()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), u"Tsuzuki"_s);
    QVERIFY(store.isWritable());
    QCOMPARE(store.retryDelay(), KeychainSecretStore::DefaultRetryDelay);
    QVERIFY(!store.backendName().isEmpty());
}

void TestKeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("trakt access")
        << QString::fromLatin1(SecretKey::TraktAccessToken)
        << u"8b2d3f0e9a7c4b1d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"_s;
    QTest::newRow("anilist jwt") << QString::fromLatin1(SecretKey::AniListToken)
                                 << (u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9."_s + QString(900, u'x')
                                        + u".sig_-"_s);
    QTest::newRow("db password unicode")
        << QString::fromLatin1(SecretKey::DatabasePassword) << u"pässwörd 続き \"quoted\" & more"_s;
    QTest::newRow("expiry") << QString::fromLatin1(SecretKey::TraktTokenExpiry)
                            << u"2026-03-01T12:00:00Z"_s;
}

void TestKeychainSecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    const Outcome written = runJob([&] { return m_store->write(key, value); });
    QVERIFY(written.finished);
    QVERIFY2(written.code == ErrorCode::None, qPrintable(written.message));

    const Outcome read = runJob([&] { return m_store->read(key); });
    QVERIFY(read.finished);
    QVERIFY2(read.code == ErrorCode::None, qPrintable(read.message));
    QCOMPARE(read.value, value);

    // It really is in the Secret Service, not in some fallback file.
    bool ran = false;
    QCOMPARE(lookupWithSecretTool(m_service, key, &ran), value);
    QVERIFY2(ran, "secret-tool (libsecret-tools) is needed to check the entry from outside");

    // Loaded secrets are scrubbed from logs from now on; timestamps are not secrets.
    if (isSecretValueKey(key))
        QCOMPARE(redact(u"v="_s + value), u"v=[redacted]"_s);
    else
        QCOMPARE(redact(value), value);
}

void TestKeychainSecretStore::overwrite()
{
    const QString key = QString::fromLatin1(SecretKey::TraktRefreshToken);
    QCOMPARE(runJob([&] { return m_store->write(key, u"first-refresh-token-0001"_s); }).code,
        ErrorCode::None);
    QCOMPARE(runJob([&] { return m_store->write(key, u"second-refresh-token-0002"_s); }).code,
        ErrorCode::None);
    const Outcome read = runJob([&] { return m_store->read(key); });
    QCOMPARE(read.code, ErrorCode::None);
    QCOMPARE(read.value, u"second-refresh-token-0002"_s);
    bool ran = false;
    QCOMPARE(lookupWithSecretTool(m_service, key, &ran), u"second-refresh-token-0002"_s);
}

void TestKeychainSecretStore::removeThenRead()
{
    const QString key = QString::fromLatin1(SecretKey::TmdbApiKey);
    QCOMPARE(
        runJob([&] { return m_store->write(key, u"0123456789abcdef0123456789abcdef"_s); }).code,
        ErrorCode::None);
    QCOMPARE(
        runJob([&] { return m_store->read(key); }).value, u"0123456789abcdef0123456789abcdef"_s);

    const Outcome removed = runJob([&] { return m_store->remove(key); });
    QVERIFY(removed.finished);
    QVERIFY2(removed.code == ErrorCode::None, qPrintable(removed.message));

    const Outcome read = runJob([&] { return m_store->read(key); });
    QVERIFY(read.finished);
    QCOMPARE(read.code, ErrorCode::NotLoggedIn);
    QVERIFY(read.value.isEmpty());
    bool ran = false;
    QCOMPARE(lookupWithSecretTool(m_service, key, &ran), QString());

    // Removing what is not there is not an error: the keychain is as the caller wants it.
    QCOMPARE(runJob([&] { return m_store->remove(key); }).code, ErrorCode::None);
}

void TestKeychainSecretStore::missingEntryIsNotLoggedIn()
{
    KeychainSecretStore other(m_service + u"-empty"_s);
    const Outcome read
        = runJob([&] { return other.read(QString::fromLatin1(SecretKey::AniListToken)); });
    QVERIFY(read.finished);
    QCOMPARE(read.code, ErrorCode::NotLoggedIn);
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.message.contains(u"AniList access token"_s), qPrintable(read.message));
}

void TestKeychainSecretStore::jobFinishesOnceAndDeletesItself()
{
    SecretJob *job = m_store->read(QString::fromLatin1(SecretKey::TraktClientSecret));
    QPointer<SecretJob> guard(job);
    QCOMPARE(job->parent(), m_store.get());
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isEmpty()); // never synchronously inside read()
    QVERIFY(spy.wait(20000));
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(spy.size(), 1);
}

void TestKeychainSecretStore::factoryStoreUsesKeychainAndEnvironment()
{
    SecretStoreOptions options;
    options.keychainService = m_service;
    options.environment.clear();
    options.environment.insert(u"ANILIST_ACCESS_TOKEN"_s, u"anilist-from-environment-77"_s);
    std::unique_ptr<LayeredSecretStore> store(createSecretStore(options));
    QVERIFY(store->keychain());
    QVERIFY(store->isWritable());

    const QString trakt = QString::fromLatin1(SecretKey::TraktAccessToken);
    QCOMPARE(runJob([&] { return store->write(trakt, u"layered-trakt-token-88"_s); }).code,
        ErrorCode::None);
    QCOMPARE(runJob([&] { return store->read(trakt); }).value, u"layered-trakt-token-88"_s);
    bool ran = false;
    QCOMPARE(lookupWithSecretTool(m_service, trakt, &ran), u"layered-trakt-token-88"_s);

    const QString anilist = QString::fromLatin1(SecretKey::AniListToken);
    QCOMPARE(runJob([&] { return store->write(anilist, u"anilist-in-keychain-99"_s); }).code,
        ErrorCode::None);
    QCOMPARE(runJob([&] { return store->read(anilist); }).value, u"anilist-from-environment-77"_s);
    QCOMPARE(lookupWithSecretTool(m_service, anilist, &ran), u"anilist-in-keychain-99"_s);
}

void TestKeychainSecretStore::mapKeychainError_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("unavailable");
    QTest::addColumn<QString>("messageMentions");

    const QString trakt = QString::fromLatin1(SecretKey::TraktAccessToken);
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                << u"No keychain service available"_s << trakt
                                << ErrorCode::KeychainUnavailable << true
                                << u"TRAKT_ACCESS_TOKEN"_s;
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s << trakt
        << ErrorCode::KeychainUnavailable << true << u"keyring"_s;
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << QString::fromLatin1(SecretKey::TmdbApiKey) << ErrorCode::KeychainUnavailable << true
        << u"TMDB_API_KEY"_s;
    QTest::newRow("bad bus socket")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s << trakt
        << ErrorCode::KeychainUnavailable << true << u"unlock"_s;
    QTest::newRow("locked") << int(QKeychain::AccessDenied) << u"Cannot unlock the collection"_s
                            << trakt << ErrorCode::KeychainUnavailable << false << u"Unlock"_s;
    // What gnome-keyring answers (seen through QtKeychain's libsecret backend) for a locked
    // "login" collection, and for a keyring with no default collection left.
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << trakt << ErrorCode::KeychainUnavailable << false << u"keyring is locked"_s;
    QTest::newRow("no default keyring")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << QString::fromLatin1(SecretKey::TraktRefreshToken) << ErrorCode::KeychainUnavailable
        << false << u"no default keyring"_s;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                               << QString::fromLatin1(SecretKey::AniListToken)
                               << ErrorCode::NotLoggedIn << false << u"AniList access token"_s;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"User denied"_s
                                    << trakt << ErrorCode::Keychain << false << u"refused"_s;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Something odd happened"_s << trakt
                           << ErrorCode::Keychain << false << u"Trakt access token"_s;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << trakt
                                     << ErrorCode::Unsupported << false << u"environment"_s;
}

void TestKeychainSecretStore::mapKeychainError()
{
    QFETCH(int, keychainError);
    QFETCH(QString, errorString);
    QFETCH(QString, key);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, unavailable);
    QFETCH(QString, messageMentions);

    QCOMPARE(KeychainSecretStore::isUnavailable(keychainError, errorString), unavailable);
    const Error error = KeychainSecretStore::mapKeychainError(keychainError, errorString, key);
    QCOMPARE(error.code, expected);
    QVERIFY2(error.userMessage.contains(messageMentions, Qt::CaseInsensitive),
        qPrintable(error.userMessage));
    QVERIFY(error.detail.contains(key));
    QVERIFY2(error.detail.contains(errorString),
        qPrintable(error.detail)); // the backend's words survive

    // Whatever the backend echoes back never carries a secret into the error.
    const Error leaky = KeychainSecretStore::mapKeychainError(
        keychainError, errorString + u" (Authorization: Bearer leaked-token-42)"_s, key);
    QVERIFY(!leaky.detail.contains(u"leaked-token-42"_s));
    QVERIFY(!leaky.userMessage.contains(u"leaked-token-42"_s));
}

void TestKeychainSecretStore::unavailableIsRetriedOnceThenClear_data()
{
    QTest::addColumn<QString>("busAddress"); // empty: no session bus at all

    QTest::newRow("bus socket missing") << u"unix:path=/nonexistent/tsuzuki-test-bus"_s;
    QTest::newRow("no bus, no display") << QString();
}

void TestKeychainSecretStore::unavailableIsRetriedOnceThenClear()
{
    // libsecret keeps its bus connection for the life of the process, so the keychain-less world is
    // a child process: this same executable in probe mode.
    QFETCH(QString, busAddress);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ProbeVariable), u"1"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    if (busAddress.isEmpty())
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    else
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    // Where the private keyring-session bus is not reachable, a user's real runtime dir might be:
    // hide it.
    environment.insert(u"XDG_RUNTIME_DIR"_s, u"/nonexistent/tsuzuki-test-runtime"_s);

    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(60000));
    const QByteArray output = probe.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    QVERIFY2(!result.isEmpty(), output.constData());

    QCOMPARE(result.value(u"code"_s).toString(), u"keychain-unavailable"_s);
    QCOMPARE(result.value(u"retries"_s).toInt(), 1);
    QVERIFY2(result.value(u"elapsedMs"_s).toDouble() >= 300, output.constData());
    const QString message = result.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"Start or unlock"_s), qPrintable(message));
    QVERIFY2(message.contains(u"TRAKT_ACCESS_TOKEN"_s), qPrintable(message));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ProbeVariable))
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"

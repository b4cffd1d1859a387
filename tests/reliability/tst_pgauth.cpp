// Issue 12, item 11: PostgreSQL as users run it. The test server (tests/scripts/test-postgres.sh)
// wants a password (scram-sha-256) and TLS, with a certificate from a CA made for the run. The real
// tsuzuki-cli gets the password the two ways users give it (TSUZUKI_DATABASE_PASSWORD on a server,
// the system keychain on a desktop: a real Secret Service, run under keyring-session.sh), and is
// refused without it. verify-full without an sslrootcert checks the server against the system's CA
// store, which does not know the test CA: that connection must fail.
#include "core/auth/keychainsecretstore.h"
#include "core/auth/secretstore.h"
#include "core/store/database.h"
#include "tests/support/clirunner.h"

#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::CliRunner;

class TestPgAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordFromEnvironment();
    void passwordFromKeychain();
    void refusedWithoutTheRightPassword_data();
    void refusedWithoutTheRightPassword();
    void tlsOnly();
    void verifyFullChecksAgainstTheSystemStore();

private:
    /// TSUZUKI_TEST_PG_URI: no password, sslmode=verify-full, sslrootcert = the test CA.
    DatabaseSpec serverSpec() const;
    bool keychainRoundTrip(SecretStore &store, const QString &value, bool remove);

    QString m_password;
    QString m_uri;
};

void TestPgAuth::initTestCase()
{
    m_uri = qEnvironmentVariable("TSUZUKI_TEST_PG_URI");
    m_password = qEnvironmentVariable("TSUZUKI_DATABASE_PASSWORD");
    QVERIFY2(!m_uri.isEmpty() && !m_password.isEmpty(),
        "run under tests/scripts/run-tests.sh (or source tests/scripts/test-postgres.sh)");
    QVERIFY2(m_uri.contains(u"sslmode=verify-full"_s), qPrintable(m_uri));
    QVERIFY(!DatabaseSpec::parse(m_uri).value().password.size()); // never in the URI
}

DatabaseSpec TestPgAuth::serverSpec() const
{
    return DatabaseSpec::parse(m_uri).value();
}

void TestPgAuth::passwordFromEnvironment()
{
    CliRunner cli; // keychain off: only the environment can give the password
    QProcessEnvironment env = cli.baseEnvironment();
    env.insert(u"TSUZUKI_DATABASE"_s, m_uri);
    env.insert(u"TSUZUKI_DATABASE_PASSWORD"_s, m_password);
    const auto r = CliRunner::run({ u"status"_s, u"--json"_s }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"backend\":\"postgresql\""));
    QVERIFY(!r.out.contains(m_password.toUtf8()) && !r.err.contains(m_password.toUtf8()));
}

bool TestPgAuth::keychainRoundTrip(SecretStore &store, const QString &value, bool remove)
{
    SecretJob *job = remove ? store.remove(QString::fromLatin1(SecretKey::DatabasePassword))
                            : store.write(QString::fromLatin1(SecretKey::DatabasePassword), value);
    QSignalSpy done(job, &SecretJob::finished);
    if (!done.wait(30000))
        return false;
    return job->ok();
}

void TestPgAuth::passwordFromKeychain()
{
    // A keychain service of its own, so that no real Tsuzuki entry is touched.
    const QString service = u"TsuzukiPgAuthTest%1"_s.arg(QCoreApplication::applicationPid());
    KeychainSecretStore keychain(service);
    QVERIFY2(keychainRoundTrip(keychain, m_password, false),
        "no Secret Service: run under tests/scripts/keyring-session.sh");
    CliRunner cli("[secrets]\nuseKeychain=true\nkeychainService=" + service.toUtf8() + "\n");
    QProcessEnvironment env = cli.baseEnvironment();
    env.insert(u"TSUZUKI_DATABASE"_s, m_uri);
    env.remove(u"TSUZUKI_DATABASE_PASSWORD"_s);
    const auto r = CliRunner::run({ u"status"_s, u"--json"_s }, env);
    QVERIFY(keychainRoundTrip(keychain, {}, true));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"backend\":\"postgresql\""));
    QVERIFY(!r.out.contains(m_password.toUtf8()) && !r.err.contains(m_password.toUtf8()));
}

void TestPgAuth::refusedWithoutTheRightPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("none") << QString();
    QTest::newRow("wrong") << u"tsuzuki-test-secret-pg-wrong-0001"_s;
}

void TestPgAuth::refusedWithoutTheRightPassword()
{
    QFETCH(QString, password);
    CliRunner cli;
    QProcessEnvironment env = cli.baseEnvironment();
    env.insert(u"TSUZUKI_DATABASE"_s, m_uri);
    env.remove(u"TSUZUKI_DATABASE_PASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"TSUZUKI_DATABASE_PASSWORD"_s, password);
    const auto r = CliRunner::run({ u"status"_s }, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("PostgreSQL refused the user name or password"), r.err.constData());
    if (!password.isEmpty())
        QVERIFY(!r.err.contains(password.toUtf8()));
}

void TestPgAuth::tlsOnly()
{
    // The server takes no connection without TLS: the tests really run over TLS.
    DatabaseSpec plain = serverSpec();
    plain.sslMode = u"disable"_s;
    plain.extraOptions.clear();
    plain.password = m_password;
    auto db = Database::open(plain, u"plain"_s);
    QVERIFY(!db);
    QVERIFY2(db.error().detail.contains(u"no encryption"_s), qPrintable(db.error().detail));

    DatabaseSpec tls = serverSpec();
    tls.password = m_password;
    auto ok = Database::open(tls, u"tls"_s);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    auto q = ok.value()->exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    QVERIFY(q && q.value().next());
    QVERIFY(q.value().value(0).toBool());
}

void TestPgAuth::verifyFullChecksAgainstTheSystemStore()
{
    // Without sslrootcert, verify-full uses the system's CA store (what a Supabase user gets):
    // the test CA is not in it, so the server's certificate is refused.
    QVERIFY2(!DatabaseSpec::systemCaBundle().isEmpty(), "no system CA bundle (ca-certificates)");
    DatabaseSpec spec = serverSpec();
    spec.extraOptions.clear();
    spec.password = m_password;
    QVERIFY(spec.connectOptions().contains(u"sslrootcert="_s + DatabaseSpec::systemCaBundle()));
    auto db = Database::open(spec, u"system-store"_s);
    QVERIFY(!db);
    QVERIFY2(db.error().userMessage.contains(u"TLS"_s), qPrintable(db.error().userMessage));
    QVERIFY2(
        db.error().detail.contains(u"certificate verify failed"_s), qPrintable(db.error().detail));
    // And the host name is checked: the certificate names 127.0.0.1 and localhost only.
    DatabaseSpec otherName = serverSpec();
    otherName.host = u"tsuzuki-other-name.invalid"_s; // the same server under another name
    otherName.extraOptions += u";hostaddr=127.0.0.1"_s;
    otherName.password = m_password;
    auto wrongHost = Database::open(otherName, u"other-name"_s);
    QVERIFY(!wrongHost);
    QVERIFY2(wrongHost.error().detail.contains(u"does not match host name"_s),
        qPrintable(wrongHost.error().detail));
}

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestPgAuth)
#include "tst_pgauth.moc"

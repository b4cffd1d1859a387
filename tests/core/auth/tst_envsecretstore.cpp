#include "core/auth/envsecretstore.h"
#include "core/auth/secretkeys.h"
#include "core/log/redact.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

namespace {

QProcessEnvironment webEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"ANILIST_ACCESS_TOKEN"_s, u"anilist-env-token-0001"_s);
    env.insert(
        u"TRAKT_ACCESS_TOKEN"_s, u"  trakt-env-access-0002\n"_s); // .env files leave blanks around
    env.insert(u"TRAKT_REFRESH_TOKEN"_s, u"trakt-env-refresh-0003"_s);
    env.insert(u"TRAKT_CLIENT_SECRET"_s, u"trakt-env-secret-0004"_s);
    env.insert(u"TRAKT_CLIENT_ID"_s, u" client-id-public \t"_s);
    env.insert(u"TMDB_API_KEY"_s, u"   "_s); // blank counts as unset
    env.insert(u"TSUZUKI_DATABASE_PASSWORD"_s, u"db-env-password-0005"_s);
    return env;
}

struct Outcome
{
    int finishedCount = 0;
    ErrorCode code = ErrorCode::Unknown;
    QString value;
    QString message;
};

Outcome wait(SecretJob *job)
{
    Outcome outcome;
    QSignalSpy spy(job, &SecretJob::finished);
    QObject context;
    QObject::connect(job, &SecretJob::finished, &context, [&outcome, job] {
        outcome.code = job->error().code;
        outcome.value = job->value();
        outcome.message = job->error().userMessage;
    });
    spy.wait(5000);
    outcome.finishedCount = int(spy.size());
    return outcome;
}

} // namespace

class TestEnvSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { clearRegisteredSecrets(); }

    void variableFor_data();
    void variableFor();
    void read_data();
    void read();
    void readIsAsynchronousAndJobDeletes();
    void neverWrites_data();
    void neverWrites();
    void traktClientId();
    void valuesAreRegisteredForRedaction();
};

void TestEnvSecretStore::variableFor_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("anilist") << QString::fromLatin1(SecretKey::AniListToken)
                             << u"ANILIST_ACCESS_TOKEN"_s;
    QTest::newRow("trakt access") << QString::fromLatin1(SecretKey::TraktAccessToken)
                                  << u"TRAKT_ACCESS_TOKEN"_s;
    QTest::newRow("trakt refresh")
        << QString::fromLatin1(SecretKey::TraktRefreshToken) << u"TRAKT_REFRESH_TOKEN"_s;
    QTest::newRow("trakt secret") << QString::fromLatin1(SecretKey::TraktClientSecret)
                                  << u"TRAKT_CLIENT_SECRET"_s;
    QTest::newRow("tmdb") << QString::fromLatin1(SecretKey::TmdbApiKey) << u"TMDB_API_KEY"_s;
    QTest::newRow("database") << QString::fromLatin1(SecretKey::DatabasePassword)
                              << u"TSUZUKI_DATABASE_PASSWORD"_s;
    QTest::newRow("trakt expiry") << QString::fromLatin1(SecretKey::TraktTokenExpiry)
                                  << u"TRAKT_TOKEN_EXPIRY"_s;
    QTest::newRow("unknown") << u"nope/nothing"_s << QString();
}

void TestEnvSecretStore::variableFor()
{
    QFETCH(QString, key);
    QFETCH(QString, variable);
    QCOMPARE(EnvSecretStore::variableFor(key), variable);
    if (!variable.isEmpty())
        QVERIFY(EnvSecretStore::variables().contains(variable));
}

void TestEnvSecretStore::read_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("anilist") << QString::fromLatin1(SecretKey::AniListToken) << ErrorCode::None
                             << u"anilist-env-token-0001"_s << QString();
    QTest::newRow("trakt trimmed") << QString::fromLatin1(SecretKey::TraktAccessToken)
                                   << ErrorCode::None << u"trakt-env-access-0002"_s << QString();
    QTest::newRow("refresh") << QString::fromLatin1(SecretKey::TraktRefreshToken) << ErrorCode::None
                             << u"trakt-env-refresh-0003"_s << QString();
    QTest::newRow("client secret") << QString::fromLatin1(SecretKey::TraktClientSecret)
                                   << ErrorCode::None << u"trakt-env-secret-0004"_s << QString();
    QTest::newRow("database") << QString::fromLatin1(SecretKey::DatabasePassword) << ErrorCode::None
                              << u"db-env-password-0005"_s << QString();
    QTest::newRow("blank tmdb") << QString::fromLatin1(SecretKey::TmdbApiKey)
                                << ErrorCode::NotLoggedIn << QString() << u"TMDB_API_KEY"_s;
    QTest::newRow("no variable") << QString::fromLatin1(SecretKey::AniListTokenExpiry)
                                 << ErrorCode::NotLoggedIn << QString()
                                 << u"environment variable"_s;
}

void TestEnvSecretStore::read()
{
    QFETCH(QString, key);
    QFETCH(ErrorCode, code);
    QFETCH(QString, value);
    QFETCH(QString, messageMentions);

    EnvSecretStore store(webEnvironment());
    QCOMPARE(store.contains(key), code == ErrorCode::None);
    QCOMPARE(store.value(key), value);
    const Outcome outcome = wait(store.read(key));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.code, code);
    QCOMPARE(outcome.value, value);
    QVERIFY2(outcome.message.contains(messageMentions), qPrintable(outcome.message));
}

void TestEnvSecretStore::readIsAsynchronousAndJobDeletes()
{
    EnvSecretStore store(webEnvironment());
    SecretJob *job = store.read(QString::fromLatin1(SecretKey::AniListToken));
    QPointer<SecretJob> guard(job);
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isEmpty());
    QVERIFY(spy.wait(5000));
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(spy.size(), 1);
}

void TestEnvSecretStore::neverWrites_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("set variable") << QString::fromLatin1(SecretKey::TraktAccessToken);
    QTest::newRow("unset variable") << QString::fromLatin1(SecretKey::TmdbApiKey);
}

void TestEnvSecretStore::neverWrites()
{
    QFETCH(QString, key);
    const QProcessEnvironment environment = webEnvironment();
    EnvSecretStore store(environment);
    QVERIFY(!store.isWritable());

    const Outcome written = wait(store.write(key, u"new-value-from-test-9999"_s));
    QCOMPARE(written.finishedCount, 1);
    QCOMPARE(written.code, ErrorCode::Unsupported);
    QVERIFY2(
        written.message.contains(EnvSecretStore::variableFor(key)), qPrintable(written.message));
    const Outcome removed = wait(store.remove(key));
    QCOMPARE(removed.code, ErrorCode::Unsupported);

    // Nothing changed: not the store's view, not the process environment.
    QCOMPARE(store.value(key), environment.value(EnvSecretStore::variableFor(key)).trimmed());
    QVERIFY(qEnvironmentVariable(EnvSecretStore::variableFor(key).toLatin1().constData())
        != u"new-value-from-test-9999"_s);
}

void TestEnvSecretStore::traktClientId()
{
    EnvSecretStore store(webEnvironment());
    QCOMPARE(store.traktClientId(), u"client-id-public"_s);
    QVERIFY(EnvSecretStore::variables().contains(u"TRAKT_CLIENT_ID"_s));
    QVERIFY(EnvSecretStore(QProcessEnvironment()).traktClientId().isEmpty());

    qputenv("TRAKT_CLIENT_ID", " from-process ");
    QCOMPARE(traktClientIdFromEnvironment(), u"from-process"_s);
    QCOMPARE(EnvSecretStore().traktClientId(), u"from-process"_s);
    qunsetenv("TRAKT_CLIENT_ID");
    QVERIFY(traktClientIdFromEnvironment().isEmpty());
}

void TestEnvSecretStore::valuesAreRegisteredForRedaction()
{
    EnvSecretStore store(webEnvironment());
    // Loaded at construction: scrubbed before anyone even asks for them.
    QCOMPARE(redact(u"a anilist-env-token-0001 b trakt-env-secret-0004"_s),
        u"a [redacted] b [redacted]"_s);
    QCOMPARE(redact(u"client-id-public"_s), u"client-id-public"_s); // not a secret
}

QTEST_GUILESS_MAIN(TestEnvSecretStore)
#include "tst_envsecretstore.moc"

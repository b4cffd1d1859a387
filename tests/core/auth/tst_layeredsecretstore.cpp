#include "core/auth/envsecretstore.h"
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/common/result.h"
#include "core/log/redact.h"

#include <QHash>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// Stands in for the keychain: remembers writes so the test can see where they went.
class MemorySecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override
    {
        auto *job = new SecretJob(this);
        ++reads;
        if (values.contains(key))
            job->setResult(values.value(key));
        else
            job->setError(makeError(ErrorCode::NotLoggedIn, u"not stored"_s));
        job->finishLater();
        return job;
    }
    SecretJob *write(const QString &key, const QString &value) override
    {
        auto *job = new SecretJob(this);
        values.insert(key, value);
        job->setResult({});
        job->finishLater();
        return job;
    }
    SecretJob *remove(const QString &key) override
    {
        auto *job = new SecretJob(this);
        values.remove(key);
        job->setResult({});
        job->finishLater();
        return job;
    }
    bool isWritable() const override { return true; }
    QString backendName() const override { return u"memory keychain"_s; }

    QHash<QString, QString> values;
    int reads = 0;
};

struct Outcome
{
    ErrorCode code = ErrorCode::Unknown;
    QString value;
};

Outcome wait(SecretJob *job)
{
    Outcome outcome;
    QObject context;
    QObject::connect(job, &SecretJob::finished, &context, [&outcome, job] {
        outcome.code = job->error().code;
        outcome.value = job->value();
    });
    QSignalSpy spy(job, &SecretJob::finished);
    spy.wait(5000);
    return outcome;
}

QProcessEnvironment environmentWith(const QString &variable, const QString &value)
{
    QProcessEnvironment env;
    env.insert(variable, value);
    return env;
}

} // namespace

class TestLayeredSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { clearRegisteredSecrets(); }

    void environmentWinsPerKey();
    void tokenExpiryFollowsItsToken();
    void writesGoToKeychainOnly();
    void removeGoesToKeychain();
    void withoutKeychain();
    void factoryOptionsFromSettings();
    void factoryWithoutKeychain();
};

void TestLayeredSecretStore::environmentWinsPerKey()
{
    auto *keychain = new MemorySecretStore;
    keychain->values.insert(
        QString::fromLatin1(SecretKey::TraktAccessToken), u"from-keychain-trakt"_s);
    keychain->values.insert(
        QString::fromLatin1(SecretKey::AniListToken), u"from-keychain-anilist"_s);
    LayeredSecretStore store(
        new EnvSecretStore(environmentWith(u"ANILIST_ACCESS_TOKEN"_s, u"from-env-anilist"_s)),
        keychain);

    QCOMPARE(wait(store.read(QString::fromLatin1(SecretKey::AniListToken))).value,
        u"from-env-anilist"_s);
    QCOMPARE(keychain->reads, 0); // the keychain is not even asked for a key the environment sets
    QCOMPARE(wait(store.read(QString::fromLatin1(SecretKey::TraktAccessToken))).value,
        u"from-keychain-trakt"_s);
    QCOMPARE(keychain->reads, 1);
    QCOMPARE(
        wait(store.read(QString::fromLatin1(SecretKey::TmdbApiKey))).code, ErrorCode::NotLoggedIn);

    QCOMPARE(store.sourceOf(QString::fromLatin1(SecretKey::AniListToken)),
        u"environment variable ANILIST_ACCESS_TOKEN"_s);
    QCOMPARE(
        store.sourceOf(QString::fromLatin1(SecretKey::TraktAccessToken)), u"memory keychain"_s);
    QVERIFY(store.isWritable());
    QVERIFY(store.backendName().contains(u"memory keychain"_s));
}

void TestLayeredSecretStore::tokenExpiryFollowsItsToken()
{
    // Headless: TRAKT_ACCESS_TOKEN in the environment, and a keychain holding another login's
    // expiry (or none reachable at all). The expiry must come from the environment too, never the
    // keychain.
    auto *keychain = new MemorySecretStore;
    keychain->values.insert(
        QString::fromLatin1(SecretKey::TraktTokenExpiry), u"2020-01-01T00:00:00Z"_s);
    QProcessEnvironment env;
    env.insert(u"TRAKT_ACCESS_TOKEN"_s, u"tsuzuki-test-secret-env-access-0001"_s);
    LayeredSecretStore store(new EnvSecretStore(env), keychain);
    QCOMPARE(wait(store.read(QString::fromLatin1(SecretKey::TraktTokenExpiry))).code,
        ErrorCode::NotLoggedIn);
    QCOMPARE(keychain->reads, 0);

    env.insert(u"TRAKT_TOKEN_EXPIRY"_s, u"2027-05-01T00:00:00Z"_s);
    auto *keychain2 = new MemorySecretStore;
    LayeredSecretStore withExpiry(new EnvSecretStore(env), keychain2);
    QCOMPARE(wait(withExpiry.read(QString::fromLatin1(SecretKey::TraktTokenExpiry))).value,
        u"2027-05-01T00:00:00Z"_s);
    QCOMPARE(keychain2->reads, 0);
    // A date is not a secret: it must stay readable in logs.
    QCOMPARE(redact(u"expires 2027-05-01T00:00:00Z"_s), u"expires 2027-05-01T00:00:00Z"_s);

    // Without the token in the environment, the expiry is the keychain's (a login made in the app).
    auto *keychain3 = new MemorySecretStore;
    keychain3->values.insert(
        QString::fromLatin1(SecretKey::TraktTokenExpiry), u"2027-06-01T00:00:00Z"_s);
    LayeredSecretStore fromKeychain(new EnvSecretStore(QProcessEnvironment()), keychain3);
    QCOMPARE(wait(fromKeychain.read(QString::fromLatin1(SecretKey::TraktTokenExpiry))).value,
        u"2027-06-01T00:00:00Z"_s);
    QCOMPARE(keychain3->reads, 1);
}

void TestLayeredSecretStore::writesGoToKeychainOnly()
{
    auto *keychain = new MemorySecretStore;
    auto *environment
        = new EnvSecretStore(environmentWith(u"TRAKT_ACCESS_TOKEN"_s, u"env-trakt-token"_s));
    LayeredSecretStore store(environment, keychain);

    const QString key = QString::fromLatin1(SecretKey::TraktAccessToken);
    QCOMPARE(wait(store.write(key, u"new-trakt-token"_s)).code, ErrorCode::None);
    QCOMPARE(keychain->values.value(key), u"new-trakt-token"_s);
    QCOMPARE(environment->value(key), u"env-trakt-token"_s); // never written
    // The environment still wins on read: it is what the operator set for this process.
    QCOMPARE(wait(store.read(key)).value, u"env-trakt-token"_s);
}

void TestLayeredSecretStore::removeGoesToKeychain()
{
    auto *keychain = new MemorySecretStore;
    const QString key = QString::fromLatin1(SecretKey::TmdbApiKey);
    keychain->values.insert(key, u"stored-tmdb-key"_s);
    LayeredSecretStore store(new EnvSecretStore(QProcessEnvironment()), keychain);
    QCOMPARE(wait(store.remove(key)).code, ErrorCode::None);
    QVERIFY(!keychain->values.contains(key));
    QCOMPARE(wait(store.read(key)).code, ErrorCode::NotLoggedIn);
}

void TestLayeredSecretStore::withoutKeychain()
{
    LayeredSecretStore store(
        new EnvSecretStore(environmentWith(u"TMDB_API_KEY"_s, u"env-tmdb-key"_s)), nullptr);
    QVERIFY(!store.isWritable());
    QCOMPARE(wait(store.read(QString::fromLatin1(SecretKey::TmdbApiKey))).value, u"env-tmdb-key"_s);
    QCOMPARE(wait(store.read(QString::fromLatin1(SecretKey::AniListToken))).code,
        ErrorCode::NotLoggedIn);
    QCOMPARE(wait(store.write(QString::fromLatin1(SecretKey::AniListToken), u"x-value"_s)).code,
        ErrorCode::Unsupported);
    QCOMPARE(wait(store.remove(QString::fromLatin1(SecretKey::AniListToken))).code,
        ErrorCode::Unsupported);
}

void TestLayeredSecretStore::factoryOptionsFromSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"tsuzuki.ini"_s), QSettings::IniFormat);
    SecretStoreOptions defaults = SecretStoreOptions::fromSettings(settings);
    QVERIFY(defaults.useKeychain);
    QCOMPARE(defaults.keychainService, u"Tsuzuki"_s);

    settings.setValue(QLatin1StringView(SecretStoreOptions::UseKeychainSetting), false);
    settings.setValue(
        QLatin1StringView(SecretStoreOptions::KeychainServiceSetting), u"TsuzukiPortable"_s);
    const SecretStoreOptions options = SecretStoreOptions::fromSettings(settings);
    QVERIFY(!options.useKeychain);
    QCOMPARE(options.keychainService, u"TsuzukiPortable"_s);
}

void TestLayeredSecretStore::factoryWithoutKeychain()
{
    SecretStoreOptions options;
    options.useKeychain = false;
    options.environment = environmentWith(u"TRAKT_REFRESH_TOKEN"_s, u"env-refresh-token"_s);
    QObject parent;
    LayeredSecretStore *store = createSecretStore(options, &parent);
    QCOMPARE(store->parent(), &parent);
    QVERIFY(store->keychain() == nullptr);
    QVERIFY(!store->isWritable());
    QCOMPARE(wait(store->read(QString::fromLatin1(SecretKey::TraktRefreshToken))).value,
        u"env-refresh-token"_s);
    QCOMPARE(redact(u"env-refresh-token"_s), u"[redacted]"_s);
}

QTEST_GUILESS_MAIN(TestLayeredSecretStore)
#include "tst_layeredsecretstore.moc"

#include "testdatabase.h"

#include "core/auth/envsecretstore.h"
#include "core/log/redact.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Test {

namespace {
QAtomicInt s_counter;

Result<DatabaseSpec> adminSpec()
{
    const QString uri = qEnvironmentVariable("TSUZUKI_TEST_PG_URI");
    if (uri.isEmpty()) {
        return makeError(ErrorCode::Unsupported,
            u"No PostgreSQL test server: TSUZUKI_TEST_PG_URI is not set. Run the tests with the "
            u"README test command "
            "(tests/scripts/run-tests.sh), which starts one."_s);
    }
    auto spec = DatabaseSpec::parse(uri);
    if (spec && spec.value().password.isEmpty()) {
        // The test server asks for a password (scram), given the way a server without a keychain
        // gives it to Tsuzuki: TSUZUKI_DATABASE_PASSWORD, read through the environment store.
        DatabaseSpec withPassword = spec.value();
        withPassword.password
            = EnvSecretStore().value(QString::fromLatin1(SecretKey::DatabasePassword));
        registerSecret(withPassword.password);
        return withPassword;
    }
    return spec;
}
} // namespace

Backend backendFromEnvironment()
{
    return qEnvironmentVariable("TSUZUKI_TEST_BACKEND") == u"postgres"_s ? Backend::Postgres
                                                                         : Backend::Sqlite;
}

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? u"postgres"_s : u"sqlite"_s;
}

QString sharedDataPath(const QString &relative)
{
    QString root = qEnvironmentVariable("TSUZUKI_SHARED_DIR");
    if (root.isEmpty())
        root = QStringLiteral(TSUZUKI_SOURCE_DIR "/../shared");
    return QDir(root).filePath(u"data/"_s + relative);
}

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(TSUZUKI_SOURCE_DIR "/tests/data")).filePath(relative);
}

QString artifactPath(const QString &fileName)
{
    QString dir = qEnvironmentVariable("TSUZUKI_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(u"tsuzuki-test-artifacts"_s);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        if (!m_dir.isValid()) {
            m_error = u"Cannot create a temporary folder"_s;
            return;
        }
        m_spec.kind = DatabaseSpec::Kind::Sqlite;
        m_spec.sqlitePath = m_dir.filePath(u"test.sqlite"_s);
        return;
    }

    auto admin = adminSpec();
    if (!admin) {
        m_error = admin.error().toString();
        return;
    }
    m_pgName = u"tsuzuki_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                   .arg(s_counter.fetchAndAddRelaxed(1));
    {
        auto db = Database::open(admin.value(), u"test-admin-create-"_s + m_pgName);
        if (!db) {
            m_error = db.error().toString();
            return;
        }
        // Database names cannot be bound; this one is built from digits and a fixed prefix only.
        auto created = db.value()->exec(u"CREATE DATABASE "_s + m_pgName);
        if (!created) {
            m_error = created.error().toString();
            return;
        }
    }
    m_spec = admin.value();
    m_spec.databaseName = m_pgName;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty() || !isValid())
        return;
    auto admin = adminSpec();
    if (!admin)
        return;
    auto db = Database::open(admin.value(), u"test-admin-drop-"_s + m_pgName);
    if (db)
        (void)db.value()->exec(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
}

std::unique_ptr<Database> TestDatabase::open(const QString &connectionName, bool migrate) const
{
    auto db = migrate ? Database::openAndMigrate(m_spec, connectionName)
                      : Database::open(m_spec, connectionName);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return {};
    }
    return std::move(db).value();
}

} // namespace Tsuzuki::Test

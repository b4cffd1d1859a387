#pragma once

#include "core/store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Tsuzuki::Test {

enum class Backend { Sqlite, Postgres };

/// The backend this test process runs on: TSUZUKI_TEST_BACKEND=sqlite|postgres (default sqlite).
Backend backendFromEnvironment();
QString backendName(Backend backend);

/// A file of the shared data folder (`../shared/data/...`), from TSUZUKI_SHARED_DIR.
QString sharedDataPath(const QString &relative);
/// A file of tests/data.
QString testDataPath(const QString &relative);
/// Where tests save screenshots and other artefacts a reviewer looks at.
QString artifactPath(const QString &fileName);

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server named by TSUZUKI_TEST_PG_URI (started by the test command). Dropped
/// afterwards. There is no skip: without a server the PostgreSQL variant of a test fails and says
/// why.
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    explicit TestDatabase(Backend backend = backendFromEnvironment());
    ~TestDatabase();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    const DatabaseSpec &spec() const { return m_spec; }

    /// A new connection (own name) to this database, migrated unless told otherwise.
    std::unique_ptr<Database> open(const QString &connectionName, bool migrate = true) const;

private:
    Backend m_backend;
    DatabaseSpec m_spec;
    QString m_error;
    QTemporaryDir m_dir;
    QString m_pgName;
};

} // namespace Tsuzuki::Test

/// Fails the current test (never skips) when the database could not be created.
#define TSUZUKI_VERIFY_DB(testDb) QVERIFY2((testDb).isValid(), qPrintable((testDb).error()))

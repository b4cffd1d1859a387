#pragma once

#include "core/common/result.h"
#include "core/store/databasespec.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace Tsuzuki {

/// One open connection (QSqlDatabase by name) to SQLite or PostgreSQL, owned by the thread that
/// opened it. Each thread opens its own Database with its own connection name; repositories borrow
/// it.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database();

    /// Opens (and for SQLite creates) the database. Does not migrate.
    static Result<std::unique_ptr<Database>> open(
        const DatabaseSpec &spec, const QString &connectionName);
    /// open() then migrate(): what the app, the CLI and the workers call.
    static Result<std::unique_ptr<Database>> openAndMigrate(
        const DatabaseSpec &spec, const QString &connectionName);

    const DatabaseSpec &spec() const { return m_spec; }
    bool isPostgres() const { return m_spec.isPostgres(); }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    /// Brings the schema to the newest version (idempotent; safe against a web-version database and
    /// against another process migrating at the same time).
    Result<void> migrate();
    /// Fails (ErrorCode::Unsupported, "this database was written by a newer Tsuzuki (schema N);
    /// update Tsuzuki") when the database has a schema version this build does not know.
    Result<void> refuseNewerSchema() const;
    /// Highest applied migration, 0 for an empty database.
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Runs a statement with bound values (never string-built values). Returns the executed query.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// Prepares a statement once, for callers that run it many times with new bound values
    /// (bindValue/addBindValue then Database::execPrepared).
    Result<QSqlQuery> prepare(const QString &sql) const;
    /// Runs a prepared statement with `values` bound in order.
    Result<void> execPrepared(QSqlQuery &query, const QVariantList &values) const;
    /// Runs `work` inside a transaction: commit if it returns ok, roll back otherwise.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Table names that exist (lower case).
    QStringList tables() const;
    qint64 rowCount(const QString &table) const;

    /// How a timestamp is bound: QDateTime (UTC) for TIMESTAMPTZ on PostgreSQL, ISO-8601 UTC text
    /// on SQLite.
    QVariant toDb(const QDateTime &time) const;
    /// Reads a timestamp column written by us or by the web version (TIMESTAMPTZ, ISO text, or
    /// epoch ms).
    static QDateTime fromDb(const QVariant &value);
    static QDateTime nowUtc();

    /// A SQL error turned into an Error (the one mapping for SQL; the detail names the statement's
    /// first words).
    static Error sqlError(const QSqlError &error, const QString &what);

private:
    Database(DatabaseSpec spec, QString connectionName);

    DatabaseSpec m_spec;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace Tsuzuki

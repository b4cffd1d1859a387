#include "database.h"

#include "core/log/logging.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Database", text);
}

// Arbitrary but fixed: the advisory lock key that serialises migrations across processes.
constexpr qint64 MigrationLockKey = 0x7473757a756b6901; // "tsuzuki\x01"

QString firstWords(const QString &sql)
{
    return sql.simplified().section(u' ', 0, 3);
}

constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFile::ExeOwner;

/// The watch history is private: folders this creates are 0700 (those that exist are left as
/// they are), and the database file and SQLite's -wal/-shm/-journal beside it are 0600 (SQLite
/// gives those the database file's mode). A file of ours that others can read is tightened.
Result<void> prepareSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    QStringList missing;
    for (QDir dir = info.absoluteDir(); !dir.exists(); dir.setPath(QFileInfo(dir.path()).path())) {
        missing.prepend(dir.path());
        if (dir.isRoot())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, OwnerOnlyFolder) && !QFileInfo(folder).isDir())
            return makeError(ErrorCode::Database,
                QCoreApplication::translate(
                    "Tsuzuki::Database", "Cannot create the folder for the database: %1")
                    .arg(folder));
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile)
            && !QFileInfo::exists(path))
            return makeError(ErrorCode::Database,
                QCoreApplication::translate(
                    "Tsuzuki::Database", "Could not open the database file %1.")
                    .arg(path),
                file.errorString());
        return {};
    }
#ifdef Q_OS_UNIX
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        QFile file(path + suffix);
        const QFileInfo fileInfo(file);
        if (!fileInfo.exists() || fileInfo.ownerId() != uint(::geteuid()))
            continue; // someone else's file (a shared setup): not ours to change
        if (file.permissions() & ~(OwnerOnlyFile | QFile::ReadUser | QFile::WriteUser))
            (void)file.setPermissions(OwnerOnlyFile);
    }
#endif
    return {};
}

} // namespace

Database::Database(DatabaseSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::sqlError(const QSqlError &error, const QString &what)
{
    QString detail = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += u" [%1]"_s.arg(error.nativeErrorCode());
    return makeError(
        ErrorCode::Database, tr("The database reported an error while %1.").arg(what), detail);
}

Result<std::unique_ptr<Database>> Database::open(
    const DatabaseSpec &spec, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return makeError(ErrorCode::InvalidInput,
            tr("Internal error: database connection name in use."), connectionName);

    if (spec.isPostgres() && spec.looksLikeTransactionPooler()) {
        return makeError(ErrorCode::Unsupported,
            tr("Port 6543 is Supabase's transaction pooler, which drops the prepared statements "
               "Tsuzuki uses "
               "between transactions. Use the session pooler or a direct connection (port 5432) "
               "instead."),
            spec.toDisplayString());
    }

    const QString driver = spec.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return makeError(ErrorCode::Unsupported,
            tr("The Qt %1 database driver is not installed (Debian: %2).")
                .arg(driver, spec.isPostgres() ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s));
    }

    std::unique_ptr<Database> database(new Database(spec, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);

    if (spec.isPostgres()) {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.databaseName);
        db.setConnectOptions(spec.connectOptions());
    } else {
        if (auto prepared = prepareSqliteFile(spec.sqlitePath); !prepared)
            return prepared.error();
        db.setDatabaseName(spec.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    }

    if (!db.open()) {
        const QSqlError error = db.lastError();
        QString message;
        const QString text = error.text();
        if (spec.isPostgres()) {
            if (text.contains(u"password authentication failed"_s)
                || text.contains(u"no password supplied"_s))
                message = tr("PostgreSQL refused the user name or password for %1.").arg(spec.host);
            else if (text.contains(u"SSL"_s, Qt::CaseInsensitive))
                message = tr("The TLS connection to %1 failed (sslmode=%2).")
                              .arg(spec.host, spec.sslMode);
            else if (text.contains(u"could not translate host name"_s))
                message = tr("The host name %1 could not be resolved.").arg(spec.host);
            else if (text.contains(u"Connection refused"_s) || text.contains(u"timeout expired"_s))
                message = tr("Nothing answered at %1:%2. Is the server running and reachable?")
                              .arg(spec.host)
                              .arg(spec.port);
            else if (text.contains(u"does not exist"_s))
                message = tr("The database or user does not exist on %1.").arg(spec.host);
            else
                message
                    = tr("Could not connect to PostgreSQL at %1:%2.").arg(spec.host).arg(spec.port);
        } else {
            message = tr("Could not open the database file %1.").arg(spec.sqlitePath);
        }
        return makeError(ErrorCode::Database, message, text);
    }

    if (!spec.isPostgres()) {
        // WAL lets the GUI read while a sync writes; the busy timeout covers two processes writing.
        for (const auto *pragma :
            { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON" }) {
            auto result = database->exec(QString::fromLatin1(pragma));
            if (!result)
                return result.error();
        }
    } else {
        // UTC sessions; NOTICEs (e.g. "already exists, skipping") are not for the user.
        auto result = database->exec(u"SET TIME ZONE 'UTC'; SET client_min_messages TO warning"_s);
        if (!result)
            return result.error();
    }
    qCDebug(lcStore) << "opened" << spec.toDisplayString() << "as" << connectionName;
    return database;
}

Result<std::unique_ptr<Database>> Database::openAndMigrate(
    const DatabaseSpec &spec, const QString &connectionName)
{
    auto db = open(spec, connectionName);
    if (!db)
        return db;
    auto migrated = db.value()->migrate();
    if (!migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        if (!query.prepare(sql))
            return sqlError(query.lastError(), tr("preparing \"%1\"").arg(firstWords(sql)));
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        return sqlError(query.lastError(), tr("running \"%1\"").arg(firstWords(sql)));
    return query;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), tr("preparing \"%1\"").arg(firstWords(sql)));
    return query;
}

Result<void> Database::execPrepared(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return sqlError(query.lastError(), tr("running \"%1\"").arg(firstWords(query.lastQuery())));
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0) {
        // Nested: part of the outer transaction; a failure makes the outer one roll back.
        ++m_transactionDepth;
        Result<void> result = work();
        --m_transactionDepth;
        if (!result)
            m_transactionFailed = true;
        return result;
    }

    // SQLite: take the write lock up front so two processes queue on the busy timeout instead of
    // failing when a read transaction tries to become a write transaction.
    auto begin = exec(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (!begin)
        return begin.error();
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Result<void> result = work();
    m_transactionDepth = 0;
    if (!result || m_transactionFailed) {
        (void)exec(u"ROLLBACK"_s);
        m_transactionFailed = false;
        return result
            ? makeError(ErrorCode::Database, tr("A nested step failed; nothing was saved."))
            : result;
    }
    auto commit = exec(u"COMMIT"_s);
    if (!commit) {
        (void)exec(u"ROLLBACK"_s);
        return commit.error();
    }
    return {};
}

QStringList Database::tables() const
{
    QStringList names;
    if (isPostgres()) {
        auto q = exec(
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s);
        if (q) {
            while (q.value().next())
                names << q.value().value(0).toString().toLower();
        }
    } else {
        for (const QString &name : connection().tables(QSql::Tables))
            names << name.toLower();
    }
    names.sort();
    return names;
}

qint64 Database::rowCount(const QString &table) const
{
    // Table names cannot be bound; only names we list ourselves reach this.
    if (!tables().contains(table.toLower()))
        return -1;
    auto q = exec(u"SELECT COUNT(*) FROM "_s + table);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion() const
{
    if (!tables().contains(u"schema_migrations"_s))
        return 0;
    auto q = exec(u"SELECT MAX(version) FROM schema_migrations"_s);
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

Result<void> Database::refuseNewerSchema() const
{
    const int version = schemaVersion();
    if (version <= latestSchemaVersion())
        return {};
    return makeError(ErrorCode::Unsupported,
        tr("this database was written by a newer Tsuzuki (schema %1); update Tsuzuki").arg(version),
        u"this Tsuzuki knows schema versions up to %1"_s.arg(latestSchemaVersion()));
}

Result<void> Database::migrate()
{
    const QString createVersions = isPostgres()
        ? u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT, applied_at TIMESTAMPTZ DEFAULT now())"_s
        : u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT, applied_at TEXT)"_s;

    // A newer Tsuzuki's database is neither read nor written: its tables may mean something this
    // version does not know. Checked before anything is created.
    if (auto newer = refuseNewerSchema(); !newer)
        return newer;
    return transaction([&]() -> Result<void> {
        if (isPostgres()) {
            // Two processes starting at once: the second waits here, then sees the work done.
            auto lock = exec(u"SELECT pg_advisory_xact_lock(?)"_s, { MigrationLockKey });
            if (!lock)
                return lock.error();
        }
        if (auto created = exec(createVersions); !created)
            return created.error();
        if (auto newer = refuseNewerSchema(); !newer)
            return newer; // another process upgraded it meanwhile
        const int current = schemaVersion();
        for (const Migration &migration : migrations()) {
            if (migration.version <= current)
                continue;
            const QStringList &statements = isPostgres() ? migration.postgres : migration.sqlite;
            for (const QString &statement : statements) {
                if (auto done = exec(statement); !done)
                    return done.error();
            }
            if (migration.rows) {
                if (auto done = migration.rows(*this); !done)
                    return done;
            }
            auto recorded = exec(
                u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s,
                { migration.version, migration.description, toDb(nowUtc()) });
            if (!recorded)
                return recorded.error();
            qCInfo(lcStore) << "applied migration" << migration.version << migration.description;
        }
        return {};
    });
}

QVariant Database::toDb(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const QDateTime utc = time.toUTC();
    if (isPostgres())
        return utc.toString(Qt::ISODateWithMs); // ISO with Z: unambiguous for TIMESTAMPTZ
    return utc.toString(Qt::ISODateWithMs);
}

QDateTime Database::fromDb(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    if (isNumber && value.metaType().id() != QMetaType::QString)
        return QDateTime::fromMSecsSinceEpoch(
            number < 100000000000LL ? number * 1000 : number, Qt::UTC);

    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool numeric = false;
    const qint64 n = text.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromMSecsSinceEpoch(n < 100000000000LL ? n * 1000 : n, Qt::UTC);
    // PostgreSQL text form "2024-05-01 12:34:56.123+00" and ISO-8601 both end up here.
    text.replace(u' ', u'T');
    static const QRegularExpression shortOffset(u"([+-]\\d{2})$"_s);
    text.replace(shortOffset, u"\\1:00"_s);
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z'))
        parsed.setTimeSpec(Qt::UTC); // naive text is UTC in our own and the web version's rows
    return parsed.toUTC();
}

QDateTime Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Tsuzuki

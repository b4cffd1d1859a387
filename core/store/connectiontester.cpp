#include "connectiontester.h"

#include "core/store/database.h"
#include "core/store/databasethread.h"

#include <QAtomicInteger>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QAtomicInteger<int> s_counter = 0;
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    delete m_thread;
}

void ConnectionTester::start(const DatabaseSpec &spec)
{
    m_thread = new DatabaseThread(
        u"gui-test-connection-%1"_s.arg(s_counter.fetchAndAddRelaxed(1)), u"tsuzuki-test-db"_s);
    connect(m_thread, &DatabaseThread::openFailed, this, [this](const Error &error) {
        finish(false,
            error.detail.isEmpty() ? error.userMessage
                                   : error.userMessage + u"\n"_s + error.detail);
    });
    connect(m_thread, &DatabaseThread::opened, this, [this, spec] {
        m_thread->call<Result<QString>>(
            this,
            [spec](Database &db) -> Result<QString> {
                auto version = db.exec(
                    spec.isPostgres() ? u"SELECT version()"_s : u"SELECT sqlite_version()"_s);
                if (!version)
                    return version.error();
                QSqlQuery &query = version.value();
                const QString server
                    = query.next() ? query.value(0).toString().section(u',', 0, 0) : QString();
                const int schema = db.schemaVersion();
                return spec.isPostgres()
                    ? tr("Connected: %1. Schema version %2 of %3.")
                          .arg(server)
                          .arg(schema)
                          .arg(Database::latestSchemaVersion())
                    : tr("The SQLite file opens (SQLite %1). Schema version %2 of %3.")
                          .arg(server)
                          .arg(schema)
                          .arg(Database::latestSchemaVersion());
            },
            [this](const Result<QString> &summary) {
                finish(summary.ok(), summary ? summary.value() : summary.error().userMessage);
            });
    });
    m_thread->open(spec, DatabaseThread::OpenMode::NoMigration);
}

void ConnectionTester::finish(bool ok, const QString &message)
{
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace Tsuzuki

#include "connectiontester.h"

#include "core/store/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QAtomicInteger<int> s_counter = 0;
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

void ConnectionTester::start(const DatabaseSpec &spec)
{
    const QString name = u"gui-test-connection-%1"_s.arg(s_counter.fetchAndAddRelaxed(1));
    QPointer<ConnectionTester> self(this);
    QThread *thread = QThread::create([self, spec, name] {
        bool ok = false;
        QString message;
        {
            auto db = Database::open(spec, name);
            if (!db.ok()) {
                message = db.error().userMessage;
                if (!db.error().detail.isEmpty())
                    message += u"\n"_s + db.error().detail;
            } else {
                auto version = db.value()->exec(
                    spec.isPostgres() ? u"SELECT version()"_s : u"SELECT sqlite_version()"_s);
                if (!version.ok()) {
                    message = version.error().userMessage;
                } else {
                    QSqlQuery &query = version.value();
                    const QString server
                        = query.next() ? query.value(0).toString().section(u',', 0, 0) : QString();
                    const int schema = db.value()->schemaVersion();
                    ok = true;
                    message = spec.isPostgres()
                        ? tr("Connected: %1. Schema version %2 of %3.")
                              .arg(server)
                              .arg(schema)
                              .arg(Database::latestSchemaVersion())
                        : tr("The SQLite file opens (SQLite %1). Schema version %2 of %3.")
                              .arg(server)
                              .arg(schema)
                              .arg(Database::latestSchemaVersion());
                }
            }
        }
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, ok, message] {
                    if (!self)
                        return;
                    Q_EMIT self->finished(ok, message);
                    self->deleteLater();
                },
                Qt::QueuedConnection);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Tsuzuki

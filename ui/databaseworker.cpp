#include "databaseworker.h"

#include "core/store/logrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

DatabaseWorker::DatabaseWorker()
{
    qRegisterMetaType<Tsuzuki::Error>();
    m_thread.setObjectName(u"gui-database"_s);
    moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    closeAndWait();
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::open(const DatabaseSpec &spec)
{
    m_requestedSpec = spec;
    QMetaObject::invokeMethod(
        this, [this, spec] { doOpen(spec); }, Qt::QueuedConnection);
}

void DatabaseWorker::closeAndWait()
{
    if (!m_thread.isRunning())
        return;
    if (QThread::currentThread() == &m_thread)
        doClose();
    else
        QMetaObject::invokeMethod(
            this, [this] { doClose(); }, Qt::BlockingQueuedConnection);
}

void DatabaseWorker::post(std::function<void(Database &)> work)
{
    QMetaObject::invokeMethod(
        this,
        [this, work = std::move(work)] {
            if (m_db)
                work(*m_db);
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::doOpen(const DatabaseSpec &spec)
{
    doClose();
    auto result = Database::openAndMigrate(spec, QString::fromLatin1(ConnectionName));
    if (!result.ok()) {
        m_isOpen = false;
        Q_EMIT openFailed(result.error());
        return;
    }
    m_db = std::move(result).value();
    m_watcher = new LogWatcher(*m_db, this);
    connect(m_watcher, &LogWatcher::logsAdded, this, &DatabaseWorker::logsAdded);
    m_watcher->start(1000);
    m_isOpen = true;
    Q_EMIT opened(spec.toDisplayString(), m_db->schemaVersion());
}

void DatabaseWorker::doClose()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_db.reset();
    m_isOpen = false;
}

Error DatabaseWorker::notOpenError() const
{
    return makeError(ErrorCode::Database,
        QCoreApplication::translate("Tsuzuki::DatabaseWorker", "The database is not open."));
}

} // namespace Tsuzuki

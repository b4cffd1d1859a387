#include "databasethread.h"

#include "core/store/logrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

DatabaseThread::DatabaseThread(const QString &connectionName, const QString &threadName)
    : m_connectionName(connectionName)
{
    qRegisterMetaType<Tsuzuki::Error>();
    m_openError = makeError(ErrorCode::Database,
        QCoreApplication::translate("Tsuzuki::DatabaseThread", "The database is not open."));
    m_thread.setObjectName(threadName.isEmpty() ? connectionName : threadName);
    moveToThread(&m_thread);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    closeAndWait();
    m_thread.quit();
    m_thread.wait();
}

void DatabaseThread::open(const DatabaseSpec &spec, OpenMode mode)
{
    m_requestedSpec = spec;
    QMetaObject::invokeMethod(
        this, [this, spec, mode] { doOpen(spec, mode); }, Qt::QueuedConnection);
}

void DatabaseThread::closeAndWait()
{
    if (!m_thread.isRunning())
        return;
    if (QThread::currentThread() == &m_thread)
        doClose();
    else
        QMetaObject::invokeMethod(
            this, [this] { doClose(); }, Qt::BlockingQueuedConnection);
}

void DatabaseThread::post(std::function<void(Database &)> work)
{
    QMetaObject::invokeMethod(
        this,
        [this, work = std::move(work)] {
            if (m_db)
                work(*m_db);
        },
        Qt::QueuedConnection);
}

void DatabaseThread::doOpen(const DatabaseSpec &spec, OpenMode mode)
{
    doClose();
    auto result = mode == OpenMode::Migrate ? Database::openAndMigrate(spec, m_connectionName)
                                            : Database::open(spec, m_connectionName);
    if (!result.ok()) {
        m_isOpen = false;
        m_openError = result.error();
        Q_EMIT openFailed(result.error());
        return;
    }
    m_db = std::move(result).value();
    m_openError = makeError(ErrorCode::Database,
        QCoreApplication::translate("Tsuzuki::DatabaseThread", "The database is not open."));
    if (m_watchLogs) {
        m_watcher = new LogWatcher(*m_db, this);
        connect(m_watcher, &LogWatcher::logsAdded, this, &DatabaseThread::logsAdded);
        m_watcher->start(1000);
    }
    m_isOpen = true;
    Q_EMIT opened(spec.toDisplayString(), m_db->schemaVersion());
}

void DatabaseThread::doClose()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_db.reset();
    m_isOpen = false;
}

Error DatabaseThread::notOpenError() const
{
    return m_openError;
}

} // namespace Tsuzuki

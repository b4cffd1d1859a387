#include "core/sync/syncrunlock.h"

#include "core/store/database.h"
#include "core/store/runrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::SyncRunLock", text);
}
} // namespace

SyncRunLock::SyncRunLock(Database &db)
    : m_db(db)
{ }

SyncRunLock::~SyncRunLock()
{
    release();
}

Error SyncRunLock::lockedError() const
{
    QString host = tr("another process");
    QString since = tr("unknown time");
    qint64 pid = 0;
    QString hostName;
    QString app;
    if (m_file && m_file->getLockInfo(&pid, &hostName, &app)) {
        host = hostName + u" pid "_s + QString::number(pid);
        since = QFileInfo(m_file->fileName()).lastModified().toUTC().toString(Qt::ISODate);
    } else if (auto running = RunRepository(m_db).newestRunning(); running && running.value()) {
        const SyncRun &run = *running.value();
        host = run.host.isEmpty() ? host : run.host + u" pid "_s + QString::number(run.pid);
        since = run.startedAt.toUTC().toString(Qt::ISODate);
    }
    //: %1 = host (and process), %2 = start time
    return makeError(
        ErrorCode::DatabaseLocked, tr("sync already running (%1, since %2)").arg(host, since));
}

Result<void> SyncRunLock::tryAcquire()
{
    if (m_held)
        return {};
    if (m_db.isPostgres()) {
        auto q = m_db.exec(u"SELECT pg_try_advisory_lock(?)"_s, { AdvisoryKey });
        if (!q)
            return q.error();
        if (!q.value().next() || !q.value().value(0).toBool())
            return lockedError();
        m_held = true;
        return {};
    }
    m_file = std::make_unique<QLockFile>(m_db.spec().sqlitePath + u".sync.lock"_s);
    m_file->setStaleLockTime(0); // a crashed holder is detected by pid, never by age
    if (!m_file->tryLock(0)) {
        if (m_file->error() == QLockFile::LockFailedError)
            return lockedError();
        //: %1 = file path
        return makeError(ErrorCode::Database,
            tr("Cannot create the sync lock file %1: the disk may be full, or the folder "
               "read-only. No sync was started.")
                .arg(m_file->fileName()),
            m_file->error() == QLockFile::PermissionError ? u"permission denied"_s
                                                          : u"lock file not written"_s);
    }
    m_held = true;
    return {};
}

void SyncRunLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_db.isPostgres()) {
        (void)m_db.exec(u"SELECT pg_advisory_unlock(?)"_s, { AdvisoryKey });
        return;
    }
    if (m_file)
        m_file->unlock();
}

} // namespace Tsuzuki

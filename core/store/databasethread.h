#pragma once

#include "core/common/result.h"
#include "core/store/database.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Tsuzuki {

class LogWatcher;

/// A thread with its own named database connection: the GUI's database work, the sync worker and
/// "Test connection" each run on one, so that no caller thread ever waits on SQL. Work is posted
/// as a function; its result comes back, queued, to a context object in the caller's thread.
/// The object lives in its own thread; the owner creates and deletes it from its thread.
class DatabaseThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseThread)

public:
    /// `connectionName` names the QtSql connection (unique per process); `threadName` the thread.
    explicit DatabaseThread(const QString &connectionName, const QString &threadName = {});
    ~DatabaseThread() override; ///< closes the connection in its thread, then stops the thread

    enum class OpenMode { Migrate, NoMigration };
    /// Opens and (by default) migrates `spec` in the thread, closing what was open; emits opened()
    /// or openFailed(). NoMigration is for looking at a database without changing it ("Test
    /// connection").
    void open(const DatabaseSpec &spec, OpenMode mode = OpenMode::Migrate);
    /// Closes the connection and waits for it (shutdown, tests).
    void closeAndWait();
    /// The spec last asked for (caller's thread).
    const DatabaseSpec &spec() const { return m_requestedSpec; }
    bool isOpen() const { return m_isOpen; }
    /// Emit logsAdded() for new `logs` rows while open (NOTIFY on PostgreSQL, polling on SQLite).
    void setWatchLogs(bool watch) { m_watchLogs = watch; }
    QThread *workerThread() { return &m_thread; }

    /// The open database, or null, and why it is not open. Only from code running in this thread
    /// (objects moved to workerThread()).
    Database *database() const { return m_db.get(); }
    Error notOpenError() const;

    /// Runs `work` on the thread's Database and hands its Result to `done` in `context`'s thread.
    /// When no database is open, `done` receives notOpenError(). `done` is dropped if `context` is
    /// gone.
    template<typename R>
    void call(QObject *context, std::function<R(Database &)> work, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [this, guard, work = std::move(work), done = std::move(done)] {
                R result = m_db ? work(*m_db) : R(notOpenError());
                if (!guard)
                    return;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, result = std::move(result)] {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Runs `work` on the thread's Database, no answer wanted.
    void post(std::function<void(Database &)> work);

Q_SIGNALS:
    /// The database is open and migrated. `display` is the URI without password or the SQLite path.
    void opened(const QString &display, int schemaVersion);
    void openFailed(const Tsuzuki::Error &error);
    /// New rows in `logs` may exist (only with setWatchLogs(true)).
    void logsAdded();

private:
    void doOpen(const DatabaseSpec &spec, OpenMode mode);
    void doClose();

    const QString m_connectionName;
    QThread m_thread;
    DatabaseSpec m_requestedSpec;
    std::atomic<bool> m_isOpen = false;
    std::atomic<bool> m_watchLogs = false;
    // Thread-side state:
    std::unique_ptr<Database> m_db;
    Error m_openError;
    LogWatcher *m_watcher = nullptr;
};

} // namespace Tsuzuki

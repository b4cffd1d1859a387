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

/// The GUI's database connection: lives in its own thread with its own named connection
/// ("gui-worker"), so the GUI thread never waits on SQL. Work is posted as a function; the result
/// comes back, queued, to a context object in the caller's thread.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    static constexpr auto ConnectionName = "gui-worker";

    /// Starts the thread. No parent: the object lives in its own thread; the owner deletes it from
    /// the GUI thread.
    DatabaseWorker();
    ~DatabaseWorker() override;

    /// Opens and migrates `spec` in the worker thread (closing what was open); emits opened() or
    /// openFailed().
    void open(const DatabaseSpec &spec);
    /// Closes the connection and waits for it (shutdown, tests).
    void closeAndWait();
    /// The spec last asked for (GUI thread).
    const DatabaseSpec &spec() const { return m_requestedSpec; }
    bool isOpen() const { return m_isOpen; }

    /// Runs `work` on the worker's Database and hands its Result to `done` in `context`'s thread.
    /// When no database is open, `done` receives an ErrorCode::Database error. `done` is dropped if
    /// `context` is gone.
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

    /// Runs `work` on the worker's Database, no answer wanted.
    void post(std::function<void(Database &)> work);

Q_SIGNALS:
    /// The database is open and migrated. `display` is the URI without password or the SQLite path.
    void opened(const QString &display, int schemaVersion);
    void openFailed(const Tsuzuki::Error &error);
    /// New rows in `logs` may exist (LogWatcher: NOTIFY on PostgreSQL, polling on SQLite).
    void logsAdded();

private:
    void doOpen(const DatabaseSpec &spec);
    void doClose();
    Error notOpenError() const;

    QThread m_thread;
    DatabaseSpec m_requestedSpec;
    std::atomic<bool> m_isOpen = false;
    // Worker-thread state:
    std::unique_ptr<Database> m_db;
    LogWatcher *m_watcher = nullptr;
};

} // namespace Tsuzuki

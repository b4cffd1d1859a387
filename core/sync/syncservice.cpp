#include "core/sync/syncservice.h"

#include "core/auth/secretstorerelay.h"
#include "core/net/traktauthrelay.h"
#include "core/store/databasethread.h"
#include "core/store/logrepository.h"
#include "core/sync/synclogline.h"
#include "core/sync/syncsession.h"

#include <QAtomicInteger>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

/// Lives in the sync DatabaseThread: builds, on first use and in that thread, the relays to the
/// process's secret store and TraktAuth, its own Services bundle and a SyncSession over the
/// thread's database connection.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(DatabaseThread *database, SyncServiceConfig config)
        : m_database(database)
        , m_config(std::move(config))
    { }

    void preview(SyncMode mode, const SyncOptions &options)
    {
        if (!ensure())
            return;
        m_session->preview(mode, options, [this, mode, options](const Result<SyncPlan> &plan) {
            if (plan) {
                Q_EMIT previewReady(plan.value());
            } else {
                logFailure(mode, options.automated, plan.error());
                Q_EMIT failed(plan.error());
            }
        });
    }

    void run(const SyncPlan &plan, const QStringList &approved)
    {
        if (!ensure())
            return;
        m_session->run(plan, approved, [this, plan](const Result<SyncReport> &report) {
            if (report) {
                Q_EMIT runFinished(report.value());
            } else {
                logFailure(plan.mode, plan.options.automated, report.error());
                Q_EMIT failed(report.error());
            }
        });
    }

    void sync(SyncMode mode, const SyncOptions &options)
    {
        if (!ensure())
            return;
        // The run lock is held from before the preview (SyncSession::sync).
        m_session->sync(
            mode, options,
            [this, mode, options](const Result<SyncReport> &report) {
                if (report) {
                    Q_EMIT runFinished(report.value());
                } else {
                    logFailure(mode, options.automated, report.error());
                    Q_EMIT failed(report.error());
                }
            },
            [this](const SyncPlan &plan) { Q_EMIT previewReady(plan); });
    }

    void cancel()
    {
        if (m_session)
            m_session->cancel();
    }

    void job(const SyncService::WorkerJob &job)
    {
        if (!ensure())
            return;
        job(*m_database->database(), m_session->services(), this, [this] { Q_EMIT jobFinished(); });
    }

Q_SIGNALS:
    void jobFinished();
    void previewReady(const Tsuzuki::SyncPlan &plan);
    void progressChanged(int done, int total);
    void runFinished(const Tsuzuki::SyncReport &report);
    void failed(const Tsuzuki::Error &error);

private:
    /// A sync that could not run is in the activity log too, at error level.
    void logFailure(SyncMode mode, bool automated, const Error &error)
    {
        Database *db = m_database->database();
        if (!db || error.code == ErrorCode::Cancelled)
            return;
        const SyncLogLine line = SyncLog::failed(mode, automated, error);
        (void)LogRepository(*db).append(line.level, line.message);
    }

    bool ensure()
    {
        if (m_session)
            return true;
        Database *db = m_database->database();
        if (!db) {
            Q_EMIT failed(m_database->notOpenError());
            return false;
        }
        auto *secrets = new SecretStoreRelay(m_config.secrets, this);
        auto *tokens = new TraktAuthRelay(m_config.traktAuth, this);
        auto *services = new Services(m_config.services, secrets, tokens, m_config.timings, this);
        m_session = new SyncSession(*db, services, this);
        connect(m_session, &SyncSession::progressChanged, this, &SyncWorker::progressChanged);
        return true;
    }

    DatabaseThread *m_database;
    SyncServiceConfig m_config;
    SyncSession *m_session = nullptr;
};

namespace {
QAtomicInteger<int> s_connections = 0;
} // namespace

SyncService::SyncService(SyncServiceConfig config, QObject *parent)
    : QObject(parent)
{
    registerSyncMetaTypes();
    m_thread = new DatabaseThread(
        u"tsuzuki-sync-%1"_s.arg(s_connections.fetchAndAddRelaxed(1)), u"tsuzuki-sync"_s);
    m_thread->open(config.database);
    m_worker = new SyncWorker(m_thread, std::move(config));
    m_worker->moveToThread(m_thread->workerThread());
    connect(m_worker, &SyncWorker::previewReady, this, [this](const SyncPlan &plan) {
        Q_EMIT previewReady(plan);
        if (!m_syncing)
            setBusy(false);
    });
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncService::progressChanged);
    connect(m_worker, &SyncWorker::runFinished, this, [this](const SyncReport &report) {
        m_syncing = false;
        setBusy(false);
        Q_EMIT runFinished(report);
    });
    connect(m_worker, &SyncWorker::failed, this, [this](const Error &error) {
        m_syncing = false;
        setBusy(false);
        Q_EMIT failed(error);
    });
    connect(m_worker, &SyncWorker::jobFinished, this, [this] {
        m_syncing = false;
        setBusy(false);
    });
}

bool SyncService::requestJob(WorkerJob job)
{
    if (!claim())
        return false;
    m_syncing = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->job(job); }, Qt::QueuedConnection);
    return true;
}

SyncService::~SyncService()
{
    // The worker (and the session, the relays and its clients) is deleted in its own thread, then
    // the thread closes its connection and stops.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    delete m_thread;
}

bool SyncService::claim()
{
    if (m_busy) {
        Q_EMIT failed(makeError(ErrorCode::DatabaseLocked, tr("A sync is already running.")));
        return false;
    }
    setBusy(true);
    return true;
}

void SyncService::requestPreview(SyncMode mode, const SyncOptions &options)
{
    if (!claim())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, mode, options] { w->preview(mode, options); },
        Qt::QueuedConnection);
}

void SyncService::requestRun(const SyncPlan &plan, const QStringList &approvedItemIds)
{
    if (!claim())
        return;
    m_syncing = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, plan, approvedItemIds] { w->run(plan, approvedItemIds); },
        Qt::QueuedConnection);
}

void SyncService::requestSync(SyncMode mode, const SyncOptions &options)
{
    if (!claim())
        return;
    m_syncing = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, mode, options] { w->sync(mode, options); }, Qt::QueuedConnection);
}

void SyncService::cancel()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->cancel(); }, Qt::QueuedConnection);
}

void SyncService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Tsuzuki

#include "syncservice.moc"

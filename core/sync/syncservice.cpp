#include "core/sync/syncservice.h"

#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/store/database.h"
#include "core/sync/syncsession.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

/// Lives in the worker thread: its own Database connection, secret store and SyncSession.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(SyncServiceConfig config)
        : m_config(std::move(config))
    { }

    void preview(SyncMode mode, const SyncOptions &options)
    {
        if (!ensure())
            return;
        m_session->preview(mode, options, [this](const Result<SyncPlan> &plan) {
            if (plan)
                Q_EMIT previewReady(plan.value());
            else
                Q_EMIT failed(plan.error());
        });
    }

    void run(const SyncPlan &plan, const QStringList &approved)
    {
        if (!ensure())
            return;
        m_session->run(plan, approved, [this](const Result<SyncReport> &report) {
            if (report)
                Q_EMIT runFinished(report.value());
            else
                Q_EMIT failed(report.error());
        });
    }

    void sync(SyncMode mode, const SyncOptions &options)
    {
        if (!ensure())
            return;
        m_session->preview(mode, options, [this](const Result<SyncPlan> &plan) {
            if (!plan) {
                Q_EMIT failed(plan.error());
                return;
            }
            Q_EMIT previewReady(plan.value());
            run(plan.value(), plan.value().itemIds());
        });
    }

    void cancel()
    {
        if (m_session)
            m_session->cancel();
    }

    void shutdown()
    {
        delete m_session;
        m_session = nullptr;
        m_db.reset();
    }

Q_SIGNALS:
    void previewReady(const Tsuzuki::SyncPlan &plan);
    void progressChanged(int done, int total);
    void runFinished(const Tsuzuki::SyncReport &report);
    void failed(const Tsuzuki::Error &error);

private:
    bool ensure()
    {
        if (m_session)
            return true;
        static QAtomicInteger<int> counter;
        auto db = Database::openAndMigrate(
            m_config.database, u"tsuzuki-sync-%1"_s.arg(counter.fetchAndAddRelaxed(1)));
        if (!db) {
            Q_EMIT failed(db.error());
            return false;
        }
        m_db = std::move(db.value());
        SecretStore *secrets = m_config.secretStoreFactory
            ? m_config.secretStoreFactory(this)
            : createSecretStore(SecretStoreOptions {}, this);
        SyncTimings timings = m_config.timings;
        if (m_config.httpBackoffMs > 0)
            timings.backoffMs = m_config.httpBackoffMs;
        m_session = new SyncSession(*m_db, secrets, m_config.services, timings, this);
        connect(m_session, &SyncSession::progressChanged, this, &SyncWorker::progressChanged);
        return true;
    }

    SyncServiceConfig m_config;
    std::unique_ptr<Database> m_db;
    SyncSession *m_session = nullptr;
};

SyncService::SyncService(SyncServiceConfig config, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    registerSyncMetaTypes();
    auto *worker = new SyncWorker(std::move(config));
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::previewReady, this, [this](const SyncPlan &plan) {
        Q_EMIT previewReady(plan);
        if (!m_syncing)
            setBusy(false);
    });
    connect(worker, &SyncWorker::progressChanged, this, &SyncService::progressChanged);
    connect(worker, &SyncWorker::runFinished, this, [this](const SyncReport &report) {
        m_syncing = false;
        setBusy(false);
        Q_EMIT runFinished(report);
    });
    connect(worker, &SyncWorker::failed, this, [this](const Error &error) {
        m_syncing = false;
        setBusy(false);
        Q_EMIT failed(error);
    });
    m_thread->setObjectName(u"tsuzuki-sync"_s);
    m_thread->start();
}

SyncService::~SyncService()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker.data()] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
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
        m_worker, [w = m_worker.data(), mode, options] { w->preview(mode, options); },
        Qt::QueuedConnection);
}

void SyncService::requestRun(const SyncPlan &plan, const QStringList &approvedItemIds)
{
    if (!claim())
        return;
    m_syncing = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker.data(), plan, approvedItemIds] { w->run(plan, approvedItemIds); },
        Qt::QueuedConnection);
}

void SyncService::requestSync(SyncMode mode, const SyncOptions &options)
{
    if (!claim())
        return;
    m_syncing = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker.data(), mode, options] { w->sync(mode, options); },
        Qt::QueuedConnection);
}

void SyncService::cancel()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker.data()] { w->cancel(); }, Qt::QueuedConnection);
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

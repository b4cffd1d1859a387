#include "synccontroller.h"

#include "core/common/settingskeys.h"
#include "core/sync/syncscheduler.h"
#include "ui/dialogs/previewdialog.h"

#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

SyncController::SyncController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    registerSyncMetaTypes();
    m_scheduler = new SyncScheduler(this);
    m_scheduler->setBusyQuery([this] { return isBusy(); });
    connect(m_scheduler, &SyncScheduler::runDue, this, &SyncController::runScheduled);
    connect(m_scheduler, &SyncScheduler::skipped, this, &SyncController::nextRunChanged);
}

SyncController::~SyncController()
{
    delete m_service; // stops its worker thread
}

void SyncController::configure(const SyncServiceConfig &config)
{
    delete m_service;
    m_service = new SyncService(config, this);
    connect(m_service, &SyncService::busyChanged, this, &SyncController::busyChanged);
    connect(m_service, &SyncService::previewReady, this, &SyncController::onPreviewReady);
    connect(m_service, &SyncService::progressChanged, this, &SyncController::onProgress);
    connect(m_service, &SyncService::runFinished, this, &SyncController::onRunFinished);
    connect(m_service, &SyncService::failed, this, &SyncController::onFailed);
}

SyncOptions SyncController::options() const
{
    QSettings settings;
    SyncOptions o;
    o.batchSize
        = settings.value(QString::fromLatin1(SettingsKey::BatchSize), SettingsDefault::BatchSize)
              .toInt();
    o.playsGuard
        = settings.value(QString::fromLatin1(SettingsKey::PlaysGuard), SettingsDefault::PlaysGuard)
              .toInt();
    o.includeWatched
        = settings.value(QString::fromLatin1(SettingsKey::IncludeWatched), false).toBool();
    if (m_adjust)
        m_adjust(o);
    return o;
}

void SyncController::requestPreview(SyncMode mode, qint64 anilistId)
{
    if (!m_service) {
        Q_EMIT failed(makeError(ErrorCode::Database, tr("The database is not open yet.")), false);
        return;
    }
    if (m_service->isBusy()) {
        Q_EMIT failed(
            makeError(ErrorCode::DatabaseLocked, tr("A sync is already running.")), false);
        return;
    }
    SyncOptions o = options();
    o.anilistId = anilistId;
    m_automated = false;
    m_waitingPreview = true;
    Q_EMIT statusChanged(tr("Reading AniList and computing the preview…"));
    m_service->requestPreview(mode, o);
}

void SyncController::runScheduled()
{
    if (!m_service || m_service->isBusy())
        return;
    SyncOptions o = options();
    o.automated = true;
    m_automated = true;
    Q_EMIT statusChanged(tr("Scheduled sync running…"));
    m_service->requestSync(SyncMode::Full, o);
}

void SyncController::applySchedule(bool enabled, int intervalMinutes, bool paused)
{
    m_scheduler->setIntervalSecs(qint64(intervalMinutes) * 60);
    if (enabled && !paused) {
        m_scheduler->start();
        Q_EMIT nextRunChanged(m_scheduler->nextRun());
    } else {
        m_scheduler->stop();
        Q_EMIT nextRunChanged({});
    }
}

void SyncController::onPreviewReady(const SyncPlan &plan)
{
    m_waitingPreview = false;
    Q_EMIT statusChanged(tr("Preview ready: %n play(s) to post", nullptr, int(plan.plays.size())));
    // A scheduled sync posts without a preview (turning the schedule on approved it): background
    // work never opens a dialog.
    if (m_automated)
        return;
    auto *dialog = new PreviewDialog(plan, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    connect(
        dialog, &PreviewDialog::postRequested, this,
        [this](const SyncPlan &approvedPlan, const QStringList &ids) {
            if (!m_service)
                return;
            SyncPlan toRun = approvedPlan;
            // The user saw the count in the preview: that is the confirmation the plays guard asks
            // for.
            toRun.options.confirmLarge = true;
            m_automated = false;
            Q_EMIT statusChanged(tr("Posting to Trakt…"));
            m_service->requestRun(toRun, ids);
        },
        Qt::QueuedConnection); // after the preview request has fully ended (the service is one
                               // request at a time)
    connect(dialog, &PreviewDialog::cancelRequested, this, [this] {
        if (m_service)
            m_service->cancel();
    });
    dialog->open();
    Q_EMIT previewOpened(dialog);
}

void SyncController::onProgress(int done, int total)
{
    if (m_preview && !m_automated)
        m_preview->setProgress(done, total);
    Q_EMIT statusChanged(tr("Posting %1 of %2 plays…").arg(done).arg(total));
}

void SyncController::onRunFinished(const SyncReport &report)
{
    const bool automated = m_automated;
    if (m_preview && !automated)
        m_preview->showReport(report);
    if (automated)
        m_scheduler->runFinished(report.status == RunStatus::Succeeded);
    Q_EMIT statusChanged(tr("Last sync: added %1, not found %2")
                             .arg(report.counters.added)
                             .arg(report.counters.notFound));
    Q_EMIT runFinished(report, automated);
    if (automated)
        Q_EMIT nextRunChanged(m_scheduler->nextRun());
}

void SyncController::onFailed(const Error &error)
{
    const bool automated = m_automated;
    if (m_preview && !automated && !m_waitingPreview)
        m_preview->showFailure(error.userMessage);
    m_waitingPreview = false;
    if (automated)
        m_scheduler->runFinished(false);
    Q_EMIT statusChanged(tr("Sync failed: %1").arg(error.userMessage));
    Q_EMIT failed(error, automated);
}

} // namespace Tsuzuki

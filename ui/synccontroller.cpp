#include "synccontroller.h"

#include "core/common/settingskeys.h"
#include "core/store/databasethread.h"
#include "core/sync/extrasrules.h"
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
    qRegisterMetaType<Tsuzuki::RunResult>();
    m_scheduler = new SyncScheduler(this);
    m_scheduler->setBusyQuery([this] { return isBusy(); });
    connect(m_scheduler, &SyncScheduler::runDue, this, &SyncController::runScheduled);
    connect(m_scheduler, &SyncScheduler::skipped, this, [this](const QDateTime &next) {
        if (m_scheduleOn)
            Q_EMIT nextRunChanged(next);
    });
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
    // Issue 16: what is sent besides first plays (background runs carry it too).
    o.extras = ExtrasRules::configured(settings);
    o.rounding = ExtrasRules::configuredRounding(settings);
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
    m_runStartedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT statusChanged(tr("Background sync: reading AniList…"));
    m_service->requestSync(SyncMode::Full, o);
}

void SyncController::applySchedule(bool enabled, int intervalMinutes, bool paused)
{
    m_scheduler->setIntervalSecs(qint64(intervalMinutes) * 60);
    m_scheduleOn = enabled && !paused;
    if (m_scheduleOn) {
        m_scheduler->start();
        Q_EMIT nextRunChanged(m_scheduler->nextRun());
    } else {
        m_scheduler->stop();
        Q_EMIT nextRunChanged({});
    }
}

PreviewDialog *SyncController::createDialog(const SyncPlan &plan)
{
    auto *dialog = new PreviewDialog(plan, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreviewDialog::fixMappingRequested, this,
        [this, dialog](qint64 anilistId, const QString &title) {
            Q_EMIT fixMappingRequested(anilistId, title, dialog);
        });
    return dialog;
}

void SyncController::onPreviewReady(const SyncPlan &plan)
{
    m_waitingPreview = false;
    if (m_automated) {
        // A background run posts what it planned; it never opens a preview.
        m_runPlan = plan;
        m_runApproved = plan.itemIds();
        Q_EMIT statusChanged(
            tr("Background sync: posting %n play(s)…", nullptr, int(plan.plays.size())));
        return;
    }
    Q_EMIT statusChanged(tr("Preview ready: %n play(s) to post", nullptr, int(plan.plays.size())));
    PreviewDialog *dialog = createDialog(plan);
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
            m_runPlan = approvedPlan;
            m_runApproved = ids;
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
    Q_EMIT statusChanged(m_automated
            ? tr("Background sync: posted %1 of %2 plays…").arg(done).arg(total)
            : tr("Posting %1 of %2 plays…").arg(done).arg(total));
}

void SyncController::onRunFinished(const SyncReport &report)
{
    const bool automated = m_automated;
    QPointer<PreviewDialog> dialog = automated ? nullptr : m_preview.data();
    if (dialog)
        dialog->showReport(report);
    if (automated) {
        m_scheduler->runFinished(report.status == RunStatus::Succeeded);
        // The tray's Sync now is a background run too: the next scheduled one counts from it,
        // so "next" is never before "last".
        if (report.status == RunStatus::Succeeded && m_runStartedAt.isValid()
            && (!m_scheduler->lastAutoRun().isValid()
                || m_scheduler->lastAutoRun() < m_runStartedAt))
            m_scheduler->setLastAutoRun(m_runStartedAt);
    }
    Q_EMIT statusChanged(tr("Last sync: added %1, not found %2")
                             .arg(report.counters.added)
                             .arg(report.counters.notFound));
    Q_EMIT runFinished(report, automated);
    if (automated)
        Q_EMIT nextRunChanged(m_scheduleOn ? m_scheduler->nextRun() : QDateTime());
    // The ledger is the record of what Trakt confirmed: the result is read from it.
    const SyncPlan plan = m_runPlan;
    const QStringList approved = m_runApproved;
    const auto deliver = [this, dialog, automated](const RunResult &result) {
        m_lastResult = result;
        m_hasResult = true;
        if (dialog)
            dialog->showResult(result);
        if (m_resultDialog && m_resultDialog != dialog)
            m_resultDialog->showResult(result);
        Q_EMIT resultReady(result, automated);
    };
    if (!m_database || !m_database->isOpen()) {
        deliver(RunResult::build(plan, approved, report, std::nullopt));
        return;
    }
    m_database->call<Result<RunResult>>(
        this,
        [plan, approved, report](
            Database &db) { return RunResult::load(db, plan, approved, report); },
        [deliver, plan, approved, report](const Result<RunResult> &result) {
            deliver(
                result ? result.value() : RunResult::build(plan, approved, report, std::nullopt));
        });
}

PreviewDialog *SyncController::showLastResult()
{
    if (!m_hasResult)
        return nullptr;
    if (m_resultDialog && m_resultDialog->isVisible()) {
        m_resultDialog->raise();
        m_resultDialog->activateWindow();
        return m_resultDialog;
    }
    PreviewDialog *dialog = createDialog(m_runPlan);
    dialog->showResult(m_lastResult);
    m_resultDialog = dialog;
    dialog->show(); // not modal: a result to look at, opened from a notification
    dialog->raise();
    dialog->activateWindow();
    return dialog;
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

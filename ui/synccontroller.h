#pragma once

#include "core/app/runresult.h"
#include "core/sync/syncplan.h"
#include "core/sync/syncservice.h"
#include "ui/dialogs/previewdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Tsuzuki {

class DatabaseThread;
class PreviewDialog;
class SyncScheduler;

/// Runs syncs for the GUI: manual syncs open a preview (PreviewDialog) and post exactly the ticked
/// items, and the dialog becomes the result; background syncs (the schedule, the tray's Sync now)
/// never open a dialog: they post at once (turning the schedule on approved them), report progress
/// by statusChanged() and keep their result for showLastResult(). Owns the SyncService (its own
/// worker thread and database connection) and the SyncScheduler.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    /// `dialogParent`: the window the preview dialogs belong to.
    explicit SyncController(QWidget *dialogParent, QObject *parent = nullptr);
    ~SyncController() override;

    /// (Re)creates the sync service for a database (after it opened or changed).
    void configure(const SyncServiceConfig &config);
    bool isConfigured() const { return m_service; }
    bool isBusy() const { return m_service && m_service->isBusy(); }
    SyncService *service() const { return m_service; }
    SyncScheduler *scheduler() const { return m_scheduler; }
    /// Options for every run (batch size and plays guard from the settings); tests adjust timings
    /// here.
    void setOptionsAdjuster(std::function<void(SyncOptions &)> adjust)
    {
        m_adjust = std::move(adjust);
    }
    SyncOptions options() const;

    /// Manual sync: computes the plan, then opens the preview (previewOpened). `anilistId` for
    /// SyncMode::Show.
    void requestPreview(SyncMode mode, qint64 anilistId = 0);
    /// Background sync (the schedule, the tray's Sync now): preview and run at once, no dialog.
    void runScheduled();
    PreviewDialog *currentPreview() const { return m_preview; }
    /// Where the run results are read from (the ledger rows of a run).
    void setDatabase(DatabaseThread *database) { m_database = database; }
    /// Opens the result of the last run in a dialog (non-blocking); null when there is none.
    PreviewDialog *showLastResult();
    bool hasLastResult() const { return m_hasResult; }
    const RunResult &lastResult() const { return m_lastResult; }
    /// Applies the schedule settings (on/off, interval) and the pause state.
    void applySchedule(bool enabled, int intervalMinutes, bool paused);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// One line for the status bar: "Computing the preview…", "Posting 12 of 40 plays…", "Idle".
    void statusChanged(const QString &text);
    void previewOpened(Tsuzuki::PreviewDialog *dialog);
    /// A run ended (manual or scheduled).
    void runFinished(const Tsuzuki::SyncReport &report, bool automated);
    /// The run's result, play by play (after runFinished, once the ledger was read).
    void resultReady(const Tsuzuki::RunResult &result, bool automated);
    /// "Fix mapping…" in a result: the owner opens the mapping flow and tells the dialog.
    void fixMappingRequested(
        qint64 anilistId, const QString &title, Tsuzuki::PreviewDialog *dialog);
    /// A preview or run could not be carried out (the error says why and what to do).
    void failed(const Tsuzuki::Error &error, bool automated);
    void nextRunChanged(const QDateTime &when);

private:
    PreviewDialog *createDialog(const SyncPlan &plan);
    void onPreviewReady(const SyncPlan &plan);
    void onProgress(int done, int total);
    void onRunFinished(const SyncReport &report);
    void onFailed(const Error &error);

    QWidget *m_dialogParent;
    QPointer<SyncService> m_service;
    DatabaseThread *m_database = nullptr;
    SyncScheduler *m_scheduler = nullptr;
    QPointer<PreviewDialog> m_preview;
    QPointer<PreviewDialog> m_resultDialog;
    SyncPlan m_runPlan; ///< the plan of the run in flight (or the last one)
    QStringList m_runApproved;
    RunResult m_lastResult;
    bool m_hasResult = false;
    std::function<void(SyncOptions &)> m_adjust;
    bool m_automated = false; // the request in flight is a background run
    bool m_scheduleOn = false;
    QDateTime m_runStartedAt; ///< when the background run in flight was asked for
    bool m_waitingPreview = false;
};

} // namespace Tsuzuki

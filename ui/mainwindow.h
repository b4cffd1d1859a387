#pragma once

#include "core/common/error.h"
#include "core/store/databasespec.h"
#include "core/sync/syncplan.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMessageBox;
class QTabWidget;

namespace Tsuzuki {

class Accounts;
class DashboardTab;
class DatabaseThread;
class MessageBanner;
class LogsTab;
class MappingUpdater;
class MappingsTab;
class OverridesTab;
class ProgressTab;
class RunsDialog;
class Services;
class SettingsDialog;
class SetupWizard;
class SyncController;
class TraktRefusalPresenter;
class TitleLookup;
class TrayController;

/// The main window: tabs Dashboard / Mappings / Overrides / Progress / Logs, menus Sync, View,
/// Settings, Help, a banner for what needs the user's attention, a status bar with the database and
/// sync state, the first-run setup. Background runs report here and in the tray, never in a
/// dialog. Owns no data: it talks to the DatabaseThread, the Services bundle and Accounts that
/// the Application built.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Tab { Dashboard, Mappings, Overrides, Progress, Logs };

    MainWindow(DatabaseThread *database, Services *services, Accounts *accounts,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads both accounts again (after a login or logout) into the dashboard; `online` also asks
    /// the services (the account names, a refused token).
    void refreshAccounts(bool online = false);
    /// Opens the setup (non-blocking) at `page` (a SetupWizard::PageId; -1: the start).
    SetupWizard *showSetup(int page = -1);
    SetupWizard *setupWizard() const;
    MappingUpdater *mappingUpdater() const { return m_updater; }
    /// A banner saying what went wrong with the database, with a button to Settings → Database.
    void showDatabaseProblem(const QString &message);
    /// A passing line in the status bar.
    void showStatusMessage(const QString &text);
    MessageBanner *banner() const { return m_banner; }

    /// Sync menu, dashboard buttons and status line drive this controller.
    void setSyncController(SyncController *sync);
    /// With a tray (and the tray setting on), closing the window hides it instead of quitting.
    void setTrayController(TrayController *tray);
    SyncController *syncController() const { return m_sync; }

    /// Connects the worker to `spec`, reading the PostgreSQL password from the keychain when
    /// needed.
    void openDatabase(DatabaseSpec spec);

    QTabWidget *tabs() const { return m_tabs; }
    DashboardTab *dashboardTab() const { return m_dashboard; }
    MappingsTab *mappingsTab() const { return m_mappings; }
    OverridesTab *overridesTab() const { return m_overrides; }
    ProgressTab *progressTab() const { return m_progress; }
    LogsTab *logsTab() const { return m_logs; }
    /// Reloads every tab from the database.
    void reloadAll();
    void showTab(Tab tab);

    /// Non-blocking (open(), not exec()) so tests can drive the dialogs; return the dialog shown.
    SettingsDialog *showSettings();
    /// Sync → Runs…: the runs with their counts, undo, export (issue 14).
    RunsDialog *showRuns();
    /// How Trakt's refusals are shown (banner, tray).
    TraktRefusalPresenter *refusals() const { return m_refusals; }
    QMessageBox *showAbout();

    /// Settings keys for the remembered window.
    static constexpr auto GeometrySetting = "ui/mainWindow/geometry";
    static constexpr auto StateSetting = "ui/mainWindow/state";
    static constexpr auto TabSetting = "ui/mainWindow/tab";
    /// Set once the user was told that closing the window keeps Tsuzuki in the tray.
    static constexpr auto TrayHintShownSetting = "ui/trayHintShown";

public Q_SLOTS:
    /// Shows, raises and activates the window (tray "Open", a second launch).
    void bringToFront();

Q_SIGNALS:
    /// File → Quit (Ctrl+Q): the composition root quits the application.
    void quitRequested();
    void databaseOpened(const QString &display);
    void databaseFailed(const QString &message);
    /// Settings other than the database were saved (schedule, tray, ...).
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createTabs();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void onDatabaseOpened(const QString &display, int schemaVersion);
    void onDatabaseOpenFailed(const QString &message);

    void onSyncFailed(const Error &error, bool automated);
    void onRunFinished(const SyncReport &report, bool automated);
    void onNotificationClicked();
    /// A login is missing or was refused: the banner says so with a button to the login.
    void showLoginProblem(const Error &error);
    void updateNextRunLabel();

    DatabaseThread *m_database;
    Services *m_services;
    Accounts *m_accounts;
    MessageBanner *m_banner = nullptr;
    SyncController *m_sync = nullptr;
    TrayController *m_tray = nullptr;

    QTabWidget *m_tabs = nullptr;
    DashboardTab *m_dashboard = nullptr;
    MappingsTab *m_mappings = nullptr;
    OverridesTab *m_overrides = nullptr;
    ProgressTab *m_progress = nullptr;
    LogsTab *m_logs = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_nextRunLabel = nullptr;
    QDateTime m_nextRun;
    QTimer m_clock; ///< refreshes the relative times in the status bar
    MappingUpdater *m_updater = nullptr;
    TitleLookup *m_lookup = nullptr;
    QPointer<SetupWizard> m_setup;
    bool m_mappingsStale = false; ///< a run ended while the Mappings tab was not shown
    bool m_lastBackgroundFailed = false; ///< a click on the notification shows the banner
    Error m_lastBackgroundError;
    QList<QAction *> m_syncActions;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<RunsDialog> m_runsDialog;
    TraktRefusalPresenter *m_refusals = nullptr;
    QPointer<QMessageBox> m_aboutBox;
};

} // namespace Tsuzuki

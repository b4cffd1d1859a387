#pragma once

#include "core/store/databasespec.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;
class QTabWidget;

namespace Tsuzuki {

class AccountServices;
class DashboardTab;
class DatabaseWorker;
class LogsTab;
class MappingsTab;
class OverridesTab;
class ProgressTab;
class SecretStore;
class SettingsDialog;
class SyncController;
class TrayController;

/// The main window: tabs Dashboard / Mappings / Overrides / Progress / Logs, menus Sync, View,
/// Settings, Help, a status bar with the database and sync state. Owns no data: it talks to the
/// DatabaseWorker (database thread) and the SecretStore it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Tab { Dashboard, Mappings, Overrides, Progress, Logs };

    MainWindow(DatabaseWorker *database, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Accounts (Trakt login, account lines on the dashboard); optional.
    void setAccountServices(AccountServices *accounts);

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
    QMessageBox *showAbout();

    /// Settings keys for the remembered window.
    static constexpr auto GeometrySetting = "ui/mainWindow/geometry";
    static constexpr auto StateSetting = "ui/mainWindow/state";
    static constexpr auto TabSetting = "ui/mainWindow/tab";

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

    DatabaseWorker *m_database;
    SecretStore *m_secrets;
    AccountServices *m_accounts = nullptr;
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
    QList<QAction *> m_syncActions;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QMessageBox> m_aboutBox;
};

} // namespace Tsuzuki

#pragma once

#include "core/net/services.h"
#include "core/sync/syncplan.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Tsuzuki {

class Accounts;
class DatabaseThread;
class MainWindow;
class SecretStore;
class SingleInstance;
class SyncController;
class TrayController;

/// What may differ between the shipped program and a test of it. The defaults are the product's;
/// main() sets only startMinimized.
struct ApplicationOptions
{
    bool startMinimized = false; ///< --minimized (with a tray)
    /// Tests shrink HTTP timings and the POST spacing; the product keeps the defaults.
    HttpTimings timings;
    std::function<void(SyncOptions &)> adjustSyncOptions;
    /// Ask a running instance to come forward instead of starting a second one (tests of one
    /// process build several Applications one after another and turn this off).
    bool singleInstance = true;
    /// On the first start (the setup never finished or closed), open the setup over the window.
    /// Tests of other things turn it off.
    bool firstRunSetup = true;
    /// Whether there is a system tray (default: ask the desktop). Offscreen tests have none and
    /// set it to test closing to the tray; the tray then records its notifications.
    std::optional<bool> trayAvailable;
};

/// The composition root of the desktop app, as a class so that tests build exactly what main()
/// builds (compare qBittorrent's Application). In the GUI thread, which is the one thread that
/// owns the keychain: the secret store (settings choose keychain or not, and its service name),
/// the process's Services bundle with its one TraktAuth, Accounts, the GUI's DatabaseThread, the
/// main window, the SyncController (whose worker reaches the secret store and TraktAuth only
/// through relays), the tray and the schedule. No logic of its own: it connects the parts.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(ApplicationOptions options = {}, QObject *parent = nullptr);
    ~Application() override; ///< stops the sync worker, then the database thread, then the rest

    /// With ApplicationOptions::singleInstance: false when another instance was running and has
    /// been asked to come forward (main() then exits); true when this one is the instance.
    bool claimInstance();
    /// Opens the database from the settings (or TSUZUKI_DATABASE) and shows the window, unless it
    /// starts minimised to the tray.
    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    SyncController *syncController() const { return m_sync; }
    TrayController *tray() const { return m_tray; }
    Services *services() const { return m_services; }
    Accounts *accounts() const { return m_accounts; }
    SecretStore *secrets() const { return m_secrets; }
    DatabaseThread *database() const { return m_database.get(); }
    SingleInstance *instance() const { return m_instance; }

Q_SIGNALS:
    /// A second launch asked this one to come forward (after the window was raised).
    void activated();

private:
    void wire();
    void configureSync();
    void applySchedule();
    void onSettingsChanged();

    ApplicationOptions m_options;
    SecretStore *m_secrets = nullptr;
    Services *m_services = nullptr;
    Accounts *m_accounts = nullptr;
    std::unique_ptr<DatabaseThread> m_database;
    std::unique_ptr<MainWindow> m_window;
    SyncController *m_sync = nullptr;
    TrayController *m_tray = nullptr;
    SingleInstance *m_instance = nullptr;
    bool m_syncStale = false; ///< settings changed while a sync ran: rebuild the worker after it
};

} // namespace Tsuzuki

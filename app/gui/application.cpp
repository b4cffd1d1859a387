#include "app/gui/application.h"

#include "core/app/accounts.h"
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/common/settingskeys.h"
#include "core/common/singleinstance.h"
#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/net/traktauth.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "core/store/logrepository.h"
#include "core/sync/syncscheduler.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"
#include "ui/tray/traycontroller.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Application::Application(ApplicationOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    QSettings settings;
    // The one secret store of the process, created (and used) in this thread only.
    m_secrets = createSecretStore(settings, this);
    m_services = new Services(ServiceConfig::load(&settings), m_secrets, m_options.timings, this);
    m_accounts = new Accounts(m_services, this);
    m_database = std::make_unique<DatabaseThread>(u"gui-worker"_s, u"gui-database"_s);
    m_database->setWatchLogs(true);
    m_window = std::make_unique<MainWindow>(m_database.get(), m_services, m_accounts);
    m_sync = new SyncController(m_window.get(), this);
    m_sync->setDatabase(m_database.get());
    if (m_options.adjustSyncOptions)
        m_sync->setOptionsAdjuster(m_options.adjustSyncOptions);
    m_window->setSyncController(m_sync);
    m_tray = m_options.trayAvailable ? new TrayController(*m_options.trayAvailable, this)
                                     : new TrayController(this);
    m_window->setTrayController(m_tray);
    m_instance = new SingleInstance({}, this);
    wire();
}

Application::~Application()
{
    // Order matters: the sync worker asks the secret store and TraktAuth through relays, so it
    // goes first; then the window and the database thread; the services and the store last.
    delete m_sync;
    m_sync = nullptr;
    m_window.reset();
    m_database.reset();
}

bool Application::claimInstance()
{
    if (!m_options.singleInstance)
        return true;
    if (m_instance->notifyRunningInstance())
        return false;
    if (!m_instance->listen())
        qCWarning(lcApp).noquote() << "single instance:" << m_instance->errorString();
    return true;
}

void Application::wire()
{
    connect(m_instance, &SingleInstance::activationRequested, m_window.get(), [this] {
        qCInfo(lcApp, "activated by a second launch");
        m_window->bringToFront();
        Q_EMIT activated();
    });
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray, &TrayController::pauseToggled, this, [this] { applySchedule(); });
    connect(m_window.get(), &MainWindow::settingsChanged, this, &Application::onSettingsChanged);
    // Logins and logouts go to the activity log, like everything else a user did.
    connect(m_accounts, &Accounts::activity, this,
        [this](const QString &level, const QString &message) {
            m_database->post(
                [level, message](Database &db) { (void)LogRepository(db).append(level, message); });
        });
    // The sync worker opens its own connection to whichever database the window opened.
    connect(m_window.get(), &MainWindow::databaseOpened, this, [this] {
        configureSync();
        m_database->call<Result<QDateTime>>(
            this,
            [](Database &db) -> Result<QDateTime> {
                return ConfigRepository(db).timestamp(
                    QString::fromLatin1(ConfigKey::SyncLastRunAuto));
            },
            [this](const Result<QDateTime> &last) {
                m_sync->scheduler()->setLastAutoRun(last.valueOr(QDateTime()));
                applySchedule();
            });
    });
    // The sync worker copied the client id when it was built: a new one (Settings, or the login
    // dialog) rebuilds it, after the run in flight if there is one.
    connect(m_services, &Services::traktClientIdChanged, this, [this] {
        if (m_database->isOpen())
            configureSync();
    });
    // Queued: busyChanged comes from inside the service's own signal handler, which must not
    // delete that service while it is still emitting (the run's result follows it).
    connect(
        m_sync, &SyncController::busyChanged, this,
        [this](bool busy) {
            if (!busy && m_syncStale)
                configureSync();
        },
        Qt::QueuedConnection);
}

void Application::configureSync()
{
    if (m_sync->isBusy()) {
        m_syncStale = true;
        return;
    }
    m_syncStale = false;
    SyncServiceConfig config;
    config.database = m_database->spec();
    config.services = m_services->config();
    config.secrets = m_secrets;
    config.traktAuth = m_services->traktAuth();
    config.timings = m_options.timings;
    m_sync->configure(config);
}

void Application::applySchedule()
{
    QSettings s;
    m_sync->applySchedule(
        s.value(QString::fromLatin1(SettingsKey::ScheduleEnabled), false).toBool(),
        s.value(QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes),
             SettingsDefault::ScheduleIntervalMinutes)
            .toInt(),
        m_tray->isPaused());
}

void Application::onSettingsChanged()
{
    // A new client id (or service address) reaches the login and the sync worker at once.
    QSettings settings;
    const ServiceConfig config = ServiceConfig::load(&settings);
    m_services->setTraktClientId(config.traktClientId);
    applySchedule();
    QApplication::setQuitOnLastWindowClosed(!m_tray->isAvailable()
        || !settings.value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool());
}

void Application::start()
{
    QSettings settings;
    auto spec = DatabaseSpec::fromEnvironmentOrSettings();
    if (spec.ok()) {
        DatabaseSpec value = spec.value();
        const QString envPassword = qEnvironmentVariable("TSUZUKI_DATABASE_PASSWORD");
        if (value.password.isEmpty() && !envPassword.isEmpty())
            value.password = envPassword;
        if (!value.password.isEmpty())
            registerSecret(value.password);
        m_window->openDatabase(value);
    } else {
        // A broken URI in the settings: say so where it can be fixed, Settings → Database.
        m_window->show();
        m_window->showDatabaseProblem(spec.error().userMessage);
    }

    const bool trayOn
        = settings.value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool();
    if (!m_tray->isAvailable())
        m_window->showStatusMessage(
            tr("No system tray on this desktop: closing the window quits Tsuzuki."));
    const bool hidden = m_tray->isAvailable() && trayOn
        && (m_options.startMinimized
            || settings.value(QString::fromLatin1(SettingsKey::StartMinimized), false).toBool());
    if (!hidden)
        m_window->show();
    QApplication::setQuitOnLastWindowClosed(!(m_tray->isAvailable() && trayOn));
    // The first start: log in, fetch the mapping data, choose the first sync. Once finished or
    // closed, it is in the Settings menu.
    if (!hidden && m_options.firstRunSetup
        && !settings.value(QString::fromLatin1(SetupWizard::CompletedSetting), false).toBool())
        m_window->showSetup();
}

} // namespace Tsuzuki

// tsuzuki: the desktop app. Composition root: identity, translations, single instance, secret
// store, the database worker thread, accounts, sync controller, tray and the main window. No logic
// of its own.
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/common/appinfo.h"
#include "core/log/redact.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "ui/accountservices.h"
#include "ui/databaseworker.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"
#include "ui/singleinstance.h"
#include "ui/synccontroller.h"
#include "ui/translations.h"
#include "ui/tray/traycontroller.h"

#include "core/sync/syncscheduler.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

int main(int argc, char *argv[])
{
    // --version and --help answer before any window system is touched (works on a headless server).
    bool startMinimized = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            QTextStream(stdout) << "tsuzuki " << QStringLiteral(TSUZUKI_VERSION) << Qt::endl;
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            QTextStream(stdout) << "Usage: tsuzuki [--minimized] [--version] [--help]\n"
                                << "Keeps Trakt watch history in step with AniList. See "
                                   "tsuzuki-cli for headless use."
                                << Qt::endl;
            return 0;
        }
        if (arg == "--minimized")
            startMinimized = true;
    }

    const RedactingMessageHandlerScope redactingHandler; // removed again before teardown
    QApplication app(argc, argv);
    initApplicationIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Tsuzuki::App", "Tsuzuki"));
    QApplication::setDesktopFileName(QString::fromLatin1(ApplicationId));
    QSettings settings;
    Translations::install(
        settings.value(QString::fromLatin1(Translations::LanguageSettingKey)).toString());

    SingleInstance instance;
    if (instance.notifyRunningInstance())
        return 0; // the running one comes forward
    instance.listen();

    auto *secrets = createSecretStore(settings, &app);
    auto database = std::make_unique<DatabaseWorker>();
    auto *accounts = new AccountServices(ServiceConfig::load(&settings), secrets, &app);

    MainWindow window(database.get(), secrets);
    window.setAccountServices(accounts);
    auto *sync = new SyncController(&window, &app);
    window.setSyncController(sync);
    auto *tray = new TrayController(&app);
    window.setTrayController(tray);
    QObject::connect(
        &instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QApplication::quit);
    QObject::connect(tray, &TrayController::pauseToggled, &window, [sync](bool paused) {
        QSettings s;
        sync->applySchedule(
            s.value(QString::fromLatin1(SettingsKey::ScheduleEnabled), false).toBool(),
            s.value(QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes),
                 SettingsDefault::ScheduleIntervalMinutes)
                .toInt(),
            paused);
    });
    const auto applySchedule = [sync, tray] {
        QSettings s;
        sync->applySchedule(
            s.value(QString::fromLatin1(SettingsKey::ScheduleEnabled), false).toBool(),
            s.value(QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes),
                 SettingsDefault::ScheduleIntervalMinutes)
                .toInt(),
            tray->isPaused());
    };
    QObject::connect(&window, &MainWindow::settingsChanged, &window, applySchedule);

    // The sync engine opens its own connection to whichever database the window opened.
    QObject::connect(
        &window, &MainWindow::databaseOpened, &window, [&window, &database, sync, applySchedule] {
            SyncServiceConfig config;
            config.database = database->spec();
            config.services = ServiceConfig::load(std::make_unique<QSettings>().get());
            sync->configure(config);
            database->call<Result<QDateTime>>(
                &window,
                [](Database &db) -> Result<QDateTime> {
                    return ConfigRepository(db).timestamp(
                        QString::fromLatin1(ConfigKey::SyncLastRunAuto));
                },
                [sync, applySchedule](const Result<QDateTime> &last) {
                    sync->scheduler()->setLastAutoRun(last.valueOr(QDateTime()));
                    applySchedule();
                });
        });

    auto spec = DatabaseSpec::fromEnvironmentOrSettings();
    if (spec.ok()) {
        const QString envPassword = qEnvironmentVariable("TSUZUKI_DATABASE_PASSWORD");
        DatabaseSpec value = spec.value();
        if (value.password.isEmpty() && !envPassword.isEmpty())
            value.password = envPassword;
        if (!value.password.isEmpty())
            registerSecret(value.password);
        window.openDatabase(value);
    } else {
        // A broken URI in the settings: say so and let the user fix it in Settings → Database.
        window.show();
        QMessageBox::warning(&window, QCoreApplication::translate("Tsuzuki::App", "Database"),
            spec.error().userMessage);
        window.showSettings();
    }

    const bool trayOn
        = settings.value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool();
    if (!tray->isAvailable()) {
        // Some desktops have no tray: stay a normal window and say why closing quits.
        window.statusBar()->showMessage(
            QCoreApplication::translate("Tsuzuki::App",
                "No system tray on this desktop: closing the window quits Tsuzuki."),
            10000);
    }
    const bool hidden = tray->isAvailable() && trayOn
        && (startMinimized
            || settings.value(QString::fromLatin1(SettingsKey::StartMinimized), false).toBool());
    if (!hidden)
        window.show();
    QApplication::setQuitOnLastWindowClosed(!(tray->isAvailable() && trayOn));

    const int code = app.exec();
    delete sync; // stops the sync worker thread
    database.reset(); // closes the connection in its own thread before the app goes
    return code;
}

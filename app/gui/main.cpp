// tsuzuki: the desktop app. Composition root: identity, single instance, secret store, the database
// worker thread, the main window. No logic of its own.
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/common/appinfo.h"
#include "core/log/redact.h"
#include "ui/databaseworker.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

int main(int argc, char *argv[])
{
    // --version and --help answer before any window system is touched (works on a headless server).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            QTextStream(stdout) << "tsuzuki " << QStringLiteral(TSUZUKI_VERSION) << Qt::endl;
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            QTextStream(stdout) << "Usage: tsuzuki [--version] [--help]\n"
                                << "Keeps Trakt watch history in step with AniList. See tsuzuki-cli for headless use."
                                << Qt::endl;
            return 0;
        }
    }

    QApplication app(argc, argv);
    initApplicationIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Tsuzuki::App", "Tsuzuki"));
    QApplication::setDesktopFileName(QString::fromLatin1(ApplicationId));
    installRedactingMessageHandler();

    SingleInstance instance;
    if (instance.notifyRunningInstance())
        return 0; // the running one comes forward
    instance.listen();

    QSettings settings;
    auto *secrets = createSecretStore(settings, &app);
    auto database = std::make_unique<DatabaseWorker>();

    MainWindow window(database.get(), secrets);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QApplication::quit);

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
    window.show();

    const int code = app.exec();
    database.reset(); // closes the connection in its own thread before the app goes
    return code;
}

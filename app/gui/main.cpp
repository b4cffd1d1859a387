// tsuzuki: the desktop app. main() answers --version/--help, builds the Application (the
// composition root, app/gui/application.h) and runs the event loop; nothing else.
#include "app/gui/application.h"
#include "core/common/appinfo.h"
#include "core/common/terminationwatcher.h"
#include "core/common/translations.h"
#include "core/log/logging.h"
#include "core/log/redact.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

using namespace Tsuzuki;

int main(int argc, char *argv[])
{
    // --version and --help answer before any window system is touched (works on a headless server).
    ApplicationOptions options;
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
            options.startMinimized = true;
    }

    const RedactingMessageHandlerScope redactingHandler; // removed again before teardown
    QApplication qapp(argc, argv);
    initApplicationIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Tsuzuki::App", "Tsuzuki"));
    QApplication::setDesktopFileName(QString::fromLatin1(ApplicationId));
    Translations::install(
        QSettings().value(QString::fromLatin1(Translations::LanguageSettingKey)).toString());

    int code = 0;
    {
        Application app(options);
        if (!app.claimInstance())
            return 0; // the running one comes forward
        // SIGTERM (logout, `kill`), SIGINT and SIGHUP end the program through the event loop.
        TerminationWatcher termination;
        QObject::connect(
            &termination, &TerminationWatcher::terminationRequested, &qapp, [](int signalNumber) {
                qCInfo(lcApp, "signal %d: quitting", signalNumber);
                QCoreApplication::quit();
            });
        app.start();
        qCInfo(lcApp, "ready");
        code = QApplication::exec();
    }
    return code;
}

// tsuzuki-cli: the headless twin of the app. Composition root: global options, the secret store,
// the database, then the command (app/cli/*commands.cpp) does its work.
#include "app/cli/command.h"
#include "core/auth/layeredsecretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/common/appinfo.h"
#include "core/common/translations.h"
#include "core/log/redact.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace Tsuzuki::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

void printUsage(QTextStream &out)
{
    out << tr("Usage: tsuzuki-cli [--database URI|FILE] [--json] [--verbose] <command> [arguments]")
        << Qt::endl
        << Qt::endl
        << tr("Commands:") << Qt::endl;
    QList<Cli::Command> commands = Cli::Registry::commands();
    std::sort(commands.begin(), commands.end(),
        [](const auto &a, const auto &b) { return a.words < b.words; });
    for (const Cli::Command &command : commands) {
        const QString name = QString(command.words.join(u' ') + u' ' + command.arguments).trimmed();
        out << u"  "_s << name.leftJustified(58) << u' ' << tr(command.summary) << Qt::endl;
    }
    out << Qt::endl
        << tr("The database is --database, else TSUZUKI_DATABASE, else the one chosen in the app's "
              "settings, else "
              "the default SQLite file. A postgresql:// URI takes its password from the keychain "
              "(or "
              "TSUZUKI_DATABASE_PASSWORD).")
        << Qt::endl;
}

/// The command whose words are the longest prefix of `words`.
const Cli::Command *findCommand(const QStringList &words, qsizetype *consumed)
{
    const Cli::Command *best = nullptr;
    for (const Cli::Command &command : Cli::Registry::commands()) {
        if (command.words.size() > words.size()
            || (best && command.words.size() <= best->words.size()))
            continue;
        if (std::equal(command.words.cbegin(), command.words.cend(), words.cbegin()))
            best = &command;
    }
    *consumed = best ? best->words.size() : 0;
    return best;
}

} // namespace
} // namespace Tsuzuki::Cli

int main(int argc, char *argv[])
{
    // Installed before the application object and removed when main() returns: Qt logs once more
    // while it unloads plugins during the process's teardown.
    const RedactingMessageHandlerScope redactingHandler;
    QCoreApplication app(argc, argv);
    initApplicationIdentity();
    Translations::install(
        QSettings().value(QString::fromLatin1(Translations::LanguageSettingKey)).toString());

    Cli::Context context;
    QString databaseArg;
    QStringList rest;
    bool help = false;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--version"_s || arg == u"-v"_s) {
            context.out << u"tsuzuki-cli "_s << applicationVersion() << Qt::endl;
            return 0;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            help = true;
        } else if (arg == u"--json"_s) {
            context.json = true;
        } else if (arg == u"--verbose"_s) {
            context.verbose = true;
        } else if (arg == u"--database"_s) {
            if (i + 1 >= arguments.size()) {
                context.err << QCoreApplication::translate(
                    "Tsuzuki::Cli", "--database needs a postgresql:// URI or a SQLite file path.")
                            << Qt::endl;
                return 2;
            }
            databaseArg = arguments.at(++i);
        } else if (arg.startsWith(u"--database="_s)) {
            databaseArg = arg.mid(11);
        } else {
            rest << arg;
        }
    }

    if (context.verbose)
        QLoggingCategory::setFilterRules(u"tsuzuki.*.debug=true\ntsuzuki.*.info=true"_s);

    qsizetype consumed = 0;
    const Cli::Command *command = Cli::findCommand(rest, &consumed);
    if (help || !command) {
        Cli::printUsage(help ? context.out : context.err);
        if (!help && !rest.isEmpty())
            context.err << Qt::endl
                        << QCoreApplication::translate("Tsuzuki::Cli", "Unknown command: %1")
                               .arg(rest.join(u' '))
                        << Qt::endl;
        return help ? 0 : 2;
    }
    context.args = rest.mid(consumed);

    auto spec = databaseArg.isEmpty() ? DatabaseSpec::fromEnvironmentOrSettings()
                                      : DatabaseSpec::parse(databaseArg);
    if (!spec) {
        context.err << redact(spec.error()).toString() << Qt::endl;
        return 2;
    }
    context.spec = spec.value();
    if (!context.spec.password.isEmpty())
        registerSecret(context.spec.password);
    if (!databaseArg.isEmpty() && !context.spec.password.isEmpty()) {
        context.err << QCoreApplication::translate("Tsuzuki::Cli",
            "Warning: the password in --database can be read by every user of this "
            "computer (in the process list). Keep it in the keychain (the app's "
            "Settings → Database) or in TSUZUKI_DATABASE_PASSWORD instead.")
                    << Qt::endl;
    }

    QSettings settings;
    context.secrets = createSecretStore(settings, &app);

    auto runCommand = [&context, command] {
        if (command->needsDatabase) {
            auto db = Database::openAndMigrate(context.spec, u"cli"_s);
            if (!db) {
                context.fail(db.error());
                return;
            }
            context.db = std::move(db).value();
        }
        command->run(context);
    };

    if (command->needsDatabase && context.spec.isPostgres() && context.spec.password.isEmpty()) {
        // The password lives in the keychain; without one (trust or peer auth) we go on without it.
        SecretJob *job = context.secrets->read(QString::fromLatin1(SecretKey::DatabasePassword));
        QObject::connect(job, &SecretJob::finished, &app, [&context, job, runCommand] {
            if (job->ok()) {
                context.spec.password = job->value();
                registerSecret(context.spec.password);
            }
            runCommand();
        });
    } else {
        QTimer::singleShot(0, &app, runCommand);
    }
    const int code = QCoreApplication::exec();
    context.db.reset();
    return code;
}

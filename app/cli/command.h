#pragma once

#include "core/auth/secretstore.h"
#include "core/common/result.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Tsuzuki {
class Services;
}

namespace Tsuzuki::Cli {

/// What a command gets: its arguments, the opened database, the secret store and the output
/// streams. A command may work asynchronously; it ends by calling finish() exactly once.
class Context final
{
    Q_DISABLE_COPY_MOVE(Context)

public:
    Context();

    QStringList args; ///< arguments after the command words
    bool json = false; ///< --json: print one JSON object instead of text
    bool verbose = false;
    DatabaseSpec spec; ///< from --database, TSUZUKI_DATABASE, settings, or the default file
    SecretStore *secrets = nullptr;
    std::unique_ptr<Database> db; ///< opened and migrated before run() when the command needs it
    QTextStream out;
    QTextStream err;

    Database &database() { return *db; }
    /// The process's one Services bundle (one TraktAuth), built on first use from the settings
    /// and the environment (service URLs, test timings).
    Services *services();
    /// Ends the program with `code` once control returns to the event loop.
    void finish(int code);
    /// Prints the error (redacted) and finishes with its exit code (exitCodeFor: 1 for most).
    void fail(const Error &error);
    /// Parses `args` with `parser` (its options and positional arguments). On a usage error prints
    /// it and finishes with exit code 2, returning false.
    bool parse(QCommandLineParser &parser);
    bool finished() const { return m_finished; }

private:
    bool m_finished = false;
    Services *m_services = nullptr;
};

/// One `tsuzuki-cli` command: the words that name it ("mappings", "import"), a one-line synopsis of
/// its arguments and what it does, and the function that runs it.
struct Command
{
    QStringList words;
    QString arguments;
    /// Untranslated (QT_TRANSLATE_NOOP("Tsuzuki::Cli", ...)): commands register during static
    /// initialisation, before the translator is installed; `--help` translates it when printing.
    const char *summary = "";
    bool needsDatabase = true;
    std::function<void(Context &)> run;
};

/// Commands register themselves from their own file (a static Registration), so that adding a
/// command touches only the file that holds it.
class Registry final
{
public:
    static QList<Command> &commands();
};

struct Registration
{
    explicit Registration(const std::function<QList<Command>()> &make)
    {
        Registry::commands().append(make());
    }
};

/// Output helpers shared by commands.
QString formatLocal(const QDateTime &utc);

/// The exit status (packaging/man/tsuzuki-cli.1): 0 success, 1 failure, 2 usage, 3 another sync
/// holds the database, 4 above the plays guard, and Trakt's refusals (issue 14): 5 Trakt no longer
/// accepts the login or the app (log in again), 6 account limit (420), 7 account locked (423),
/// 8 VIP required (426).
namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
inline constexpr int Locked = 3;
inline constexpr int Guarded = 4;
inline constexpr int TraktLogin = 5;
inline constexpr int TraktLimit = 6;
inline constexpr int TraktLocked = 7;
inline constexpr int TraktVip = 8;
} // namespace ExitCode
int exitCodeFor(ErrorCode code);

} // namespace Tsuzuki::Cli

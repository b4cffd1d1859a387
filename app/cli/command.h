#pragma once

#include "core/auth/secretstore.h"
#include "core/common/result.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

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
    /// Ends the program with `code` once control returns to the event loop.
    void finish(int code);
    /// Prints the error (redacted) and finishes with exit code 1.
    void fail(const Error &error);
    /// Parses `args` with `parser` (its options and positional arguments). On a usage error prints
    /// it and finishes with exit code 2, returning false.
    bool parse(QCommandLineParser &parser);
    bool finished() const { return m_finished; }

private:
    bool m_finished = false;
};

/// One `tsuzuki-cli` command: the words that name it ("mappings", "import"), a one-line synopsis of
/// its arguments and what it does, and the function that runs it.
struct Command
{
    QStringList words;
    QString arguments;
    QString summary;
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

} // namespace Tsuzuki::Cli

#include "command.h"

#include "core/log/redact.h"
#include "core/net/services.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

Context::Context()
    : out(stdout)
    , err(stderr)
{ }

void Context::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    out.flush();
    err.flush();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void Context::fail(const Error &error)
{
    const Error safe = redact(error);
    err << QCoreApplication::translate("Tsuzuki::Cli", "Error: %1").arg(safe.userMessage)
        << Qt::endl;
    if (!safe.detail.isEmpty() && safe.detail != safe.userMessage)
        err << QCoreApplication::translate("Tsuzuki::Cli", "Detail: %1").arg(safe.detail)
            << Qt::endl;
    finish(exitCodeFor(error.code));
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitCode::Success;
    case ErrorCode::DatabaseLocked:
        return ExitCode::Locked;
    case ErrorCode::AppRevoked:
    case ErrorCode::RefreshRefused:
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
        return ExitCode::TraktLogin;
    case ErrorCode::AccountLimit:
        return ExitCode::TraktLimit;
    case ErrorCode::AccountLocked:
        return ExitCode::TraktLocked;
    case ErrorCode::VipOnly:
        return ExitCode::TraktVip;
    default:
        return ExitCode::Failure;
    }
}

Services *Context::services()
{
    if (!m_services) {
        QSettings settings;
        m_services = new Services(
            ServiceConfig::load(&settings), secrets, HttpTimings::fromEnvironment(), qApp);
    }
    return m_services;
}

namespace {

bool isNegativeNumber(const QString &arg)
{
    static const QRegularExpression number(u"^-\\d+(\\.\\d+)?$"_s);
    return number.match(arg).hasMatch();
}

/// Whether `arg` is an option of `parser` that takes a value (found by parsing it alone with a
/// probe value).
bool takesValue(QCommandLineParser &parser, const QString &arg)
{
    if (!arg.startsWith(u'-') || arg.contains(u'=') || isNegativeNumber(arg))
        return false;
    const QString probe = u"\x01probe"_s;
    if (!parser.parse({ QCoreApplication::applicationFilePath(), arg, probe }))
        return false;
    const QString name = QString(arg).remove(QRegularExpression(u"^-+"_s));
    return parser.isSet(name) && parser.value(name) == probe;
}

/// QCommandLineParser reads "-5" as the option "5": a negative number that is not an option's
/// value is moved behind "--", where it is a positional argument like any other (positional
/// arguments keep their order), so that the command can say what is wrong with it.
QStringList withNegativeNumbersPositional(QCommandLineParser &parser, const QStringList &args)
{
    if (std::none_of(args.cbegin(), args.cend(), isNegativeNumber))
        return args;
    QStringList options;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--"_s) {
            positional << args.mid(i + 1);
            break;
        }
        if (isNegativeNumber(arg) || !arg.startsWith(u'-')) {
            positional << arg;
            continue;
        }
        options << arg;
        if (takesValue(parser, arg) && i + 1 < args.size())
            options << args.at(++i);
    }
    return options + QStringList { u"--"_s } + positional;
}

} // namespace

bool Context::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList arguments = withNegativeNumbersPositional(parser, args);
    if (!parser.parse(QStringList { QCoreApplication::applicationFilePath() } + arguments)) {
        err << parser.errorText() << Qt::endl;
        finish(2);
        return false;
    }
    return true;
}

QList<Command> &Registry::commands()
{
    static QList<Command> all;
    return all;
}

QString formatLocal(const QDateTime &utc)
{
    if (!utc.isValid())
        return QCoreApplication::translate("Tsuzuki::Cli", "never");
    const QDateTime local = utc.toLocalTime();
    return local.toString(u"yyyy-MM-dd HH:mm:ss "_s) + local.timeZoneAbbreviation();
}

} // namespace Tsuzuki::Cli

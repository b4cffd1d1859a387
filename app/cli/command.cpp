#include "command.h"

#include "core/log/redact.h"
#include "core/net/services.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

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
    finish(1);
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

bool Context::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QCoreApplication::applicationFilePath() } + args)) {
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

#include "timeformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

QString formatLocalTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(u"yyyy-MM-dd HH:mm:ss "_s) + local.timeZoneAbbreviation();
}

QString formatUtcTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString formatRelative(const QDateTime &time, const QDateTime &now)
{
    // Every phrase spelled out in a translate() call, so that lupdate finds it (and its plural
    // forms): a phrase passed through a variable is never translated.
    if (!time.isValid())
        return QCoreApplication::translate("Tsuzuki::Time", "never");
    const qint64 seconds = now.secsTo(time);
    const qint64 magnitude = qAbs(seconds);
    const bool future = seconds > 0;
    if (magnitude < 60)
        return future ? QCoreApplication::translate("Tsuzuki::Time", "in a moment")
                      : QCoreApplication::translate("Tsuzuki::Time", "just now");
    if (magnitude < 3600) {
        const int n = int(magnitude / 60);
        return future
            ? QCoreApplication::translate("Tsuzuki::Time", "in %n minute(s)", nullptr, n)
            : QCoreApplication::translate("Tsuzuki::Time", "%n minute(s) ago", nullptr, n);
    }
    if (magnitude < 86400) {
        const int n = int(magnitude / 3600);
        return future ? QCoreApplication::translate("Tsuzuki::Time", "in %n hour(s)", nullptr, n)
                      : QCoreApplication::translate("Tsuzuki::Time", "%n hour(s) ago", nullptr, n);
    }
    const int n = int(magnitude / 86400);
    return future ? QCoreApplication::translate("Tsuzuki::Time", "in %n day(s)", nullptr, n)
                  : QCoreApplication::translate("Tsuzuki::Time", "%n day(s) ago", nullptr, n);
}

} // namespace Tsuzuki

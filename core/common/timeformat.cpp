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

QString formatRelative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return QCoreApplication::translate("Tsuzuki::Time", "never");
    const qint64 seconds = now.secsTo(time);
    const qint64 magnitude = qAbs(seconds);
    const bool future = seconds > 0;
    auto phrase = [future](const char *past, const char *ahead, int n) {
        return QCoreApplication::translate("Tsuzuki::Time", future ? ahead : past, nullptr, n);
    };
    if (magnitude < 60)
        return future ? QCoreApplication::translate("Tsuzuki::Time", "in a moment")
                      : QCoreApplication::translate("Tsuzuki::Time", "just now");
    if (magnitude < 3600)
        return phrase("%n minute(s) ago", "in %n minute(s)", int(magnitude / 60));
    if (magnitude < 86400)
        return phrase("%n hour(s) ago", "in %n hour(s)", int(magnitude / 3600));
    return phrase("%n day(s) ago", "in %n day(s)", int(magnitude / 86400));
}

} // namespace Tsuzuki

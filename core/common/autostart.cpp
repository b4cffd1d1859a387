#include "autostart.h"

#include "core/common/appinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Autostart {

QString entryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/"_s + QString::fromLatin1(ApplicationId) + u".desktop"_s;
}

bool isEnabled()
{
    return QFile::exists(entryPath());
}

bool setEnabled(bool enabled, const QString &executable, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QFile(path).errorString();
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = u"cannot create %1"_s.arg(QFileInfo(path).absolutePath());
        return false;
    }
    QString exec = executable;
    if (exec.contains(u' '))
        exec = u'"' + exec + u'"';
    const QString text
        = u"[Desktop Entry]\n"
          u"Type=Application\n"
          u"Name=Tsuzuki\n"
          u"Comment=Keeps Trakt watch history in step with AniList\n"
          u"Exec=%1 --minimized\n"
          u"Icon=%2\n"
          u"Terminal=false\n"
          u"X-GNOME-Autostart-enabled=true\n"_s.arg(exec, QString::fromLatin1(ApplicationId));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Tsuzuki::Autostart

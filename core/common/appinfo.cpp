#include "appinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"tsuzuki"_s);
    QCoreApplication::setOrganizationDomain(u"tsuzuki_app.github.io"_s);
    QCoreApplication::setApplicationName(u"tsuzuki"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(TSUZUKI_VERSION);
}

} // namespace Tsuzuki

#include "urlopener.h"

#include <QDesktopServices>

namespace Tsuzuki::UrlOpener {

namespace {
Function &installed()
{
    static Function function;
    return function;
}
} // namespace

bool open(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (installed())
        return installed()(url);
    return QDesktopServices::openUrl(url);
}

void setFunction(Function function)
{
    installed() = std::move(function);
}

} // namespace Tsuzuki::UrlOpener

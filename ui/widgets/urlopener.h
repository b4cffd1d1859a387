#pragma once

#include <QUrl>

#include <functional>

namespace Tsuzuki {

/// Opens web pages in the user's browser (QDesktopServices) for every window of the app, in one
/// place, so that a browser that cannot be launched is noticed (open() is false) and tests can
/// record the addresses instead of starting a browser.
namespace UrlOpener {
using Function = std::function<bool(const QUrl &)>;
/// True when a browser was started for `url`.
bool open(const QUrl &url);
/// Replaces how pages are opened (null: the browser again). For tests.
void setFunction(Function function);
} // namespace UrlOpener

} // namespace Tsuzuki

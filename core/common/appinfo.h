#pragma once

#include <QString>

namespace Tsuzuki {

/// Sets the organisation/application names every binary shares, so that the GUI and the CLI read
/// the same settings (~/.config/tsuzuki/tsuzuki.conf) and the same default database.
void initApplicationIdentity();

/// "0.1.0"
QString applicationVersion();

/// The reverse-DNS application id used by the desktop file, metainfo and icons.
inline constexpr auto ApplicationId = "io.github.tsuzuki_app.Tsuzuki";

} // namespace Tsuzuki

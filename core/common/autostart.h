#pragma once

#include <QString>

namespace Tsuzuki {

/// Start at login: an XDG autostart entry (~/.config/autostart/<app id>.desktop) on Linux.
namespace Autostart {

/// Where the entry lives ($XDG_CONFIG_HOME/autostart/io.github.tsuzuki_app.Tsuzuki.desktop).
QString entryPath();
bool isEnabled();
/// Writes (with `executable --minimized`) or removes the entry; false with `error` set on failure.
bool setEnabled(bool enabled, const QString &executable, QString *error = nullptr);

} // namespace Autostart

} // namespace Tsuzuki

#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace Tsuzuki {

/// The imported mapping sources (rows of `id_map.source`).
enum class MappingSource { Otaku, Fribbs, AniBridge };

namespace MappingSources {
/// Every source, in the order the dashboard shows them.
QList<MappingSource> all();
/// "otaku", "fribbs", "anibridge": the `id_map.source` value and the CLI word.
QString key(MappingSource source);
/// "Otaku", "Fribbs", "AniBridge": named in messages.
QString displayName(MappingSource source);
std::optional<MappingSource> fromKey(QStringView key);
/// The status key set after a successful import (`status:<key>:last-sync`).
QString lastSyncKey(MappingSource source);
/// Where to download: TSUZUKI_OTAKU_URL / TSUZUKI_FRIBBS_URL / TSUZUKI_ANIBRIDGE_URL, else the
/// settings key (settingsKey(), set in the app), else the upstream raw file (SOURCES.md).
QUrl downloadUrl(MappingSource source,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QString urlEnvironmentVariable(MappingSource source);
/// QSettings key of the user's download URL ("mapping/otakuUrl", ...).
QString settingsKey(MappingSource source);
} // namespace MappingSources

} // namespace Tsuzuki

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace Tsuzuki {

/// The imported mapping sources (rows of `id_map.source`).
enum class MappingSource { Otaku, Fribbs, AniBridge };

namespace MappingSources {
/// "otaku", "fribbs", "anibridge": the `id_map.source` value and the CLI word.
QString key(MappingSource source);
/// "Otaku", "Fribbs", "AniBridge": named in messages.
QString displayName(MappingSource source);
std::optional<MappingSource> fromKey(QStringView key);
/// The status key set after a successful import (`status:<key>:last-sync`).
QString lastSyncKey(MappingSource source);
/// Upstream raw file (SOURCES.md), overridden by TSUZUKI_OTAKU_URL / TSUZUKI_FRIBBS_URL /
/// TSUZUKI_ANIBRIDGE_URL.
QUrl downloadUrl(MappingSource source,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QString urlEnvironmentVariable(MappingSource source);
} // namespace MappingSources

} // namespace Tsuzuki

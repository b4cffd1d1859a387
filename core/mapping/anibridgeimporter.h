#pragma once

#include "core/mapping/mappingimporter.h"

namespace Tsuzuki {

/// PlexAniBridge v2 `mappings.json` (AniList-keyed, `tvdb_mappings` episode patterns, SOURCES.md
/// §5).
class AniBridgeImporter final
{
public:
    static Result<ParsedSource> parse(const QByteArray &json);
    /// The ordered season patterns kept in `id_map.extra`:
    /// {"tvdbMappings":[{"season":0,"pattern":"e2"},...]}.
    static QList<SeasonPattern> patternsFromExtra(const QString &extra);
};

} // namespace Tsuzuki

#pragma once

#include "core/mapping/mappingimporter.h"
#include "core/mapping/rangemap.h"

namespace Tsuzuki {

class JsonStreamReader;
class MappingFile;

/// One target of an AniBridge v3 entry: `tmdb_show:<id>:s<N>`, `tmdb_movie:<id>`,
/// `tvdb_show:<id>:s<N>`, with the AniList episodes it covers.
struct V3Target
{
    QString provider; ///< "tmdb_show", "tmdb_movie", "tvdb_show"
    qint64 id = 0;
    std::optional<int> season; ///< shows: the season scope
    QList<RangePiece> pieces; ///< AniList episode → target episode

    QString descriptor() const;
};

/// AniBridge v3 `mappings.json` / `.min.json` / `.json.zst` (SOURCES.md §7b), read as a stream:
/// source descriptor → target descriptor → range map, plus `$meta`. AniList ids that are a
/// target of another source (e.g. `anidb:<id>:R`) get that source's TMDB/TVDB targets composed
/// through the shared ranges; an AniList key's own targets win for the same target.
class AniBridgeV3Importer final
{
public:
    /// The `id_map.source` of v3 rows (v2 rows stay "anibridge").
    static QString idMapSource();
    /// Whether the start of the data is v3 (descriptor keys) rather than v2 (AniList-id keys).
    static bool looksLikeV3(const QByteArray &head);
    static Result<ParsedSource> parse(MappingFile &file);
    /// The same from memory (fuzzing, tests).
    static Result<ParsedSource> parseData(const QByteArray &json);
    /// The targets kept in `id_map.extra` ({"v3":[{"t":"tmdb_show:1:s2","p":[[1,12,1,1]]}]}).
    static QList<V3Target> targetsFromExtra(const QString &extra);

private:
    static Result<ParsedSource> parseStream(JsonStreamReader &reader, const QString &readError);
};

} // namespace Tsuzuki

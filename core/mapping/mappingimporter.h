#pragma once

#include "core/common/result.h"
#include "core/mapping/episodepattern.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingsource.h"
#include "core/store/idmaprepository.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace Tsuzuki {

class Database;

/// What a source file held, ready for `id_map`.
struct ParsedSource
{
    QList<IdMapRow> rows; ///< one per AniList id
    qint64 entries = 0; ///< entries read (with or without an AniList id)
    qint64 duplicates = 0; ///< later entries for an AniList id already seen (the first wins)
    std::optional<QDateTime> lastActivity; ///< Otaku `activities.last_updated`
    /// The `id_map.source` the rows go to when it is not the source's key ("anibridge-v3").
    QString idMapSource;
    qint64 composedLinks = 0; ///< AniBridge v3: AniList links through a shared source
};

struct ImportSummary
{
    MappingSource source = MappingSource::Otaku;
    qint64 anilistIds = 0; ///< rows written to id_map
    qint64 entries = 0;
    qint64 parseMs = 0;
    qint64 writeMs = 0;
    QString idMapSource; ///< where the rows went ("anibridge" for v2, "anibridge-v3", ...)
};

/// Progress of one import: `stage` is "read" or "write", `done` of `total` steps.
using ImportProgress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

/// Imports one mapping-source file into `id_map` (one transaction) and sets its status keys.
/// Bad input fails with an error naming the source and the problem; the previous rows stay as they
/// were.
class MappingImporter final
{
public:
    explicit MappingImporter(Database &db)
        : m_db(db)
    { }

    /// Regular files only, size-capped (`limits`); zstd files are decompressed as they are read.
    Result<ImportSummary> importFile(MappingSource source, const QString &path,
        const ImportProgress &progress = {}, const MappingFileLimits &limits = {});
    /// Writes already parsed rows (the download path parses from memory).
    Result<ImportSummary> importParsed(
        MappingSource source, const ParsedSource &parsed, const ImportProgress &progress = {});

    /// Reads a file of `source` without touching the database.
    /// AniBridge files are v2 (AniList-keyed) or v3 (descriptors, `.json` or `.json.zst`): the
    /// content decides.
    static Result<ParsedSource> parseFile(
        MappingSource source, const QString &path, const MappingFileLimits &limits = {});

private:
    /// One line in the activity log per import, good or bad.
    void logImport(MappingSource source, const Result<ImportSummary> &result);

    Database &m_db;
};

} // namespace Tsuzuki

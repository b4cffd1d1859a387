#pragma once

#include "core/common/result.h"
#include "core/mapping/episodemapper.h"
#include "core/mapping/titlekind.h"
#include "core/store/mappingrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tsuzuki {

class Database;

/// What one mapping source says about one AniList episode.
struct SourceAnswer
{
    QString source; ///< "override", "mapping", "anibridge-v3", "fribbs", "otaku", "anibridge"
    QString name; ///< shown: "AniBridge v3", "Anime-Lists (Fribb)", ...
    QString kind; ///< "show", "movie" or empty (no opinion)
    std::optional<qint64> traktId;
    std::optional<qint64> tmdbId;
    QString place; ///< "S2E1", "movie" or empty
    QString numbering; ///< "tmdb", "tvdb", "trakt" or empty
    bool used = false; ///< this answer decided the result
    bool disagrees = false; ///< differs from the result (place, kind or TMDB id)
    QString note;
    QJsonObject toJson() const;
};

/// Provenance of one mapping decision: every source's answer, which one won and why, and where
/// they disagree. Built from the same inputs and functions the sync uses (TitleKind,
/// IdResolver's result, EpisodeMapper::decide), so it explains exactly what a sync would post.
struct MappingExplanation
{
    qint64 anilistId = 0;
    int episode = 1;
    ResolvedId resolved;
    KindDecision kind;
    EpisodeMapping decision;
    QList<SourceAnswer> answers;
    QString winner; ///< the source (or rule) that decided
    QString why; ///< one or two sentences
    QStringList disagreements; ///< "Anime-Lists (Fribb) says S1E27, the result is S2E1"
    QJsonObject toJson() const;
};

/// Builds MappingExplanation (the CLI's `map --explain` and the GUI's mapping details present it).
class MappingExplainer final
{
public:
    /// `input` as EpisodeMapper::loadInput gives it; `mapping` the `mappings` row, if any.
    static MappingExplanation explain(const EpisodeMapperInput &input, const QString &format,
        const std::optional<Mapping> &mapping, int episode);
    /// Offline: resolves with the database only and explains episode `episode`.
    static Result<MappingExplanation> explainOffline(
        Database &db, qint64 anilistId, int episode, const QString &format = {});
    /// Display name of an id_map source or answer source.
    static QString sourceName(const QString &source);
};

} // namespace Tsuzuki

#pragma once

#include "core/mapping/resolvedid.h"
#include "core/store/idmaprepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tsuzuki {

/// Whether an AniList entry is a Trakt show or a Trakt movie, and which source said so.
struct KindDecision
{
    ResolvedId::Kind kind = ResolvedId::Kind::Show;
    QString source; ///< "anibridge-v3", "fribbs", "anibridge", "otaku", "anilist-format", ...
    QString reason; ///< one sentence for `map --explain`
    std::optional<qint64> tmdbId; ///< the TMDB id of that kind from the deciding source
    bool conflict = false; ///< sources disagree about the kind
};

/// The one rule for the kind (the sync, `map` and `map --explain` all call it): the sources' TMDB
/// kind decides, whatever AniList's format says, in the order AniBridge v3, Anime-Lists (through
/// Fribb), AniBridge v2; then Otaku's show/movie; then the format (given, else the sources' media
/// type). A TMDB movie target makes a movie of an ONA/OVA/SPECIAL; a place inside a TMDB show makes
/// an episode of a MOVIE.
class TitleKind final
{
public:
    static KindDecision decide(const QString &format, const QList<IdMapRow> &rows);
    /// The id_map sources in the order their TMDB data is trusted.
    static QStringList tmdbSourceOrder();
};

} // namespace Tsuzuki

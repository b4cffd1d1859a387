#pragma once

#include "core/common/result.h"
#include "core/net/trakttypes.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Tsuzuki {

/// Helpers over Trakt's season list (TraktSeason / TraktEpisode of core/net) as plain values (the
/// mapping logic never talks to the network).
class TraktSeasons final
{
public:
    /// The normalised episode list stored as `trakt:show:<id>:episodes` (README: format).
    static QJsonArray normalisedEpisodes(const QList<TraktSeason> &seasons);
    /// Reads the normalised list back (what an offline run has).
    static QList<TraktSeason> fromNormalisedEpisodes(const QJsonArray &episodes);
    /// Whether the season lists (or, without episodes, counts) this episode.
    static bool hasEpisode(const TraktSeason &season, int episode);
    static const TraktSeason *find(const QList<TraktSeason> &seasons, int number);
};

} // namespace Tsuzuki

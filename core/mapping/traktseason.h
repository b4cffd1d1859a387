#pragma once

#include "core/common/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Tsuzuki {

/// One Trakt episode as `GET /shows/:id/seasons?extended=episodes` (or `full`) gives it.
struct TraktEpisode {
    int season = 0;
    int number = 0;
    std::optional<int> numberAbs;  ///< Trakt's `number_abs` (often null)
    std::optional<qint64> traktId;
    QString title;
};

/// One Trakt season: its number, Trakt's episode count, and the episodes when they were fetched.
struct TraktSeason {
    int number = 0;
    int episodeCount = 0;  ///< `episode_count` or the number of episodes listed
    QList<TraktEpisode> episodes;

    bool hasEpisode(int episode) const;
};

/// Trakt's season list of one show, as plain values (the mapping logic never talks to the network).
class TraktSeasons final
{
public:
    /// Parses Trakt's season array (with or without `episodes`). Fails when it is not that shape.
    static Result<QList<TraktSeason>> fromTraktJson(const QJsonArray &seasons);
    /// The normalised episode list stored as `trakt:show:<id>:episodes` (README: format).
    static QJsonArray normalisedEpisodes(const QList<TraktSeason> &seasons);
    /// Reads the normalised list back (what an offline run has).
    static QList<TraktSeason> fromNormalisedEpisodes(const QJsonArray &episodes);
    static const TraktSeason *find(const QList<TraktSeason> &seasons, int number);
};

} // namespace Tsuzuki

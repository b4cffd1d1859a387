#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Tsuzuki {

/// One piece of an AniBridge episode pattern: TVDB episodes `first`..`last` (open = to the season's
/// end).
struct EpisodeRange
{
    int first = 1;
    std::optional<int> last; ///< nullopt: to the end of the season
    /// > 0: this many TVDB episodes make one AniList episode; < 0: one TVDB episode is |ratio|
    /// AniList episodes.
    int ratio = 1;

    friend bool operator==(const EpisodeRange &, const EpisodeRange &) = default;
};

/// The pattern of one TVDB season (`"s3": "e13-e22"`).
struct SeasonPattern
{
    int season = 0;
    QList<EpisodeRange> ranges; ///< an empty pattern string is one open range from episode 1
    QString text; ///< as written in the source
};

/// Where an AniList episode lands: TVDB (or Trakt) season and episode; `span` episodes from there.
struct SeasonEpisode
{
    int season = 0;
    int episode = 0;
    int span = 1; ///< > 1 when one AniList episode covers several target episodes (ratio > 0)

    friend bool operator==(const SeasonEpisode &, const SeasonEpisode &) = default;
};

/// AniBridge's episode-pattern grammar (SOURCES.md §5): `""`, `eA`, `eA-eB`, `eA-`, `-eB`, comma
/// lists, `|R` ratios.
class EpisodePattern final
{
public:
    /// Parses one season's pattern. The error names the piece that is wrong.
    static Result<QList<EpisodeRange>> parse(QStringView text);
    /// Parses `{"s0": "e2", "s4": "e1-e12"}`-style season keys ("s<N>"); fails on a key that is not
    /// `s<N>`.
    static Result<SeasonPattern> parseSeason(const QString &key, const QString &text);

    /// Walks the seasons in order and returns where AniList episode `n` (1-based) lands.
    /// `seasonLength(season)` gives a season's episode count when known (needed for open ranges
    /// that are not the last piece). nullopt when `n` is past the end of what the pattern covers;
    /// `why` then says so.
    static std::optional<SeasonEpisode> locate(const QList<SeasonPattern> &seasons, int n,
        const std::function<std::optional<int>(int)> &seasonLength = {}, QString *why = nullptr);
};

} // namespace Tsuzuki

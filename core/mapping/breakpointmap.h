#pragma once

#include "core/common/result.h"
#include "core/mapping/episodepattern.h"
#include "core/mapping/traktseason.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tsuzuki {

/// Absolute episodes `start`..`end` of a show are Trakt season `season`, episodes 1..(end-start+1).
struct Breakpoint
{
    int season = 0;
    int start = 0;
    int end = 0;

    friend bool operator==(const Breakpoint &, const Breakpoint &) = default;
};

/// The web version's "breakpoint map": absolute episode → (season, episode) from Trakt's seasons ≥
/// 1, by `number_abs` when Trakt gives it, else by cumulative episode counts. Cached as
/// `map:<traktId>`.
struct BreakpointMap
{
    static constexpr auto BasisNumberAbs = "number_abs";
    static constexpr auto BasisEpisodeCounts = "episode_counts";

    qint64 traktId = 0;
    QString basis; ///< BasisNumberAbs or BasisEpisodeCounts
    QList<Breakpoint> breakpoints;
    QDateTime builtAt;

    static BreakpointMap build(qint64 traktId, const QList<TraktSeason> &seasons,
        const QDateTime &builtAt = QDateTime::currentDateTimeUtc());
    /// Where absolute episode `abs` lands, or nullopt when it is outside every season.
    std::optional<SeasonEpisode> lookup(int abs) const;
    int lastEpisode() const { return breakpoints.isEmpty() ? 0 : breakpoints.last().end; }
    bool isEmpty() const { return breakpoints.isEmpty(); }

    /// `{"traktId":1420,"basis":"number_abs","breakpoints":[{"season":1,"start":1,"end":25},...],
    ///   "builtAt":"2025-01-01T00:00:00.000Z"}` (README: the web version's format as we
    ///   reconstructed it).
    QString toJson() const;
    static Result<BreakpointMap> fromJson(const QString &json);
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"

#include <QJsonArray>
#include <QList>
#include <QStringView>

#include <optional>

namespace Tsuzuki {

/// One linear piece of an AniBridge v3 range map: source episodes `first`..`last` (open when
/// unset) land on target episodes from `target`; `ratio` > 0: that many target episodes per source
/// episode, < 0: one target episode per |ratio| source episodes, 0: explicitly unmapped (`null`).
struct RangePiece
{
    int first = 1;
    std::optional<int> last;
    int target = 1;
    int ratio = 1;

    bool contains(int n) const { return n >= first && (!last || n <= *last); }
    friend bool operator==(const RangePiece &, const RangePiece &) = default;
};

/// Where a source episode lands in one target scope.
struct RangeHit
{
    int episode = 0;
    int span = 1; ///< target episodes covered (ratio > 1)
    bool unmapped = false; ///< the source says "not in this target" (`null`)
};

/// The v3 range grammar (SOURCES.md §7b): source `N`, `N-M`, `N-` (a `|R` there is accepted and
/// ignored), target the same with comma lists and `|R`, or null.
namespace RangeMap {
/// One `"<source range>": "<target range>"` pair as pieces; `target` nullopt = `null`.
Result<QList<RangePiece>> parse(QStringView source, std::optional<QStringView> target);
std::optional<RangeHit> locate(const QList<RangePiece> &pieces, int n);
/// Through a shared source S: `sToA` (S → AniList, ratio-1 pieces are inverted) and `sToT`
/// (S → target) give AniList → target.
QList<RangePiece> compose(const QList<RangePiece> &sToA, const QList<RangePiece> &sToT);
/// [[first, last|null, target, ratio], ...] as kept in `id_map.extra`.
QJsonArray toJson(const QList<RangePiece> &pieces);
QList<RangePiece> fromJson(const QJsonArray &array);
} // namespace RangeMap

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace Tsuzuki {

/// Largest episode number and range width we believe (longer runs exist, e.g. One Piece > 1000,
/// but a range of thousands in one activity is junk).
inline constexpr int MaxEpisodeNumber = 100'000;
inline constexpr int MaxProgressRangeSpan = 2000;

/// Parses an AniList activity `progress`: "5" → {5}; "3 - 5" (or "3-5") → {3, 4, 5};
/// null or empty → {} (e.g. a "completed" activity); anything else (junk, reversed or absurd
/// ranges, zero or negative episodes) → ErrorCode::InvalidInput.
Result<QList<int>> parseAniListProgress(const QString &progress);

} // namespace Tsuzuki

#pragma once

#include <QDateTime>
#include <QString>

namespace Tsuzuki {

/// "2026-03-01 21:04:05 CET": local time with the zone abbreviation, as every view shows times.
QString formatLocalTime(const QDateTime &time);
/// "2026-03-01 20:04:05 UTC": the same moment in UTC, for tooltips beside a local time.
QString formatUtcTime(const QDateTime &time);
/// "3 minutes ago" / "in 2 hours" relative to `now`, for cards and tooltips.
QString formatRelative(
    const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Tsuzuki

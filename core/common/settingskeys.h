#pragma once

namespace Tsuzuki {

/// QSettings keys the GUI owns (the database URI and service URLs are defined in core).
namespace SettingsKey {
inline constexpr auto ScheduleEnabled = "sync/scheduleEnabled"; ///< bool, default false
inline constexpr auto ScheduleIntervalMinutes = "sync/intervalMinutes"; ///< int, default 360
inline constexpr auto BatchSize = "sync/batchSize"; ///< int, default 100
inline constexpr auto PlaysGuard = "sync/playsGuard"; ///< int, default 5000
/// bool, default false: post plays Trakt already has (second plays); `--include-watched`
inline constexpr auto IncludeWatched = "sync/includeWatched";
inline constexpr auto OtakuUrl = "mapping/otakuUrl"; ///< empty = built-in
inline constexpr auto FribbsUrl = "mapping/fribbsUrl";
inline constexpr auto AniBridgeUrl = "mapping/anibridgeUrl";
inline constexpr auto TrayEnabled = "ui/trayEnabled"; ///< bool, default true
inline constexpr auto StartMinimized = "ui/startMinimized"; ///< bool, default false
inline constexpr auto AniListClientId = "anilist/clientId"; ///< for the PIN page
} // namespace SettingsKey

namespace SettingsDefault {
inline constexpr int ScheduleIntervalMinutes = 360; ///< the web version's cron: every 6 hours
inline constexpr int BatchSize = 100;
inline constexpr int PlaysGuard = 5000;
/// The AniList API client whose PIN page hands out tokens (users may register their own).
inline constexpr auto AniListClientId = "";
} // namespace SettingsDefault

} // namespace Tsuzuki

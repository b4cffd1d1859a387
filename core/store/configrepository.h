#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Tsuzuki {

class Database;

/// The web version's key/value keys (seed/database-model.md), value formats unchanged.
namespace ConfigKey {
inline constexpr auto LastSyncTimestamp
    = "lastSyncTimestamp"; ///< unix seconds of the newest settled activity
inline constexpr auto SyncLastRun = "status:sync:last-run"; ///< manual runs
inline constexpr auto SyncLastRunAuto = "status:sync:last-run-auto"; ///< scheduled runs
inline constexpr auto SyncCompletedLastRun = "status:sync:completed:last-run";
inline constexpr auto SyncWatchingLastRun = "status:sync:watching:last-run";
inline constexpr auto OtakuLastSync = "status:otaku:last-sync";
inline constexpr auto OtakuLastActivity = "status:otaku:last-activity";
inline constexpr auto FribbsLastSync = "status:fribbs:last-sync";
inline constexpr auto AniBridgeLastSync = "status:anibridge:last-sync";
inline constexpr auto LegacyTraktToken
    = "trakt:token"; ///< web version only: offered for a move to the keychain
inline constexpr auto LegacyTraktRefreshToken = "trakt:refresh_token";
/// Issue 14: whose Trakt watched state `trakt_watched` holds (the account's slug), and the
/// `GET /sync/last_activities` watched times (as Trakt sent them) it was read at: while they are
/// unchanged the state is not read again.
inline constexpr auto TraktWatchedAccount = "tsuzuki:trakt:watched:account";
inline constexpr auto TraktWatchedEpisodesActivity = "tsuzuki:trakt:watched:episodes-activity";
inline constexpr auto TraktWatchedMoviesActivity = "tsuzuki:trakt:watched:movies-activity";
/// Tsuzuki's breakpoint map cache, "tsuzuki:map:<traktId>". The web version's `map:<traktId>` has a
/// format we cannot know (the seed documents only the key): Tsuzuki never writes it.
QString breakpointMap(qint64 traktId);
/// Tsuzuki's episode list cache, "tsuzuki:trakt:show:<traktId>:episodes" (the web version's
/// `trakt:show:<traktId>:episodes` is never written either).
QString showEpisodes(qint64 traktId);
QString webBreakpointMap(qint64 traktId); ///< "map:<traktId>" (read-only, tests)
QString webShowEpisodes(qint64 traktId); ///< "trakt:show:<traktId>:episodes"
} // namespace ConfigKey

struct ConfigEntry
{
    QString key;
    QString value;
    QDateTime updatedAt;
};

/// `system_config`: get and set values with `updated_at`.
class ConfigRepository final
{
public:
    explicit ConfigRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<ConfigEntry>> get(const QString &key) const;
    /// The value, or `fallback` when absent or unreadable.
    QString value(const QString &key, const QString &fallback = {}) const;
    Result<void> set(const QString &key, const QString &value);
    Result<void> remove(const QString &key);
    /// All rows whose key starts with `prefix` (e.g. "status:"), sorted by key.
    Result<QList<ConfigEntry>> withPrefix(const QString &prefix) const;
    Result<QHash<QString, ConfigEntry>> getMany(const QStringList &keys) const;

    /// Timestamp values: the web version writes ISO-8601 text (`new Date().toISOString()`); both
    /// are read.
    Result<void> setTimestamp(const QString &key, const QDateTime &time);
    QDateTime timestamp(const QString &key) const;

private:
    Database &m_db;
};

} // namespace Tsuzuki

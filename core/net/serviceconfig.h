#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QSettings;

namespace Tsuzuki {

/// Where the services live and which Trakt app we are. Settings first, environment overrides on
/// top, so tests and users can point the app at other hosts (fakes on loopback, a proxy, ...).
struct ServiceConfig
{
    QUrl aniListUrl { QStringLiteral("https://graphql.anilist.co") };
    QUrl traktUrl { QStringLiteral("https://api.trakt.tv") };
    QUrl traktAuthUrl { QStringLiteral("https://auth.trakt.tv") };
    QUrl tmdbUrl { QStringLiteral("https://api.themoviedb.org/3") };
    /// Trakt client id: settings `trakt/clientId`, env TRAKT_CLIENT_ID, else the build default.
    QString traktClientId;

    /// QSettings keys read by fromSettings().
    static constexpr auto AniListUrlKey = "services/anilistUrl";
    static constexpr auto TraktUrlKey = "services/traktUrl";
    static constexpr auto TraktAuthUrlKey = "services/traktAuthUrl";
    static constexpr auto TmdbUrlKey = "services/tmdbUrl";
    static constexpr auto TraktClientIdKey = "trakt/clientId";

    /// Defaults, then `settings` (may be null), then TSUZUKI_ANILIST_URL, TSUZUKI_TRAKT_URL,
    /// TSUZUKI_TRAKT_AUTH_URL, TSUZUKI_TMDB_URL and TRAKT_CLIENT_ID from `env`.
    static ServiceConfig load(const QSettings *settings,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// Built-in defaults only.
    static ServiceConfig defaults();
};

} // namespace Tsuzuki

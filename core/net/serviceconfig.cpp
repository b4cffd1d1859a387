#include "serviceconfig.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

void applyUrl(QUrl &target, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return;
    // Paths are appended to the base later ("/shows/1"): keep the base free of a trailing slash.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    target = url;
}

} // namespace

ServiceConfig ServiceConfig::defaults()
{
    ServiceConfig config;
    config.traktClientId = QString::fromUtf8(TSUZUKI_DEFAULT_TRAKT_CLIENT_ID);
    return config;
}

ServiceConfig ServiceConfig::load(const QSettings *settings, const QProcessEnvironment &env)
{
    ServiceConfig config = defaults();
    if (settings) {
        applyUrl(config.aniListUrl, settings->value(QLatin1StringView(AniListUrlKey)).toString());
        applyUrl(config.traktUrl, settings->value(QLatin1StringView(TraktUrlKey)).toString());
        applyUrl(
            config.traktAuthUrl, settings->value(QLatin1StringView(TraktAuthUrlKey)).toString());
        applyUrl(config.tmdbUrl, settings->value(QLatin1StringView(TmdbUrlKey)).toString());
        const QString id
            = settings->value(QLatin1StringView(TraktClientIdKey)).toString().trimmed();
        if (!id.isEmpty())
            config.traktClientId = id;
    }
    applyUrl(config.aniListUrl, env.value(u"TSUZUKI_ANILIST_URL"_s));
    applyUrl(config.traktUrl, env.value(u"TSUZUKI_TRAKT_URL"_s));
    applyUrl(config.traktAuthUrl, env.value(u"TSUZUKI_TRAKT_AUTH_URL"_s));
    applyUrl(config.tmdbUrl, env.value(u"TSUZUKI_TMDB_URL"_s));
    const QString envId = env.value(u"TRAKT_CLIENT_ID"_s).trimmed();
    if (!envId.isEmpty())
        config.traktClientId = envId;
    return config;
}

} // namespace Tsuzuki

#include "secretkeys.h"

#include "secretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

QStringList allSecretKeys()
{
    return {
        QString::fromLatin1(SecretKey::TraktAccessToken),
        QString::fromLatin1(SecretKey::TraktRefreshToken),
        QString::fromLatin1(SecretKey::TraktTokenExpiry),
        QString::fromLatin1(SecretKey::TraktClientSecret),
        QString::fromLatin1(SecretKey::AniListToken),
        QString::fromLatin1(SecretKey::AniListTokenExpiry),
        QString::fromLatin1(SecretKey::TmdbApiKey),
        QString::fromLatin1(SecretKey::DatabasePassword),
    };
}

QString secretKeyLabel(const QString &key)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Tsuzuki::SecretStore", text);
    };
    if (key == QLatin1StringView(SecretKey::TraktAccessToken))
        return tr("Trakt access token");
    if (key == QLatin1StringView(SecretKey::TraktRefreshToken))
        return tr("Trakt refresh token");
    if (key == QLatin1StringView(SecretKey::TraktTokenExpiry))
        return tr("Trakt token expiry");
    if (key == QLatin1StringView(SecretKey::TraktClientSecret))
        return tr("Trakt client secret");
    if (key == QLatin1StringView(SecretKey::AniListToken))
        return tr("AniList access token");
    if (key == QLatin1StringView(SecretKey::AniListTokenExpiry))
        return tr("AniList token expiry");
    if (key == QLatin1StringView(SecretKey::TmdbApiKey))
        return tr("TMDB API key");
    if (key == QLatin1StringView(SecretKey::DatabasePassword))
        return tr("database password");
    return key;
}

bool isSecretValueKey(const QString &key)
{
    return key != QLatin1StringView(SecretKey::TraktTokenExpiry)
        && key != QLatin1StringView(SecretKey::AniListTokenExpiry);
}

} // namespace Tsuzuki

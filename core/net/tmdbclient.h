#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace Tsuzuki {

class HttpClient;

/// External ids of a TMDB title. Absent when TMDB sent null or "".
struct TmdbExternalIds
{
    qint64 tmdbId = 0;
    std::optional<QString> imdbId;
    std::optional<qint64> tvdbId; ///< tv only
};

/// TMDB v3: external ids of a tv show or movie. Credential: a v3 API key (sent as ?api_key=) or a
/// v4 read access token (sent as Bearer); neither is ever logged.
class TmdbClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TmdbClient)

public:
    enum class MediaType { Tv, Movie };
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    /// `http` must outlive this client.
    TmdbClient(HttpClient *http, const QUrl &apiUrl, QObject *parent = nullptr);

    void setApiKey(const QString &key);
    void setReadToken(const QString &token);
    /// A v4 read token is a JWT ("eyJ..."); anything else is taken as a v3 key.
    void setCredential(const QString &credential);
    bool hasCredential() const { return !m_apiKey.isEmpty() || !m_readToken.isEmpty(); }

    /// GET /tv/{id}/external_ids or /movie/{id}/external_ids
    void externalIds(MediaType type, qint64 id, QObject *context, Callback<TmdbExternalIds> done);

    static TmdbExternalIds parseExternalIds(qint64 id, const QJsonObject &object);

private:
    HttpClient *m_http;
    QUrl m_apiUrl;
    QString m_apiKey;
    QString m_readToken;
};

} // namespace Tsuzuki

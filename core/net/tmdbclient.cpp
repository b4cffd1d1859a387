#include "tmdbclient.h"

#include "core/log/redact.h"
#include "core/net/httpclient.h"
#include "core/net/responselimits.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

TmdbClient::TmdbClient(HttpClient *http, const QUrl &apiUrl, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_apiUrl(apiUrl)
{ }

void TmdbClient::setApiKey(const QString &key)
{
    registerSecret(key);
    m_apiKey = key;
    m_readToken.clear();
}

void TmdbClient::setReadToken(const QString &token)
{
    registerSecret(token);
    m_readToken = token;
    m_apiKey.clear();
}

void TmdbClient::setCredential(const QString &credential)
{
    const QString c = credential.trimmed();
    if (c.startsWith(u"eyJ"_s) && c.count(u'.') == 2)
        setReadToken(c);
    else
        setApiKey(c);
}

TmdbExternalIds TmdbClient::parseExternalIds(qint64 id, const QJsonObject &o)
{
    TmdbExternalIds ids;
    ids.tmdbId = o.contains(u"id"_s) ? o.value(u"id"_s).toInteger() : id;
    const QJsonValue imdb = o.value(u"imdb_id"_s);
    if (imdb.isString() && !imdb.toString().trimmed().isEmpty())
        ids.imdbId = imdb.toString().trimmed();
    const QJsonValue tvdb = o.value(u"tvdb_id"_s);
    if (tvdb.isDouble() && tvdb.toInteger() > 0)
        ids.tvdbId = tvdb.toInteger();
    else if (tvdb.isString() && tvdb.toString().toLongLong() > 0)
        ids.tvdbId = tvdb.toString().toLongLong();
    return ids;
}

void TmdbClient::externalIds(
    MediaType type, qint64 id, QObject *context, Callback<TmdbExternalIds> done)
{
    QPointer<QObject> guard(context);
    if (!hasCredential()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(makeError(ErrorCode::NotLoggedIn, tr("No TMDB API key is set.")));
            },
            Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.maxResponseBytes = ResponseLimit::Small;
    QUrl url = m_apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base
        + u"/%1/%2/external_ids"_s.arg(type == MediaType::Movie ? u"movie"_s : u"tv"_s).arg(id));
    if (!m_apiKey.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"api_key"_s, m_apiKey);
        url.setQuery(query);
    } else {
        request.headers.append({ "Authorization"_ba, "Bearer "_ba + m_readToken.toUtf8() });
    }
    request.url = url;
    m_http->send(request, this, [guard, id, done](const HttpResponse &response) {
        if (!guard)
            return;
        if (!response.ok()) {
            done(response.error);
            return;
        }
        done(parseExternalIds(id, response.json.object()));
    });
}

} // namespace Tsuzuki

#include "traktclient.h"

#include "core/log/logging.h"
#include "core/net/httpclient.h"
#include "core/net/responselimits.h"
#include "core/net/tokensource.h"
#include "core/net/trakterrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

TraktEpisode parseEpisode(const QJsonObject &e)
{
    TraktEpisode episode;
    episode.season = e.value(u"season"_s).toInt();
    episode.number = e.value(u"number"_s).toInt();
    const QJsonValue abs = e.value(u"number_abs"_s);
    if (abs.isDouble())
        episode.numberAbs = abs.toInt();
    episode.title = e.value(u"title"_s).toString();
    episode.ids = TraktIds::fromJson(e.value(u"ids"_s).toObject());
    return episode;
}

QString typeName(TraktClient::MediaType type)
{
    return type == TraktClient::MediaType::Movie ? u"movie"_s : u"show"_s;
}

/// A JSON body that is not the shape the endpoint sends (an object where a list belongs, null,
/// a list of strings) is an error, never an empty result.
Error unexpectedShape(const QString &message, int status)
{
    return makeError(ErrorCode::BadResponse, message, {}, status);
}

bool allObjects(const QJsonArray &array)
{
    return std::all_of(
        array.cbegin(), array.cend(), [](const QJsonValue &v) { return v.isObject(); });
}

/// The answer to POST /sync/history as Trakt sends it: an object with an `added` object of counts
/// and, when present, a `not_found` object of lists.
bool isHistoryAddAnswer(const QJsonDocument &json)
{
    if (!json.isObject())
        return false;
    const QJsonObject o = json.object();
    const QJsonValue added = o.value(u"added"_s);
    if (!added.isObject())
        return false;
    for (const QString &count : { u"episodes"_s, u"movies"_s }) {
        const QJsonValue v = added.toObject().value(count);
        if (!v.isUndefined() && !v.isDouble())
            return false;
    }
    const QJsonValue notFound = o.value(u"not_found"_s);
    if (notFound.isUndefined() || notFound.isNull())
        return true;
    if (!notFound.isObject())
        return false;
    const QJsonObject lists = notFound.toObject();
    return std::all_of(lists.begin(), lists.end(), [](const QJsonValue &v) { return v.isArray(); });
}

} // namespace

TraktClient::TraktClient(HttpClient *http, TraktTokenSource *auth, const QUrl &apiUrl,
    const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_auth(auth)
    , m_apiUrl(apiUrl)
    , m_clientId(clientId)
{ }

QUrl TraktClient::endpoint(const QString &path) const
{
    QUrl url = m_apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void TraktClient::sendAuthorized(
    HttpRequest request, bool needsAuth, QObject *context, RawCallback done)
{
    request.headers.append({ "trakt-api-key"_ba, m_clientId.toUtf8() });
    request.headers.append({ "trakt-api-version"_ba, "2"_ba });
    QPointer<QObject> guard(context);
    if (!m_auth) {
        if (needsAuth) {
            HttpResponse response;
            response.error = makeError(ErrorCode::NotLoggedIn, tr("Not logged in to Trakt."));
            QMetaObject::invokeMethod(
                this,
                [guard, done, response] {
                    if (guard)
                        done(response);
                },
                Qt::QueuedConnection);
            return;
        }
        sendWithToken(request, {}, false, guard, done);
        return;
    }
    m_auth->accessToken(
        this, [this, request, needsAuth, guard, done](const Result<QString> &token) {
            if (!guard)
                return;
            if (!token) {
                if (needsAuth || token.error().code != ErrorCode::NotLoggedIn) {
                    HttpResponse response;
                    response.error = token.error();
                    done(response);
                    return;
                }
                sendWithToken(request, {}, false, guard, done); // public call, no login
                return;
            }
            sendWithToken(request, token.value(), true, guard, done);
        });
}

void TraktClient::sendWithToken(
    HttpRequest request, const QString &token, bool mayRefresh, QObject *context, RawCallback done)
{
    HttpRequest withAuth = request;
    if (!token.isEmpty())
        withAuth.headers.append({ "Authorization"_ba, "Bearer "_ba + token.toUtf8() });
    QPointer<QObject> guard(context);
    m_http->send(withAuth, this,
        [this, request, token, mayRefresh, guard, done](const HttpResponse &response) {
            if (!guard)
                return;
            if (response.status == 401 && mayRefresh && m_auth) {
                // A 401 means the request was not applied: refresh once, then repeat it once.
                qCInfo(lcTrakt, "401 from Trakt: refreshing the token once");
                m_auth->refreshAfterUnauthorized(
                    token, this, [this, request, guard, done](const Result<QString> &fresh) {
                        if (!guard)
                            return;
                        if (!fresh) {
                            HttpResponse failed;
                            failed.error = fresh.error();
                            failed.status = 401;
                            done(failed);
                            return;
                        }
                        sendWithToken(request, fresh.value(), false, guard, done);
                    });
                return;
            }
            if (!response.ok()) {
                HttpResponse refined = response;
                refined.error = TraktErrors::refine(response);
                done(refined);
                return;
            }
            done(response);
        });
}

void TraktClient::search(const QString &idType, const QString &id, MediaType type, QObject *context,
    Callback<QList<TraktSearchResult>> done)
{
    HttpRequest request;
    request.url = endpoint(
        u"/search/%1/%2"_s.arg(idType, QString::fromLatin1(QUrl::toPercentEncoding(id))));
    QUrlQuery query;
    query.addQueryItem(u"type"_s, typeName(type));
    request.url.setQuery(query);
    request.maxResponseBytes = ResponseLimit::Small;
    sendAuthorized(request, false, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        if (!response.json.isArray() || !allObjects(response.json.array())) {
            done(unexpectedShape(
                tr("Trakt sent search results in an unexpected form."), response.status));
            return;
        }
        QList<TraktSearchResult> results;
        for (const QJsonValue &v : response.json.array()) {
            const QJsonObject o = v.toObject();
            TraktSearchResult r;
            r.type = o.value(u"type"_s).toString();
            const QJsonObject item = o.value(r.type).toObject();
            r.title = item.value(u"title"_s).toString();
            r.year = item.value(u"year"_s).toInt();
            r.ids = TraktIds::fromJson(item.value(u"ids"_s).toObject());
            if (!r.ids.isEmpty())
                results.append(r);
        }
        done(results);
    });
}

void TraktClient::summary(
    MediaType type, const QString &idOrSlug, QObject *context, Callback<TraktSearchResult> done)
{
    HttpRequest request;
    request.url = endpoint((type == MediaType::Movie ? u"/movies/"_s : u"/shows/"_s)
        + QString::fromLatin1(QUrl::toPercentEncoding(idOrSlug)));
    request.maxResponseBytes = ResponseLimit::Small;
    sendAuthorized(request, false, context, [done, type](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        const QJsonObject item = response.json.object();
        TraktSearchResult r;
        r.type = typeName(type);
        r.title = item.value(u"title"_s).toString();
        r.year = item.value(u"year"_s).toInt();
        r.ids = TraktIds::fromJson(item.value(u"ids"_s).toObject());
        if (!response.json.isObject() || r.ids.trakt <= 0) {
            done(unexpectedShape(tr("Trakt sent a title in an unexpected form."), response.status));
            return;
        }
        done(r);
    });
}

Result<QList<TraktSeason>> TraktClient::parseSeasons(const QJsonArray &array)
{
    QList<TraktSeason> seasons;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(u"number"_s).isDouble())
            return makeError(ErrorCode::BadResponse,
                tr("Trakt's season list has an entry without a season number."));
        TraktSeason season;
        season.number = o.value(u"number"_s).toInt();
        season.ids = TraktIds::fromJson(o.value(u"ids"_s).toObject());
        const QJsonArray episodes = o.value(u"episodes"_s).toArray();
        for (const QJsonValue &e : episodes) {
            TraktEpisode episode = parseEpisode(e.toObject());
            if (!e.toObject().value(u"season"_s).isDouble())
                episode.season = season.number;
            season.episodes.append(episode);
        }
        season.episodeCount = o.value(u"episode_count"_s).isDouble()
            ? o.value(u"episode_count"_s).toInt()
            : int(season.episodes.size());
        season.episodeCount = std::max(season.episodeCount, int(season.episodes.size()));
        season.airedEpisodes = o.value(u"aired_episodes"_s).isDouble()
            ? o.value(u"aired_episodes"_s).toInt()
            : season.episodeCount;
        seasons.append(season);
    }
    std::sort(seasons.begin(), seasons.end(),
        [](const TraktSeason &a, const TraktSeason &b) { return a.number < b.number; });
    return seasons;
}

void TraktClient::seasons(
    const QString &showId, QObject *context, Callback<QList<TraktSeason>> done)
{
    HttpRequest request;
    request.url = endpoint(
        u"/shows/%1/seasons"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(showId))));
    QUrlQuery query;
    query.addQueryItem(u"extended"_s, u"full,episodes"_s);
    request.url.setQuery(query);
    request.maxResponseBytes = ResponseLimit::Seasons;
    sendAuthorized(request, false, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        if (!response.json.isArray() || !allObjects(response.json.array())) {
            done(unexpectedShape(tr("Trakt sent seasons in an unexpected form."), response.status));
            return;
        }
        done(parseSeasons(response.json.array()));
    });
}

TraktHistoryAddResult TraktClient::parseHistoryAdd(const QJsonObject &o)
{
    TraktHistoryAddResult result;
    result.added = TraktSyncCounts::fromJson(o.value(u"added"_s));
    result.existing = TraktSyncCounts::fromJson(o.value(u"existing"_s));
    result.updated = TraktSyncCounts::fromJson(o.value(u"updated"_s));
    const QJsonObject notFound = o.value(u"not_found"_s).toObject();
    const std::pair<const char16_t *, const char16_t *> kinds[] = { { u"movies", u"movie" },
        { u"shows", u"show" }, { u"seasons", u"season" }, { u"episodes", u"episode" } };
    for (const auto &[plural, singular] : kinds) {
        for (const QJsonValue &v : notFound.value(QStringView(plural)).toArray()) {
            const QJsonObject item = v.toObject();
            result.notFound.append(TraktNotFoundItem { QStringView(singular).toString(),
                TraktIds::fromJson(item.value(u"ids"_s).toObject()), item });
        }
    }
    return result;
}

void TraktClient::addToHistory(
    const QJsonObject &payload, QObject *context, HistoryAddCallback done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = endpoint(u"/sync/history"_s);
    request.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    request.idempotent = false; // Trakt does not de-duplicate plays
    request.maxResponseBytes = ResponseLimit::Page;
    sendAuthorized(request, true, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error, response.outcomeUnknown);
            return;
        }
        // Only Trakt's own answer to this write says what happened. Anything else that came back
        // with a 2xx (an empty body, `[]` from a proxy or another host, a body of another shape)
        // leaves the outcome unknown: the caller reads Trakt's history before sending again.
        if (!isHistoryAddAnswer(response.json)) {
            Error error = unexpectedShape(
                tr("Trakt's answer to a history post is not in the expected form."),
                response.status);
            error.detail = u"HTTP %1, %2 bytes; outcome unknown: the server may have applied this "
                           u"request"_s.arg(response.status)
                               .arg(response.body.size());
            done(error, true);
            return;
        }
        done(parseHistoryAdd(response.json.object()), false);
    });
}

TraktHistoryItem TraktClient::parseHistoryItem(const QJsonObject &o)
{
    TraktHistoryItem item;
    item.id = o.value(u"id"_s).toInteger();
    item.watchedAt = parseTraktTime(o.value(u"watched_at"_s));
    item.action = o.value(u"action"_s).toString();
    item.type = o.value(u"type"_s).toString();
    if (item.type == u"episode"_s) {
        item.episode = parseEpisode(o.value(u"episode"_s).toObject());
        item.showIds = TraktIds::fromJson(o.value(u"show"_s).toObject().value(u"ids"_s).toObject());
    } else if (item.type == u"movie"_s) {
        item.movieIds
            = TraktIds::fromJson(o.value(u"movie"_s).toObject().value(u"ids"_s).toObject());
    }
    return item;
}

void TraktClient::history(MediaType type, const QString &id, const QDateTime &start,
    const QDateTime &end, QObject *context, Callback<QList<TraktHistoryItem>> done)
{
    const QString kind = type == MediaType::Movie ? u"movies"_s : u"shows"_s;
    // Without an id: every play of the kind (titles posted by TMDB/TVDB id only).
    QUrl url = id.isEmpty() ? endpoint(u"/sync/history/%1"_s.arg(kind))
                            : endpoint(u"/sync/history/%1/%2"_s.arg(
                                kind, QString::fromLatin1(QUrl::toPercentEncoding(id))));
    QUrlQuery query;
    if (start.isValid())
        query.addQueryItem(u"start_at"_s, start.toUTC().toString(Qt::ISODateWithMs));
    if (end.isValid())
        query.addQueryItem(u"end_at"_s, end.toUTC().toString(Qt::ISODateWithMs));
    url.setQuery(query);
    fetchHistoryPage(url, 1, std::make_shared<QList<TraktHistoryItem>>(), context, std::move(done));
}

void TraktClient::fetchHistoryPage(const QUrl &baseUrl, int page,
    std::shared_ptr<QList<TraktHistoryItem>> acc, QObject *context,
    Callback<QList<TraktHistoryItem>> done)
{
    HttpRequest request;
    request.url = baseUrl;
    QUrlQuery query(baseUrl);
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"limit"_s, QString::number(m_historyPageSize));
    request.url.setQuery(query);
    request.maxResponseBytes = ResponseLimit::Page;
    QPointer<QObject> guard(context);
    sendAuthorized(
        request, true, this, [this, baseUrl, page, acc, guard, done](const HttpResponse &response) {
            if (!guard)
                return;
            if (!response.ok()) {
                done(response.error);
                return;
            }
            if (!response.json.isArray() || !allObjects(response.json.array())) {
                done(unexpectedShape(
                    tr("Trakt sent a history page in an unexpected form."), response.status));
                return;
            }
            for (const QJsonValue &v : response.json.array())
                acc->append(parseHistoryItem(v.toObject()));
            bool okCount = false;
            const int pageCount
                = response.header("X-Pagination-Page-Count").trimmed().toInt(&okCount);
            if (okCount && page < pageCount && page < m_maxPages) {
                fetchHistoryPage(baseUrl, page + 1, acc, guard, done);
                return;
            }
            done(*acc);
        });
}

void TraktClient::lastActivities(QObject *context, Callback<TraktLastActivities> done)
{
    HttpRequest request;
    request.url = endpoint(u"/sync/last_activities"_s);
    request.maxResponseBytes = ResponseLimit::Small;
    sendAuthorized(request, true, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        if (!response.json.isObject()) {
            done(unexpectedShape(
                tr("Trakt sent its last activities in an unexpected form."), response.status));
            return;
        }
        const QJsonObject o = response.json.object();
        TraktLastActivities last;
        last.raw = o;
        last.all = parseTraktTime(o.value(u"all"_s));
        last.episodesWatchedAt
            = parseTraktTime(o.value(u"episodes"_s).toObject().value(u"watched_at"_s));
        last.moviesWatchedAt
            = parseTraktTime(o.value(u"movies"_s).toObject().value(u"watched_at"_s));
        last.episodesWatchedText
            = o.value(u"episodes"_s).toObject().value(u"watched_at"_s).toString();
        last.moviesWatchedText = o.value(u"movies"_s).toObject().value(u"watched_at"_s).toString();
        done(last);
    });
}

void TraktClient::userSettings(QObject *context, Callback<TraktUserSettings> done)
{
    HttpRequest request;
    request.url = endpoint(u"/users/settings"_s);
    request.maxResponseBytes = ResponseLimit::Small;
    sendAuthorized(request, true, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        const QJsonObject o = response.json.object();
        const QJsonObject user = o.value(u"user"_s).toObject();
        TraktUserSettings settings;
        settings.username = user.value(u"username"_s).toString();
        settings.name = user.value(u"name"_s).toString();
        settings.slug = user.value(u"ids"_s).toObject().value(u"slug"_s).toString();
        settings.vip = user.value(u"vip"_s).toBool();
        settings.timezone = o.value(u"account"_s).toObject().value(u"timezone"_s).toString();
        settings.watchOnlyOnce
            = o.value(u"browsing"_s).toObject().value(u"watch_only_once"_s).toBool(false);
        const QJsonObject limits = o.value(u"limits"_s).toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            const QJsonObject limit = it.value().toObject();
            const QJsonValue count = limit.value(u"item_count"_s);
            if (count.isDouble())
                settings.limits.insert(it.key(), count.toInt());
        }
        if (settings.username.isEmpty()) {
            done(makeError(ErrorCode::BadResponse, tr("Trakt did not say who is logged in."), {},
                response.status));
            return;
        }
        done(settings);
    });
}

Result<TraktWatchedItem> TraktClient::parseWatchedItem(const QJsonObject &o, bool movie)
{
    TraktWatchedItem item;
    item.movie = movie;
    const QJsonObject media = o.value(movie ? u"movie"_s : u"show"_s).toObject();
    item.ids = TraktIds::fromJson(media.value(u"ids"_s).toObject());
    if (item.ids.isEmpty())
        return makeError(ErrorCode::BadResponse, tr("Trakt listed a watched item without ids."));
    item.title = media.value(u"title"_s).toString();
    item.plays = o.value(u"plays"_s).toInt();
    item.lastWatchedAt = parseTraktTime(o.value(u"last_watched_at"_s));
    for (const QJsonValue &sv : o.value(u"seasons"_s).toArray()) {
        const QJsonObject season = sv.toObject();
        const int number = season.value(u"number"_s).toInt(-1);
        if (number < 0)
            continue;
        for (const QJsonValue &ev : season.value(u"episodes"_s).toArray()) {
            const QJsonObject e = ev.toObject();
            if (!e.value(u"number"_s).isDouble())
                continue;
            item.episodes.append(TraktWatchedEpisode { number, e.value(u"number"_s).toInt(),
                e.value(u"plays"_s).toInt(1), parseTraktTime(e.value(u"last_watched_at"_s)) });
        }
    }
    return item;
}

void TraktClient::watched(MediaType type, QObject *context, Callback<QList<TraktWatchedItem>> done)
{
    HttpRequest request;
    request.url
        = endpoint(type == MediaType::Movie ? u"/sync/watched/movies"_s : u"/sync/watched/shows"_s);
    request.maxResponseBytes = ResponseLimit::Watched;
    const bool movie = type == MediaType::Movie;
    sendAuthorized(request, true, context, [done, movie](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        // An empty body is an empty list only when Trakt says so with []; anything else is not
        // its answer, and reading it as "nothing watched" would post everything again.
        if (!response.json.isArray() || !allObjects(response.json.array())) {
            done(unexpectedShape(
                tr("Trakt sent the watched list in an unexpected form."), response.status));
            return;
        }
        QList<TraktWatchedItem> items;
        items.reserve(response.json.array().size());
        for (const QJsonValue &v : response.json.array()) {
            auto item = parseWatchedItem(v.toObject(), movie);
            if (!item) {
                Error error = item.error();
                error.httpStatus = response.status;
                done(error);
                return;
            }
            items.append(std::move(item).value());
        }
        done(items);
    });
}

void TraktClient::removeFromHistory(
    const QList<qint64> &historyIds, QObject *context, HistoryRemoveCallback done)
{
    QJsonArray ids;
    for (qint64 id : historyIds)
        ids.append(id);
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = endpoint(u"/sync/history/remove"_s);
    request.body = QJsonDocument(QJsonObject { { u"ids"_s, ids } }).toJson(QJsonDocument::Compact);
    request.idempotent = false; // a write: sent once, settled by reading history if unanswered
    request.maxResponseBytes = ResponseLimit::Page;
    sendAuthorized(request, true, context, [done](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error, response.outcomeUnknown);
            return;
        }
        const QJsonObject o = response.json.object();
        const QJsonValue deleted = o.value(u"deleted"_s);
        if (!response.json.isObject() || !deleted.isObject()) {
            done(unexpectedShape(
                     tr("Trakt's answer to a history removal is not in the expected form."),
                     response.status),
                true);
            return;
        }
        TraktHistoryRemoveResult result;
        result.episodes = deleted.toObject().value(u"episodes"_s).toInt();
        result.movies = deleted.toObject().value(u"movies"_s).toInt();
        for (const QJsonValue &v : o.value(u"not_found"_s).toObject().value(u"ids"_s).toArray())
            result.notFoundIds << v.toInteger();
        done(result, false);
    });
}

} // namespace Tsuzuki

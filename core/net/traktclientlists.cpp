// TraktClient, the parts beyond plays (issue 16): ratings (GET/POST /sync/ratings), the
// watchlist (GET/POST /sync/watchlist) and the dropped shows (GET/POST /users/hidden/dropped).
// The rest of the client is traktclient.cpp.
#include "traktclient.h"

#include "core/net/httpclient.h"
#include "core/net/responselimits.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

bool allObjects(const QJsonArray &array)
{
    return std::all_of(
        array.cbegin(), array.cend(), [](const QJsonValue &v) { return v.isObject(); });
}

QHash<QString, int> counts(const QJsonValue &value)
{
    QHash<QString, int> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isDouble())
            out.insert(it.key(), it.value().toInt());
    }
    return out;
}

/// Trakt's own answer to a list or rating write: an object with an `added` (or, for a removal,
/// `deleted`) object of counts, and `not_found` an object of lists when present.
bool isWriteAnswer(const QJsonDocument &json, bool removal)
{
    if (!json.isObject())
        return false;
    const QJsonObject o = json.object();
    const QJsonValue changed = o.value(removal ? u"deleted"_s : u"added"_s);
    if (!changed.isObject())
        return false;
    const QJsonObject c = changed.toObject();
    if (!std::all_of(c.begin(), c.end(), [](const QJsonValue &v) { return v.isDouble(); }))
        return false;
    const QJsonValue notFound = o.value(u"not_found"_s);
    if (notFound.isUndefined() || notFound.isNull())
        return true;
    if (!notFound.isObject())
        return false;
    const QJsonObject lists = notFound.toObject();
    return std::all_of(lists.begin(), lists.end(), [](const QJsonValue &v) { return v.isArray(); });
}

struct RatingPart
{
    const char16_t *path;
    TraktRating::Kind kind;
};

constexpr RatingPart ratingParts[] = { { u"/sync/ratings/shows", TraktRating::Kind::Show },
    { u"/sync/ratings/seasons", TraktRating::Kind::Season },
    { u"/sync/ratings/movies", TraktRating::Kind::Movie } };

} // namespace

TraktWriteResult TraktClient::parseWriteResult(const QJsonObject &object)
{
    TraktWriteResult result;
    result.changed = counts(
        object.contains(u"deleted"_s) ? object.value(u"deleted"_s) : object.value(u"added"_s));
    result.existing = counts(object.value(u"existing"_s));
    result.notFoundJson = object.value(u"not_found"_s).toObject();
    for (const QJsonValue &list : std::as_const(result.notFoundJson))
        result.notFound += int(list.toArray().size());
    const QJsonValue itemCount = object.value(u"list"_s).toObject().value(u"item_count"_s);
    if (itemCount.isDouble())
        result.itemCount = itemCount.toInt();
    return result;
}

Result<TraktRating> TraktClient::parseRating(const QJsonObject &o, TraktRating::Kind kind)
{
    TraktRating rating;
    rating.kind = kind;
    const QJsonObject media
        = o.value(kind == TraktRating::Kind::Movie ? u"movie"_s : u"show"_s).toObject();
    rating.ids = TraktIds::fromJson(media.value(u"ids"_s).toObject());
    rating.title = media.value(u"title"_s).toString();
    rating.rating = o.value(u"rating"_s).toInt();
    rating.ratedAt = parseTraktTime(o.value(u"rated_at"_s));
    if (kind == TraktRating::Kind::Season) {
        const QJsonValue number = o.value(u"season"_s).toObject().value(u"number"_s);
        if (!number.isDouble())
            return makeError(ErrorCode::BadResponse, tr("Trakt listed a rating without ids."));
        rating.season = number.toInt();
    }
    if (rating.ids.isEmpty())
        return makeError(ErrorCode::BadResponse, tr("Trakt listed a rating without ids."));
    if (rating.rating < 1 || rating.rating > 10)
        return makeError(ErrorCode::BadResponse, tr("Trakt listed a rating outside 1 to 10."));
    return rating;
}

Result<TraktListItem> TraktClient::parseListItem(const QJsonObject &o)
{
    TraktListItem item;
    const QString type = o.value(u"type"_s).toString();
    item.movie = type == u"movie"_s || (type.isEmpty() && o.value(u"movie"_s).isObject());
    const QJsonObject media = o.value(item.movie ? u"movie"_s : u"show"_s).toObject();
    item.ids = TraktIds::fromJson(media.value(u"ids"_s).toObject());
    if (item.ids.isEmpty())
        return makeError(ErrorCode::BadResponse, tr("Trakt listed an item without ids."));
    item.title = media.value(u"title"_s).toString();
    item.listedAt = parseTraktTime(
        o.contains(u"listed_at"_s) ? o.value(u"listed_at"_s) : o.value(u"hidden_at"_s));
    return item;
}

void TraktClient::fetchListPages(const QUrl &baseUrl, int page, std::shared_ptr<QJsonArray> acc,
    const QString &what, QObject *context, PagesCallback done)
{
    HttpRequest request;
    request.url = baseUrl;
    QUrlQuery query(baseUrl);
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"limit"_s, QString::number(m_historyPageSize));
    request.url.setQuery(query);
    request.maxResponseBytes = ResponseLimit::Page;
    QPointer<QObject> guard(context);
    sendAuthorized(request, true, this,
        [this, baseUrl, page, acc, what, guard, done](const HttpResponse &response) {
            if (!guard)
                return;
            if (!response.ok()) {
                done(response.error);
                return;
            }
            // An empty body is an empty list only when Trakt says so with []: reading anything
            // else as "nothing there" would send everything again.
            if (!response.json.isArray() || !allObjects(response.json.array())) {
                done(makeError(ErrorCode::BadResponse, what, {}, response.status));
                return;
            }
            for (const QJsonValue &v : response.json.array())
                acc->append(v);
            bool okCount = false;
            const int pageCount
                = response.header("X-Pagination-Page-Count").trimmed().toInt(&okCount);
            if (okCount && page < pageCount && page < m_maxPages) {
                fetchListPages(baseUrl, page + 1, acc, what, guard, done);
                return;
            }
            done(*acc);
        });
}

void TraktClient::postWrite(const QString &path, const QJsonObject &payload, bool removal,
    QObject *context, WriteCallback done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = endpoint(path);
    request.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // Idempotent on Trakt's side, but a write all the same: sent once; after a timeout the caller
    // reads the list and decides.
    request.idempotent = false;
    request.maxResponseBytes = ResponseLimit::Page;
    sendAuthorized(request, true, context, [done, removal](const HttpResponse &response) {
        if (!response.ok()) {
            done(response.error, response.outcomeUnknown);
            return;
        }
        if (!isWriteAnswer(response.json, removal)) {
            Error error = makeError(ErrorCode::BadResponse,
                tr("Trakt's answer to a list or rating change is not in the expected form."), {},
                response.status);
            error.detail = u"HTTP %1, %2 bytes; outcome unknown: the server may have applied this "
                           u"request"_s.arg(response.status)
                               .arg(response.body.size());
            done(error, true);
            return;
        }
        done(parseWriteResult(response.json.object()), false);
    });
}

void TraktClient::ratings(QObject *context, Callback<QList<TraktRating>> done)
{
    fetchRatings(0, std::make_shared<QList<TraktRating>>(), context, std::move(done));
}

void TraktClient::fetchRatings(int part, std::shared_ptr<QList<TraktRating>> acc, QObject *context,
    Callback<QList<TraktRating>> done)
{
    // Shows, then seasons, then movies; the first failure ends the read.
    if (part >= int(std::size(ratingParts))) {
        done(*acc);
        return;
    }
    const RatingPart p = ratingParts[part];
    QPointer<QObject> guard(context);
    fetchListPages(endpoint(QStringView(p.path).toString()), 1, std::make_shared<QJsonArray>(),
        tr("Trakt sent the ratings in an unexpected form."), guard,
        [this, acc, guard, done, part, kind = p.kind](const Result<QJsonArray> &page) {
            if (!page) {
                done(page.error());
                return;
            }
            for (const QJsonValue &v : page.value()) {
                auto rating = parseRating(v.toObject(), kind);
                if (!rating) {
                    done(rating.error());
                    return;
                }
                acc->append(std::move(rating).value());
            }
            fetchRatings(part + 1, acc, guard, done);
        });
}

void TraktClient::addRatings(const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/sync/ratings"_s, payload, false, context, std::move(done));
}

void TraktClient::removeRatings(const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/sync/ratings/remove"_s, payload, true, context, std::move(done));
}

void TraktClient::watchlist(QObject *context, Callback<QList<TraktListItem>> done)
{
    QPointer<QObject> guard(context);
    const QString what = tr("Trakt sent the watchlist in an unexpected form.");
    fetchListPages(endpoint(u"/sync/watchlist/shows"_s), 1, std::make_shared<QJsonArray>(), what,
        guard, [this, guard, done, what](const Result<QJsonArray> &shows) {
            if (!shows) {
                done(shows.error());
                return;
            }
            fetchListPages(endpoint(u"/sync/watchlist/movies"_s), 1, std::make_shared<QJsonArray>(),
                what, guard, [shows, done](const Result<QJsonArray> &movies) {
                    if (!movies) {
                        done(movies.error());
                        return;
                    }
                    QList<TraktListItem> items;
                    for (const QJsonArray &array : { shows.value(), movies.value() }) {
                        for (const QJsonValue &v : array) {
                            auto item = parseListItem(v.toObject());
                            if (!item) {
                                done(item.error());
                                return;
                            }
                            items.append(std::move(item).value());
                        }
                    }
                    done(items);
                });
        });
}

void TraktClient::addToWatchlist(const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/sync/watchlist"_s, payload, false, context, std::move(done));
}

void TraktClient::removeFromWatchlist(
    const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/sync/watchlist/remove"_s, payload, true, context, std::move(done));
}

void TraktClient::droppedShows(QObject *context, Callback<QList<TraktListItem>> done)
{
    QUrl url = endpoint(u"/users/hidden/dropped"_s);
    url.setQuery(QUrlQuery { { u"type"_s, u"show"_s } });
    fetchListPages(url, 1, std::make_shared<QJsonArray>(),
        tr("Trakt sent the dropped shows in an unexpected form."), context,
        [done](const Result<QJsonArray> &all) {
            if (!all) {
                done(all.error());
                return;
            }
            QList<TraktListItem> items;
            for (const QJsonValue &v : all.value()) {
                auto item = parseListItem(v.toObject());
                if (!item) {
                    done(item.error());
                    return;
                }
                items.append(std::move(item).value());
            }
            done(items);
        });
}

void TraktClient::addDropped(const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/users/hidden/dropped"_s, payload, false, context, std::move(done));
}

void TraktClient::removeDropped(const QJsonObject &payload, QObject *context, WriteCallback done)
{
    postWrite(u"/users/hidden/dropped/remove"_s, payload, true, context, std::move(done));
}

} // namespace Tsuzuki

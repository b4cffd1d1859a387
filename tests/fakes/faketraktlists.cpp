// FakeTrakt, the parts beyond plays (issue 16): ratings (GET /sync/ratings/{type}, POST
// /sync/ratings[/remove]), the watchlist (GET /sync/watchlist/{type}, POST
// /sync/watchlist[/remove], 420 when full) and the dropped shows (GET
// /users/hidden/dropped?type=show, POST /users/hidden/dropped[/remove]), in Trakt's real shapes.
// The rest of the fake is faketrakt.cpp.
#include "tests/fakes/faketrakt.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString isoSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.000Z"_s);
}

qint64 nowOr(qint64 secs)
{
    return secs > 0 ? secs : QDateTime::currentSecsSinceEpoch();
}

qint64 parseSecs(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

FakeResponse badRequest(const QString &description)
{
    return FakeResponse::json(
        QJsonObject { { u"error"_s, u"bad_request"_s }, { u"error_description"_s, description } },
        400);
}

/// Trakt's count block: every type, 0 when nothing.
QJsonObject countBlock(const QHash<QString, int> &counts, const QStringList &types)
{
    QJsonObject o;
    for (const QString &type : types)
        o.insert(type, counts.value(type));
    return o;
}

QJsonObject notFoundBlock(const QHash<QString, QJsonArray> &lists, const QStringList &types)
{
    QJsonObject o;
    for (const QString &type : types)
        o.insert(type, lists.value(type));
    return o;
}

/// One page of `items` (page/limit as Trakt reads them, limit default `defaultLimit`; 0 = all
/// unless asked), with Trakt's pagination headers when paginated.
FakeResponse paged(const QJsonArray &items, const FakeRequest &request, int defaultLimit)
{
    const bool asked
        = request.query.hasQueryItem(u"page"_s) || request.query.hasQueryItem(u"limit"_s);
    if (!asked && defaultLimit <= 0)
        return FakeResponse::json(items);
    const int page = qMax(1, request.query.queryItemValue(u"page"_s).toInt());
    const int limitRaw = request.query.queryItemValue(u"limit"_s).toInt();
    const int limit = limitRaw > 0 ? limitRaw : (defaultLimit > 0 ? defaultLimit : 10);
    const qsizetype total = items.size();
    const qsizetype pageCount = qMax<qsizetype>(1, (total + limit - 1) / limit);
    QJsonArray out;
    for (qsizetype i = qsizetype(page - 1) * limit; i < total && i < qsizetype(page) * limit; ++i)
        out.append(items.at(i));
    return FakeResponse::json(out)
        .withHeader("X-Pagination-Page"_ba, QByteArray::number(page))
        .withHeader("X-Pagination-Limit"_ba, QByteArray::number(limit))
        .withHeader("X-Pagination-Page-Count"_ba, QByteArray::number(pageCount))
        .withHeader("X-Pagination-Item-Count"_ba, QByteArray::number(total));
}

const QStringList ratingTypes = { u"movies"_s, u"shows"_s, u"seasons"_s, u"episodes"_s };
const QStringList hiddenTypes = { u"movies"_s, u"shows"_s, u"seasons"_s, u"users"_s };

} // namespace

// ---- state ----------------------------------------------------------------------------

int FakeTrakt::watchlistLimit() const
{
    if (m_watchlistLimit > 0)
        return m_watchlistLimit;
    const QJsonValue configured = m_limits.value(u"watchlist"_s).toObject().value(u"item_count"_s);
    if (configured.isDouble())
        return configured.toInt();
    return m_vip ? 5000 : 100;
}

void FakeTrakt::setRating(RatingKind kind, qint64 traktId, int season, int rating, qint64 ratedAt)
{
    if (kind != RatingKind::Season)
        season = 0;
    m_ratings.removeIf([&](const Rating &r) {
        return r.kind == kind && r.trakt == traktId && r.season == season;
    });
    if (rating > 0)
        m_ratings.append(Rating { kind, traktId, season, rating, nowOr(ratedAt) });
}

void FakeTrakt::addWatchlist(bool movie, qint64 traktId, qint64 listedAt)
{
    if (!onWatchlist(movie, traktId))
        m_watchlist.append(FakeTraktListed { movie, traktId, nowOr(listedAt) });
}

void FakeTrakt::addDropped(qint64 showTraktId, qint64 hiddenAt)
{
    if (!isDropped(showTraktId))
        m_dropped.append(FakeTraktListed { false, showTraktId, nowOr(hiddenAt) });
}

int FakeTrakt::rating(RatingKind kind, qint64 traktId, int season) const
{
    for (const Rating &r : m_ratings) {
        if (r.kind == kind && r.trakt == traktId
            && (kind != RatingKind::Season || r.season == season))
            return r.rating;
    }
    return 0;
}

bool FakeTrakt::onWatchlist(bool movie, qint64 traktId) const
{
    return std::any_of(m_watchlist.cbegin(), m_watchlist.cend(),
        [&](const FakeTraktListed &l) { return l.movie == movie && l.trakt == traktId; });
}

bool FakeTrakt::isDropped(qint64 showTraktId) const
{
    return std::any_of(m_dropped.cbegin(), m_dropped.cend(),
        [&](const FakeTraktListed &l) { return l.trakt == showTraktId; });
}

void FakeTrakt::clearLists()
{
    m_ratings.clear();
    m_watchlist.clear();
    m_dropped.clear();
}

void FakeTrakt::loadListsScenario(const QJsonObject &o)
{
    if (o.contains(u"watchOnlyOnce"_s))
        setWatchOnlyOnce(o.value(u"watchOnlyOnce"_s).toBool());
    if (o.contains(u"watchlistLimit"_s))
        setWatchlistLimit(o.value(u"watchlistLimit"_s).toInt());
    for (const QJsonValue &v : o.value(u"ratings"_s).toArray()) {
        const QJsonObject r = v.toObject();
        const bool movie = r.contains(u"movie"_s);
        const bool season = !movie && r.contains(u"season"_s);
        setRating(movie ? RatingKind::Movie : (season ? RatingKind::Season : RatingKind::Show),
            r.value(movie ? u"movie"_s : u"show"_s).toInteger(), r.value(u"season"_s).toInt(),
            r.value(u"rating"_s).toInt());
    }
    for (const QJsonValue &v : o.value(u"watchlist"_s).toArray()) {
        const QJsonObject w = v.toObject();
        const bool movie = w.contains(u"movie"_s);
        addWatchlist(movie, w.value(movie ? u"movie"_s : u"show"_s).toInteger());
    }
    for (const QJsonValue &v : o.value(u"dropped"_s).toArray())
        addDropped(v.toObject().value(u"show"_s).toInteger());
}

QJsonObject FakeTrakt::listsStateJson() const
{
    static const char16_t *kindNames[] = { u"show", u"season", u"movie" };
    QJsonArray ratings;
    for (const Rating &r : m_ratings) {
        QJsonObject o { { u"kind"_s, QStringView(kindNames[int(r.kind)]).toString() },
            { r.kind == RatingKind::Movie ? u"movie"_s : u"show"_s, r.trakt },
            { u"rating"_s, r.rating }, { u"rated_at"_s, isoSecs(r.ratedAt) } };
        if (r.kind == RatingKind::Season)
            o.insert(u"season"_s, r.season);
        ratings.append(o);
    }
    QJsonArray watchlist;
    for (const FakeTraktListed &l : m_watchlist)
        watchlist.append(QJsonObject { { l.movie ? u"movie"_s : u"show"_s, l.trakt },
            { u"listed_at"_s, isoSecs(l.listedAt) } });
    QJsonArray dropped;
    for (const FakeTraktListed &l : m_dropped)
        dropped.append(
            QJsonObject { { u"show"_s, l.trakt }, { u"hidden_at"_s, isoSecs(l.listedAt) } });
    return QJsonObject { { u"ratings"_s, ratings }, { u"watchlist"_s, watchlist },
        { u"dropped"_s, dropped }, { u"watchOnlyOnce"_s, m_watchOnlyOnce },
        { u"watchlistLimit"_s, watchlistLimit() } };
}

// ---- HTTP -----------------------------------------------------------------------------

FakeResponse FakeTrakt::lists(const FakeRequest &request, const QStringList &parts)
{
    const QString head = parts.value(0);
    const QString section = parts.value(1);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const bool ratings = head == u"sync"_s && section == u"ratings"_s;
    const bool watchlist = head == u"sync"_s && section == u"watchlist"_s;
    const bool dropped
        = head == u"users"_s && section == u"hidden"_s && parts.value(2) == u"dropped"_s;
    if (!ratings && !watchlist && !dropped)
        return FakeResponse { 0, {}, {} };
    if (get && ratings && parts.size() <= 4)
        return getRatings(parts.value(2), request);
    if (get && watchlist && parts.size() <= 4)
        return getWatchlist(parts.value(2), request);
    if (get && dropped && parts.size() == 3)
        return getDropped(request);
    const int base = dropped ? 3 : 2;
    const bool remove = parts.size() == base + 1 && parts.at(base) == u"remove"_s;
    if (!post || (parts.size() != base && !remove))
        return FakeResponse::json(QJsonObject { { u"error"_s, u"not_found"_s } }, 404);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(u"body is not a JSON object"_s);
    if (ratings)
        return postRatings(body, remove);
    if (watchlist)
        return postWatchlist(body, remove);
    return postDropped(body, remove);
}

FakeResponse FakeTrakt::getRatings(const QString &type, const FakeRequest &request) const
{
    const bool all = type.isEmpty() || type == u"all"_s;
    if (!all && type != u"shows"_s && type != u"seasons"_s && type != u"movies"_s
        && type != u"episodes"_s)
        return FakeResponse::json(QJsonObject { { u"error"_s, u"not_found"_s } }, 404);
    rebuildIndexes();
    QJsonArray items;
    for (const Rating &r : m_ratings) {
        const bool movie = r.kind == RatingKind::Movie;
        const QString kind
            = movie ? u"movie"_s : (r.kind == RatingKind::Season ? u"season"_s : u"show"_s);
        if (!all && type != kind + u's')
            continue;
        QJsonObject o { { u"rated_at"_s, isoSecs(r.ratedAt) }, { u"rating"_s, r.rating },
            { u"type"_s, kind } };
        if (movie) {
            const qsizetype m = m_movieByTrakt.value(r.trakt, -1);
            o.insert(u"movie"_s,
                m >= 0 ? m_movies.at(m).summaryJson()
                       : QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, r.trakt } } } });
        } else {
            const qsizetype s = m_showByTrakt.value(r.trakt, -1);
            o.insert(u"show"_s,
                s >= 0 ? m_shows.at(s).summaryJson()
                       : QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, r.trakt } } } });
            if (r.kind == RatingKind::Season) {
                QJsonObject season { { u"number"_s, r.season } };
                if (s >= 0) {
                    for (const FakeTraktSeason &se : m_shows.at(s).seasons) {
                        if (se.number == r.season && se.trakt)
                            season.insert(u"ids"_s, QJsonObject { { u"trakt"_s, se.trakt } });
                    }
                }
                o.insert(u"season"_s, season);
            }
        }
        items.append(o);
    }
    return paged(items, request, 0);
}

FakeResponse FakeTrakt::postRatings(const QJsonObject &body, bool remove)
{
    auto validRating = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= 1
            && v.toInt() <= 10;
    };
    // Checked whole first: a rating outside 1..10 refuses the request and changes nothing.
    if (!remove) {
        for (const QJsonValue &mv : body.value(u"movies"_s).toArray()) {
            if (!validRating(mv.toObject().value(u"rating"_s)))
                return badRequest(u"rating must be an integer from 1 to 10"_s);
        }
        for (const QJsonValue &sv : body.value(u"shows"_s).toArray()) {
            const QJsonObject so = sv.toObject();
            if (so.contains(u"rating"_s) && !validRating(so.value(u"rating"_s)))
                return badRequest(u"rating must be an integer from 1 to 10"_s);
            if (!so.contains(u"seasons"_s) && !so.contains(u"rating"_s))
                return badRequest(u"rating must be an integer from 1 to 10"_s);
            for (const QJsonValue &se : so.value(u"seasons"_s).toArray()) {
                const QJsonValue r = se.toObject().value(u"rating"_s);
                if (!r.isUndefined() && !validRating(r))
                    return badRequest(u"rating must be an integer from 1 to 10"_s);
            }
        }
    }
    QHash<QString, int> changed;
    QHash<QString, QJsonArray> notFound;
    auto apply = [&](RatingKind kind, qint64 trakt, int season, const QJsonObject &item,
                     const QString &type) {
        if (remove) {
            if (rating(kind, trakt, season) > 0) {
                setRating(kind, trakt, season, 0);
                ++changed[type];
            }
            return;
        }
        setRating(kind, trakt, season, item.value(u"rating"_s).toInt(),
            item.contains(u"rated_at"_s) ? parseSecs(item.value(u"rated_at"_s)) : 0);
        ++changed[type];
    };
    for (const QJsonValue &mv : body.value(u"movies"_s).toArray()) {
        const QJsonObject mo = mv.toObject();
        const qsizetype m = findMovie(mo.value(u"ids"_s).toObject());
        if (m < 0) {
            notFound[u"movies"_s].append(mo);
            continue;
        }
        apply(RatingKind::Movie, m_movies.at(m).ids.trakt, 0, mo, u"movies"_s);
    }
    for (const QJsonValue &sv : body.value(u"shows"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        const qsizetype s = findShow(so.value(u"ids"_s).toObject());
        if (s < 0) {
            notFound[u"shows"_s].append(so);
            continue;
        }
        const FakeTraktShow &show = m_shows.at(s);
        if (so.contains(u"rating"_s) || (remove && !so.contains(u"seasons"_s)))
            apply(RatingKind::Show, show.ids.trakt, 0, so, u"shows"_s);
        for (const QJsonValue &se : so.value(u"seasons"_s).toArray()) {
            const QJsonObject seo = se.toObject();
            const int number = seo.value(u"number"_s).toInt(-1);
            const bool known = std::any_of(show.seasons.cbegin(), show.seasons.cend(),
                [number](const FakeTraktSeason &x) { return x.number == number; });
            if (!known) {
                notFound[u"seasons"_s].append(seo);
                continue;
            }
            if (!remove && !seo.contains(u"rating"_s))
                continue;
            apply(RatingKind::Season, show.ids.trakt, number, seo, u"seasons"_s);
        }
    }
    // Seasons and episodes by their own ids: not kept by the fake.
    for (const QString &type : { u"seasons"_s, u"episodes"_s }) {
        for (const QJsonValue &v : body.value(type).toArray())
            notFound[type].append(v);
    }
    return FakeResponse::json(
        QJsonObject { { remove ? u"deleted"_s : u"added"_s, countBlock(changed, ratingTypes) },
            { u"not_found"_s, notFoundBlock(notFound, ratingTypes) } },
        remove ? 200 : 201);
}

FakeResponse FakeTrakt::getWatchlist(const QString &type, const FakeRequest &request) const
{
    const bool all = type.isEmpty() || type == u"all"_s;
    if (!all && type != u"shows"_s && type != u"movies"_s && type != u"seasons"_s
        && type != u"episodes"_s)
        return FakeResponse::json(QJsonObject { { u"error"_s, u"not_found"_s } }, 404);
    rebuildIndexes();
    QJsonArray items;
    qint64 rank = 0;
    for (const FakeTraktListed &l : m_watchlist) {
        ++rank;
        if (!all && type != (l.movie ? u"movies"_s : u"shows"_s))
            continue;
        const qsizetype i = (l.movie ? m_movieByTrakt : m_showByTrakt).value(l.trakt, -1);
        const QJsonObject media = i < 0
            ? QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, l.trakt } } } }
            : (l.movie ? m_movies.at(i).summaryJson() : m_shows.at(i).summaryJson());
        items.append(QJsonObject { { u"rank"_s, rank }, { u"id"_s, 100'000 + rank },
            { u"listed_at"_s, isoSecs(l.listedAt) }, { u"notes"_s, QJsonValue() },
            { u"type"_s, l.movie ? u"movie"_s : u"show"_s },
            { l.movie ? u"movie"_s : u"show"_s, media } });
    }
    return paged(items, request, 0);
}

FakeResponse FakeTrakt::postWatchlist(const QJsonObject &body, bool remove)
{
    QHash<QString, int> changed;
    QHash<QString, int> existing;
    QHash<QString, QJsonArray> notFound;
    struct Item
    {
        bool movie;
        qint64 trakt;
    };
    QList<Item> items;
    for (const QString &type : { u"movies"_s, u"shows"_s }) {
        const bool movie = type == u"movies"_s;
        for (const QJsonValue &v : body.value(type).toArray()) {
            const QJsonObject ids = v.toObject().value(u"ids"_s).toObject();
            const qsizetype i = movie ? findMovie(ids) : findShow(ids);
            if (i < 0) {
                notFound[type].append(v);
                continue;
            }
            items.append(
                Item { movie, movie ? m_movies.at(i).ids.trakt : m_shows.at(i).ids.trakt });
        }
    }
    for (const QString &type : { u"seasons"_s, u"episodes"_s }) {
        for (const QJsonValue &v : body.value(type).toArray())
            notFound[type].append(v);
    }
    if (!remove) {
        // A full watchlist refuses the whole request (420), like the history limit.
        QList<Item> fresh;
        for (const Item &item : std::as_const(items)) {
            const bool dup = std::any_of(fresh.cbegin(), fresh.cend(),
                [&](const Item &f) { return f.movie == item.movie && f.trakt == item.trakt; });
            if (!dup && !onWatchlist(item.movie, item.trakt))
                fresh.append(item);
        }
        if (watchlistCount() + fresh.size() > watchlistLimit())
            return FakeResponse::json(QJsonObject { { u"error"_s, u"account_limit_exceeded"_s },
                                          { u"error_description"_s, u"Account limit exceeded"_s } },
                420)
                .withHeader("X-Account-Limit"_ba, QByteArray::number(watchlistLimit()))
                .withHeader("X-Upgrade-URL"_ba, "https://trakt.tv/vip"_ba)
                .withHeader("X-VIP-User"_ba, m_vip ? "true"_ba : "false"_ba);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Item &item : std::as_const(items)) {
        const QString type = item.movie ? u"movies"_s : u"shows"_s;
        const bool listed = onWatchlist(item.movie, item.trakt);
        if (remove) {
            if (listed) {
                m_watchlist.removeIf([&](const FakeTraktListed &l) {
                    return l.movie == item.movie && l.trakt == item.trakt;
                });
                ++changed[type];
            }
        } else if (listed) {
            ++existing[type];
        } else {
            addWatchlist(item.movie, item.trakt, now);
            ++changed[type];
        }
    }
    QJsonObject answer { { remove ? u"deleted"_s : u"added"_s, countBlock(changed, ratingTypes) },
        { u"not_found"_s, notFoundBlock(notFound, ratingTypes) },
        { u"list"_s,
            QJsonObject {
                { u"updated_at"_s, isoSecs(now) }, { u"item_count"_s, watchlistCount() } } } };
    if (!remove)
        answer.insert(u"existing"_s, countBlock(existing, ratingTypes));
    return FakeResponse::json(answer, remove ? 200 : 201);
}

FakeResponse FakeTrakt::getDropped(const FakeRequest &request) const
{
    const QString type = request.query.queryItemValue(u"type"_s);
    if (!type.isEmpty() && type != u"show"_s)
        return paged(QJsonArray(), request, 10);
    rebuildIndexes();
    QJsonArray items;
    for (const FakeTraktListed &l : m_dropped) {
        const qsizetype i = m_showByTrakt.value(l.trakt, -1);
        items.append(
            QJsonObject { { u"hidden_at"_s, isoSecs(l.listedAt) }, { u"type"_s, u"show"_s },
                { u"show"_s,
                    i < 0 ? QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, l.trakt } } } }
                          : m_shows.at(i).summaryJson() } });
    }
    // Trakt pages this list always (10 items unless `limit` says otherwise).
    return paged(items, request, 10);
}

FakeResponse FakeTrakt::postDropped(const QJsonObject &body, bool remove)
{
    QHash<QString, int> changed;
    QHash<QString, QJsonArray> notFound;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QJsonValue &v : body.value(u"shows"_s).toArray()) {
        const qsizetype s = findShow(v.toObject().value(u"ids"_s).toObject());
        if (s < 0) {
            notFound[u"shows"_s].append(v);
            continue;
        }
        const qint64 trakt = m_shows.at(s).ids.trakt;
        if (remove && isDropped(trakt)) {
            m_dropped.removeIf([trakt](const FakeTraktListed &l) { return l.trakt == trakt; });
            ++changed[u"shows"_s];
        } else if (!remove && !isDropped(trakt)) {
            addDropped(trakt, now);
            ++changed[u"shows"_s];
        }
    }
    for (const QString &type : { u"movies"_s, u"seasons"_s, u"users"_s }) {
        for (const QJsonValue &v : body.value(type).toArray())
            notFound[type].append(v); // the dropped list holds shows only
    }
    return FakeResponse::json(
        QJsonObject { { remove ? u"deleted"_s : u"added"_s, countBlock(changed, hiddenTypes) },
            { u"not_found"_s, notFoundBlock(notFound, hiddenTypes) } },
        remove ? 200 : 201);
}

} // namespace Tsuzuki

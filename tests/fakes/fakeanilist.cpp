#include "tests/fakes/fakeanilist.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QJsonObject graphQLErrors(const QString &message, int status)
{
    return QJsonObject {
        { u"errors"_s,
            QJsonArray { QJsonObject { { u"message"_s, message }, { u"status"_s, status } } } },
        { u"data"_s, QJsonValue::Null }
    };
}

/// The value of argument `name` of the root field: `name: $var` is looked up in `variables`,
/// `name: 12` is read from the query text, and a variable called `name` is used as a fallback.
QJsonValue argValue(const QJsonObject &vars, const QString &query, const QString &name)
{
    const QRegularExpression byVariable(
        u"\\b"_s + QRegularExpression::escape(name) + u"\\s*:\\s*\\$(\\w+)"_s);
    const auto v = byVariable.match(query);
    if (v.hasMatch())
        return vars.value(v.captured(1));
    const QRegularExpression literal(u"\\b"_s + QRegularExpression::escape(name)
        + u"\\s*:\\s*(-?\\d+|true|false|\\[[A-Z_,\\s]*\\])"_s);
    const auto m = literal.match(query);
    if (m.hasMatch()) {
        const QString text = m.captured(1);
        if (text == u"true"_s || text == u"false"_s)
            return text == u"true"_s;
        if (text.startsWith(u'[')) {
            QJsonArray items;
            for (const QString &s : text.mid(1, text.size() - 2).split(u',', Qt::SkipEmptyParts))
                items.append(s.trimmed());
            return items;
        }
        return text.toLongLong();
    }
    return vars.value(name);
}

std::optional<qint64> intArg(const QJsonObject &vars, const QString &query, const QString &name)
{
    const QJsonValue v = argValue(vars, query, name);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

const QStringList &statusOrder()
{
    static const QStringList order = { u"CURRENT"_s, u"REPEATING"_s, u"COMPLETED"_s, u"PAUSED"_s,
        u"DROPPED"_s, u"PLANNING"_s };
    return order;
}

QString listName(const QString &status)
{
    if (status == u"CURRENT"_s)
        return u"Watching"_s;
    if (status == u"REPEATING"_s)
        return u"Rewatching"_s;
    if (status == u"COMPLETED"_s)
        return u"Completed"_s;
    if (status == u"PAUSED"_s)
        return u"Paused"_s;
    if (status == u"DROPPED"_s)
        return u"Dropped"_s;
    return u"Planning"_s;
}

} // namespace

FakeAniList::FakeAniList(QObject *parent)
    : FakeServer(u"anilist"_s, parent)
{ }

void FakeAniList::addUser(int id, const QString &name, const QString &token)
{
    for (FakeAniUser &u : m_users) {
        if (u.id == id) {
            u.name = name;
            u.token = token;
            return;
        }
    }
    m_users.append(FakeAniUser { id, name, token, u"POINT_10"_s });
}

bool FakeAniList::setScoreFormat(int userId, const QString &scoreFormat)
{
    for (FakeAniUser &u : m_users) {
        if (u.id == userId) {
            u.scoreFormat = scoreFormat;
            return true;
        }
    }
    return false;
}

void FakeAniList::addMedia(const FakeAniMedia &media)
{
    m_media.insert(media.id, media);
}

qint64 FakeAniList::addEntry(const FakeAniListEntry &entry)
{
    for (FakeAniListEntry &e : m_entries) {
        if (e.userId == entry.userId && e.mediaId == entry.mediaId) {
            const qint64 id = e.id;
            e = entry;
            e.id = id;
            return id;
        }
    }
    FakeAniListEntry e = entry;
    if (e.id == 0)
        e.id = ++m_nextEntryId;
    m_entries.append(e);
    return e.id;
}

QList<FakeAniActivity> FakeAniList::takeNewestActivities(int count)
{
    const qsizetype n = std::min<qsizetype>(count, m_activities.size());
    QList<FakeAniActivity> taken = m_activities.mid(m_activities.size() - n);
    m_activities.resize(m_activities.size() - n);
    return taken;
}

qint64 FakeAniList::addActivity(const FakeAniActivity &activity)
{
    FakeAniActivity a = activity;
    if (a.id == 0)
        a.id = m_nextActivityId;
    m_nextActivityId = qMax(m_nextActivityId, a.id + 1);
    if (a.createdAt == 0)
        a.createdAt = QDateTime::currentSecsSinceEpoch();
    auto it = std::lower_bound(m_activities.begin(), m_activities.end(), a.id,
        [](const FakeAniActivity &x, qint64 id) { return x.id < id; });
    m_activities.insert(it, a);
    return a.id;
}

void FakeAniList::loadLibrary(const FakeLibrary &library)
{
    addUser(library.userId, library.userName, library.token);
    m_media.reserve(m_media.size() + library.media.size());
    for (const FakeAniMedia &m : library.media)
        addMedia(m);
    // Bulk paths: generated data has unique media per user and ascending activity ids.
    m_entries.reserve(m_entries.size() + library.entries.size());
    for (FakeAniListEntry e : library.entries) {
        if (e.id == 0)
            e.id = ++m_nextEntryId;
        m_entries.append(e);
    }
    m_activities.reserve(m_activities.size() + library.activities.size());
    for (const FakeAniActivity &a : library.activities) {
        if (m_activities.isEmpty() || m_activities.last().id < a.id) {
            m_activities.append(a);
            m_nextActivityId = qMax(m_nextActivityId, a.id + 1);
        } else {
            addActivity(a);
        }
    }
}

void FakeAniList::loadScenario(const QJsonObject &o)
{
    for (const QJsonValue &v : o.value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        addUser(u.value(u"id"_s).toInt(), u.value(u"name"_s).toString(),
            u.value(u"token"_s).toString());
        if (u.contains(u"scoreFormat"_s))
            setScoreFormat(u.value(u"id"_s).toInt(), u.value(u"scoreFormat"_s).toString());
    }
    for (const QJsonValue &v : o.value(u"media"_s).toArray())
        addMedia(FakeAniMedia::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"entries"_s).toArray()) {
        const QJsonObject eo = v.toObject();
        if (eo.value(u"media"_s).isObject())
            addMedia(FakeAniMedia::fromJson(eo.value(u"media"_s).toObject()));
        addEntry(FakeAniListEntry::fromJson(eo));
    }
    for (const QJsonValue &v : o.value(u"activities"_s).toArray()) {
        const QJsonObject ao = v.toObject();
        if (ao.value(u"media"_s).isObject())
            addMedia(FakeAniMedia::fromJson(ao.value(u"media"_s).toObject()));
        addActivity(FakeAniActivity::fromJson(ao));
    }
    if (o.contains(u"rateLimit"_s)) {
        const QJsonObject r = o.value(u"rateLimit"_s).toObject();
        setRateLimit(r.value(u"limit"_s).toInt(90), r.value(u"remaining"_s).toInt(89),
            r.value(u"decrement"_s).toBool(false));
    }
    for (const QJsonValue &v : o.value(u"graphqlErrors"_s).toArray()) {
        const QJsonObject e = v.toObject();
        injectGraphQLError(e.value(u"rootField"_s).toString(), e.value(u"message"_s).toString(),
            e.value(u"status"_s).toInt(500), e.value(u"times"_s).toInt(1),
            e.value(u"httpStatus"_s).toInt(200));
    }
}

const FakeAniMedia *FakeAniList::media(int id) const
{
    auto it = m_media.constFind(id);
    return it == m_media.constEnd() ? nullptr : &it.value();
}

QList<FakeAniListEntry> FakeAniList::entries(int userId) const
{
    QList<FakeAniListEntry> out;
    for (const FakeAniListEntry &e : m_entries) {
        if (e.userId == userId)
            out.append(e);
    }
    return out;
}

void FakeAniList::setRateLimit(int limit, int remaining, bool decrement)
{
    m_rateLimit = limit;
    m_rateRemaining = remaining;
    m_rateDecrement = decrement;
}

void FakeAniList::injectGraphQLError(
    const QString &rootField, const QString &message, int errorStatus, int times, int httpStatus)
{
    m_errors.append(InjectedError { rootField, message, errorStatus, httpStatus, times });
}

void FakeAniList::setPageLimits(int maxPerPage, int maxPerChunk)
{
    m_maxPerPage = qMax(1, maxPerPage);
    m_maxPerChunk = qMax(1, maxPerChunk);
}

QString FakeAniList::rootField(const QString &query)
{
    static const QRegularExpression comments(u"#[^\n]*"_s);
    QString q = query;
    q.remove(comments);
    const qsizetype brace = q.indexOf(u'{');
    if (brace < 0)
        return {};
    static const QRegularExpression field(u"^\\s*(?:\\w+\\s*:\\s*)?(\\w+)"_s);
    const auto m = field.match(QStringView(q).mid(brace + 1));
    return m.hasMatch() ? m.captured(1) : QString();
}

FakeResponse FakeAniList::expiredTokenResponse() const
{
    return FakeResponse::json(graphQLErrors(u"Invalid token"_s, 400), 400);
}

FakeResponse FakeAniList::statusResponse(int status) const
{
    if (status >= 520 && status <= 530)
        return FakeServer::statusResponse(status);
    const QString message = status == 429 ? u"Too Many Requests."_s
        : status >= 500                   ? u"Internal Server Error"_s
                                          : u"Error"_s;
    return FakeResponse::json(graphQLErrors(message, status), status);
}

void FakeAniList::decorate(FakeResponse &response, const FakeRequest &)
{
    if (m_rateDecrement && m_rateRemaining > 0)
        --m_rateRemaining;
    int remaining = m_rateRemaining;
    if (response.status == 429) {
        remaining = 0;
        const int retryAfter = response.header("Retry-After").toInt();
        response.withHeader("X-RateLimit-Reset"_ba,
            QByteArray::number(QDateTime::currentSecsSinceEpoch() + retryAfter));
    }
    response.withHeader("X-RateLimit-Limit"_ba, QByteArray::number(m_rateLimit));
    response.withHeader("X-RateLimit-Remaining"_ba, QByteArray::number(remaining));
}

FakeResponse FakeAniList::route(const FakeRequest &request, QString *authLabel)
{
    if (request.path != u"/"_s)
        return FakeResponse::json(graphQLErrors(u"Not Found."_s, 404), 404);
    if (request.method != "POST")
        return FakeResponse::json(graphQLErrors(u"Must provide query string."_s, 400), 400);

    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    const QString query = body.value(u"query"_s).toString();
    if (!ok || query.isEmpty())
        return FakeResponse::json(graphQLErrors(u"Must provide query string."_s, 400), 400);
    QJsonObject vars = body.value(u"variables"_s).toObject();
    if (body.value(u"variables"_s).isString())
        vars = QJsonDocument::fromJson(body.value(u"variables"_s).toString().toUtf8()).object();

    const QString root = rootField(query);
    m_operations[root] += 1;

    const QByteArray token = request.bearerToken();
    const FakeAniUser *user = nullptr;
    for (const FakeAniUser &u : m_users) {
        if (!token.isEmpty() && u.token.toUtf8() == token)
            user = &u;
    }
    // Like AniList: public data (a Media by id) needs no token; a token that is sent must be
    // valid.
    if (!user && token.isEmpty() && root == u"Media"_s) {
        *authLabel = u"none"_s;
        return mediaById(vars, query);
    }
    if (!user) {
        *authLabel = token.isEmpty() ? u"none"_s : u"invalid"_s;
        return expiredTokenResponse();
    }
    *authLabel = u"user:"_s + QString::number(user->id);

    for (InjectedError &e : m_errors) {
        if (e.remaining == 0 || (!e.rootField.isEmpty() && e.rootField != root))
            continue;
        if (e.remaining > 0)
            --e.remaining;
        return FakeResponse::json(graphQLErrors(e.message, e.status), e.httpStatus);
    }

    if (root == u"Viewer"_s)
        return viewer(user->id);
    if (root == u"Page"_s && query.contains(u"activities"_s))
        return activityPage(user->id, vars, query);
    if (root == u"MediaListCollection"_s)
        return listCollection(user->id, vars, query);
    if (root == u"Media"_s)
        return mediaById(vars, query);
    return FakeResponse::json(
        graphQLErrors(u"Cannot query field \"%1\" on type \"Query\"."_s.arg(root), 400), 400);
}

FakeResponse FakeAniList::viewer(int userId) const
{
    for (const FakeAniUser &u : m_users) {
        if (u.id == userId) {
            return FakeResponse::json(QJsonObject { { u"data"_s,
                QJsonObject { { u"Viewer"_s,
                    QJsonObject { { u"id"_s, u.id }, { u"name"_s, u.name } } } } } });
        }
    }
    return FakeResponse::json(graphQLErrors(u"Not Found."_s, 404));
}

QJsonObject FakeAniList::mediaJson(int mediaId) const
{
    auto it = m_media.constFind(mediaId);
    if (it != m_media.constEnd())
        return it->toJson();
    FakeAniMedia m;
    m.id = mediaId;
    m.romaji = u"Media %1"_s.arg(mediaId);
    return m.toJson();
}

FakeResponse FakeAniList::activityPage(
    int viewerId, const QJsonObject &vars, const QString &query) const
{
    const int userId = int(intArg(vars, query, u"userId"_s).value_or(viewerId));
    const qint64 greater = intArg(vars, query, u"createdAt_greater"_s).value_or(0);
    const qint64 lesser = intArg(vars, query, u"createdAt_lesser"_s).value_or(0);
    const int page = int(qMax<qint64>(1, intArg(vars, query, u"page"_s).value_or(1)));
    const int perPage = int(
        qBound(qint64(1), intArg(vars, query, u"perPage"_s).value_or(50), qint64(m_maxPerPage)));

    const qint64 skip = qint64(page - 1) * perPage;
    qint64 seen = 0;
    QJsonArray items;
    bool hasNext = false;
    // Newest first (ID_DESC).
    for (auto it = m_activities.crbegin(); it != m_activities.crend(); ++it) {
        const FakeAniActivity &a = *it;
        if (a.userId != userId || a.createdAt <= greater || (lesser > 0 && a.createdAt >= lesser))
            continue;
        if (m_activityCutoff > 0 && a.createdAt > m_activityCutoff)
            continue; // not logged yet, as far as the feed shows
        if (seen++ < skip)
            continue;
        if (items.size() == perPage) {
            hasNext = true;
            break;
        }
        items.append(QJsonObject { { u"__typename"_s, u"ListActivity"_s }, { u"id"_s, a.id },
            { u"userId"_s, a.userId }, { u"type"_s, u"ANIME_LIST"_s }, { u"status"_s, a.status },
            { u"progress"_s, a.progressJson() }, { u"createdAt"_s, a.createdAt },
            { u"media"_s, mediaJson(a.mediaId) } });
    }
    const QJsonObject pageInfo { { u"hasNextPage"_s, hasNext }, { u"currentPage"_s, page },
        { u"perPage"_s, perPage } };
    return FakeResponse::json(QJsonObject { { u"data"_s,
        QJsonObject { { u"Page"_s,
            QJsonObject { { u"pageInfo"_s, pageInfo }, { u"activities"_s, items } } } } } });
}

QJsonObject FakeAniList::entryJson(const FakeAniListEntry &e) const
{
    return QJsonObject { { u"id"_s, e.id }, { u"mediaId"_s, e.mediaId }, { u"userId"_s, e.userId },
        { u"status"_s, e.status }, { u"progress"_s, e.progress }, { u"repeat"_s, e.repeat },
        { u"score"_s, e.score ? QJsonValue(*e.score) : QJsonValue() },
        { u"completedAt"_s, e.completedAt.toJson() }, { u"startedAt"_s, e.startedAt.toJson() },
        { u"updatedAt"_s, e.updatedAt }, { u"media"_s, mediaJson(e.mediaId) } };
}

FakeResponse FakeAniList::listCollection(
    int viewerId, const QJsonObject &vars, const QString &query) const
{
    const int userId = int(intArg(vars, query, u"userId"_s).value_or(viewerId));
    QStringList statusIn;
    const QJsonValue statusValue = argValue(vars, query, u"status_in"_s);
    for (const QJsonValue &v : statusValue.toArray())
        statusIn.append(v.toString());
    const QJsonValue single = argValue(vars, query, u"status"_s);
    if (single.isString())
        statusIn.append(single.toString());
    const QJsonValue force = argValue(vars, query, u"forceSingleCompletedList"_s);
    const bool singleCompleted = force.isBool() ? force.toBool() : false;
    const std::optional<qint64> chunkArg = intArg(vars, query, u"chunk"_s);
    const int perChunk = int(
        qBound(qint64(1), intArg(vars, query, u"perChunk"_s).value_or(500), qint64(m_maxPerChunk)));

    // Lists in AniList's order: status lists, then custom lists; one entry may be in several.
    struct ListRef
    {
        QString name;
        QString status; // empty for custom lists
        bool custom = false;
        QList<qsizetype> entries;
    };
    QList<ListRef> lists;
    auto listFor = [&lists](const QString &name, const QString &status, bool custom) -> ListRef & {
        for (ListRef &l : lists) {
            if (l.name == name && l.custom == custom)
                return l;
        }
        lists.append(ListRef { name, status, custom, {} });
        return lists.last();
    };
    for (const QString &status : statusOrder()) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const FakeAniListEntry &e = m_entries.at(i);
            if (e.userId != userId || e.status != status)
                continue;
            if (!statusIn.isEmpty() && !statusIn.contains(e.status))
                continue;
            QString name = listName(status);
            if (status == u"COMPLETED"_s && !singleCompleted) {
                const FakeAniMedia *m = media(e.mediaId);
                name += u' ' + (m ? m->format : u"TV"_s);
            }
            listFor(name, status, false).entries.append(i);
        }
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const FakeAniListEntry &e = m_entries.at(i);
        if (e.userId != userId || (!statusIn.isEmpty() && !statusIn.contains(e.status)))
            continue;
        for (const QString &custom : e.customLists)
            listFor(custom, QString(), true).entries.append(i);
    }

    qsizetype total = 0;
    for (const ListRef &l : lists)
        total += l.entries.size();
    qsizetype first = 0;
    qsizetype last = total;
    bool hasNextChunk = false;
    if (chunkArg) {
        const qint64 chunk = qMax<qint64>(1, *chunkArg);
        first = (chunk - 1) * perChunk;
        last = qMin<qsizetype>(total, first + perChunk);
        hasNextChunk = last < total;
    }

    QJsonArray listsJson;
    qsizetype position = 0;
    for (const ListRef &l : lists) {
        QJsonArray entries;
        for (qsizetype idx : l.entries) {
            if (position >= first && position < last)
                entries.append(entryJson(m_entries.at(idx)));
            ++position;
        }
        if (entries.isEmpty())
            continue;
        listsJson.append(QJsonObject { { u"name"_s, l.name }, { u"isCustomList"_s, l.custom },
            { u"isSplitCompletedList"_s, !singleCompleted && l.status == u"COMPLETED"_s },
            { u"status"_s, l.custom ? QJsonValue() : QJsonValue(l.status) },
            { u"entries"_s, entries } });
    }
    QString scoreFormat = u"POINT_10"_s;
    for (const FakeAniUser &u : m_users) {
        if (u.id == userId)
            scoreFormat = u.scoreFormat;
    }
    const QJsonObject user { { u"id"_s, userId },
        { u"mediaListOptions"_s, QJsonObject { { u"scoreFormat"_s, scoreFormat } } } };
    const QJsonObject collection { { u"hasNextChunk"_s, hasNextChunk }, { u"user"_s, user },
        { u"lists"_s, listsJson } };
    return FakeResponse::json(
        QJsonObject { { u"data"_s, QJsonObject { { u"MediaListCollection"_s, collection } } } });
}

FakeResponse FakeAniList::mediaById(const QJsonObject &vars, const QString &query) const
{
    const int id = int(intArg(vars, query, u"id"_s).value_or(0));
    const FakeAniMedia *m = media(id);
    if (const int mal = int(intArg(vars, query, u"idMal"_s).value_or(0)); !m && mal > 0) {
        // Media(idMal: …): AniList's entry for a MyAnimeList id.
        for (const FakeAniMedia &candidate : m_media) {
            if (candidate.idMal == mal)
                m = &candidate;
        }
    }
    if (!m)
        return FakeResponse::json(graphQLErrors(u"Not Found."_s, 404), 404);
    return FakeResponse::json(
        QJsonObject { { u"data"_s, QJsonObject { { u"Media"_s, m->toJson() } } } });
}

} // namespace Tsuzuki

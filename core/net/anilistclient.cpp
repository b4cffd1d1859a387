#include "anilistclient.h"

#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/net/httpclient.h"
#include "core/net/responselimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

const QString AniListClient::ViewerQuery = u"query { Viewer { id name } }"_s;

const QString AniListClient::ActivitiesQuery
    = uR"(query ($userId: Int, $createdAt_greater: Int, $page: Int, $perPage: Int) {
  Page(page: $page, perPage: $perPage) {
    pageInfo { hasNextPage }
    activities(userId: $userId, type: ANIME_LIST, createdAt_greater: $createdAt_greater, sort: ID_DESC) {
      ... on ListActivity {
        id status progress createdAt
        media { id idMal format episodes title { romaji english } }
      }
    }
  }
})"_s;

const QString AniListClient::LibraryQuery
    = uR"(query ($userId: Int, $status_in: [MediaListStatus], $chunk: Int, $perChunk: Int) {
  MediaListCollection(userId: $userId, type: ANIME, status_in: $status_in, chunk: $chunk, perChunk: $perChunk, forceSingleCompletedList: true) {
    hasNextChunk
    user { mediaListOptions { scoreFormat } }
    lists {
      name status
      entries {
        id status progress repeat score updatedAt
        completedAt { year month day }
        startedAt { year month day }
        media { id idMal format episodes title { romaji english } }
      }
    }
  }
})"_s;

namespace {

FuzzyDate parseFuzzyDate(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return FuzzyDate { o.value(u"year"_s).toInt(), o.value(u"month"_s).toInt(),
        o.value(u"day"_s).toInt() };
}

/// The messages of a GraphQL `errors` array, joined.
QString graphQLMessages(const QJsonArray &errors)
{
    QStringList messages;
    for (const QJsonValue &e : errors) {
        const QString message = e.toObject().value(u"message"_s).toString();
        if (!message.isEmpty())
            messages << message.left(200);
    }
    return messages.join(u"; "_s);
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d >= 0 && d <= 9007199254740992.0 && d == double(qint64(d));
}

bool isTextOrNull(const QJsonValue &value)
{
    return value.isString() || value.isNull() || value.isUndefined();
}

bool isWellFormedMedia(const QJsonValue &value)
{
    const QJsonObject m = value.toObject();
    return value.isObject() && isWholeNumber(m.value(u"id"_s)) && m.value(u"id"_s).toInteger() > 0;
}

} // namespace

bool AniListClient::isWellFormedActivity(const QJsonObject &a)
{
    const QJsonValue progress = a.value(u"progress"_s);
    // AniList's schema: id and createdAt are non-null; status, progress and media may be null.
    return isWholeNumber(a.value(u"id"_s)) && a.value(u"id"_s).toInteger() > 0
        && a.value(u"createdAt"_s).isDouble() && isTextOrNull(a.value(u"status"_s))
        && (isTextOrNull(progress) || isWholeNumber(progress))
        && isWellFormedMedia(a.value(u"media"_s));
}

bool AniListClient::isWellFormedListEntry(const QJsonObject &e)
{
    const QJsonValue progress = e.value(u"progress"_s);
    const QJsonValue score = e.value(u"score"_s);
    return isTextOrNull(e.value(u"status"_s))
        && (progress.isNull() || progress.isUndefined() || isWholeNumber(progress))
        && (score.isNull() || score.isUndefined() || (score.isDouble() && score.toDouble() >= 0))
        && isWellFormedMedia(e.value(u"media"_s));
}

AniListClient::AniListClient(HttpClient *http, const QUrl &endpoint, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(endpoint)
{ }

void AniListClient::setAccessToken(const QString &token)
{
    registerSecret(token);
    m_token = token;
}

AniListMedia AniListClient::parseMedia(const QJsonObject &m)
{
    AniListMedia media;
    media.id = m.value(u"id"_s).toInt();
    media.idMal = m.value(u"idMal"_s).toInt();
    media.format = m.value(u"format"_s).toString();
    media.episodes = m.value(u"episodes"_s).toInt();
    const QJsonObject title = m.value(u"title"_s).toObject();
    media.titleRomaji = title.value(u"romaji"_s).toString();
    media.titleEnglish = title.value(u"english"_s).toString();
    return media;
}

AniListActivity AniListClient::parseActivity(const QJsonObject &a)
{
    AniListActivity activity;
    activity.id = a.value(u"id"_s).toInteger();
    activity.status = a.value(u"status"_s).toString();
    const QJsonValue progress = a.value(u"progress"_s);
    if (progress.isString())
        activity.progress = progress.toString();
    else if (progress.isDouble())
        activity.progress = QString::number(progress.toInteger());
    // null/absent stays a null QString
    activity.createdAt = a.value(u"createdAt"_s).toInteger();
    activity.media = parseMedia(a.value(u"media"_s).toObject());
    return activity;
}

AniListListEntry AniListClient::parseListEntry(const QJsonObject &e)
{
    AniListListEntry entry;
    entry.id = e.value(u"id"_s).toInteger();
    entry.status = e.value(u"status"_s).toString();
    entry.progress = e.value(u"progress"_s).toInt();
    entry.repeat = e.value(u"repeat"_s).toInt();
    entry.score = e.value(u"score"_s).toDouble(0); // null: not scored
    entry.startedAt = parseFuzzyDate(e.value(u"startedAt"_s));
    entry.completedAt = parseFuzzyDate(e.value(u"completedAt"_s));
    entry.updatedAt = e.value(u"updatedAt"_s).toInteger();
    entry.media = parseMedia(e.value(u"media"_s).toObject());
    return entry;
}

void AniListClient::query(const QString &document, const QJsonObject &variables, QObject *context,
    Callback<QJsonObject> done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = m_endpoint;
    request.body
        = QJsonDocument(QJsonObject { { u"query"_s, document }, { u"variables"_s, variables } })
              .toJson(QJsonDocument::Compact);
    request.idempotent = true; // queries only read: safe to repeat after a timeout or 5xx
    request.kind = RateLimiter::Kind::Read;
    request.maxResponseBytes = ResponseLimit::Page;
    if (!m_token.isEmpty())
        request.headers.append({ "Authorization"_ba, "Bearer "_ba + m_token.toUtf8() });

    QPointer<QObject> guard(context);
    m_http->send(request, this, [guard, done](const HttpResponse &response) {
        if (!guard)
            return;
        const QJsonObject root = response.json.object();
        const QJsonArray errors = root.value(u"errors"_s).toArray();
        if (!response.ok()) {
            Error error = response.error;
            if (!errors.isEmpty())
                error.detail = u"%1 (GraphQL: %2)"_s.arg(error.detail, graphQLMessages(errors));
            // 400 "Invalid token" (mapped to TokenExpired by mapHttpError) and 401 are AniList's
            // own refusal of the login: not a Trakt one, whose codes those are elsewhere.
            if (error.code == ErrorCode::TokenExpired || error.code == ErrorCode::Unauthorized)
                error.code = ErrorCode::AniListLoginRefused;
            done(error);
            return;
        }
        if (!errors.isEmpty()) {
            const QString messages = graphQLMessages(errors);
            if (messages.contains(u"Invalid token"_s, Qt::CaseInsensitive)) {
                done(makeError(ErrorCode::AniListLoginRefused,
                    tr("Your AniList login has expired or was revoked. Log in again."), messages,
                    response.status));
                return;
            }
            done(makeError(ErrorCode::GraphQL, tr("AniList reported an error: %1").arg(messages),
                messages, response.status));
            return;
        }
        const QJsonValue data = root.value(u"data"_s);
        if (!data.isObject()) {
            done(makeError(ErrorCode::BadResponse, tr("AniList sent a reply without data."), {},
                response.status));
            return;
        }
        done(data.toObject());
    });
}

void AniListClient::viewer(QObject *context, Callback<AniListViewer> done)
{
    if (m_token.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(makeError(ErrorCode::NotLoggedIn, tr("Not logged in to AniList.")));
            },
            Qt::QueuedConnection);
        return;
    }
    query(ViewerQuery, {}, context, [done](const Result<QJsonObject> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        const QJsonObject v = result->value(u"Viewer"_s).toObject();
        AniListViewer viewer { v.value(u"id"_s).toInt(), v.value(u"name"_s).toString() };
        if (viewer.id <= 0) {
            done(makeError(ErrorCode::BadResponse, tr("AniList did not say who is logged in.")));
            return;
        }
        done(viewer);
    });
}

void AniListClient::activitiesSince(
    int userId, qint64 sinceUnixTime, QObject *context, Callback<QList<AniListActivity>> done)
{
    fetchActivityPage(userId, sinceUnixTime, 1, std::make_shared<QList<AniListActivity>>(), context,
        std::move(done));
}

void AniListClient::fetchActivityPage(int userId, qint64 since, int page,
    std::shared_ptr<QList<AniListActivity>> acc, QObject *context,
    Callback<QList<AniListActivity>> done)
{
    const QJsonObject variables { { u"userId"_s, userId }, { u"createdAt_greater"_s, since },
        { u"page"_s, page }, { u"perPage"_s, 50 } };
    QPointer<QObject> guard(context);
    query(ActivitiesQuery, variables, this, [=, this](const Result<QJsonObject> &result) {
        if (!guard)
            return;
        if (!result) {
            done(result.error());
            return;
        }
        // A page that is not a well-formed page (Page null, activities not a list, no
        // hasNextPage, an activity with the wrong types) fails the whole read: taking it as
        // "no more activities" would move the sync window past plays never seen.
        const QJsonValue pageValue = result->value(u"Page"_s);
        const QJsonObject pageObject = pageValue.toObject();
        const QJsonValue list = pageObject.value(u"activities"_s);
        const QJsonValue next = pageObject.value(u"pageInfo"_s).toObject().value(u"hasNextPage"_s);
        if (!pageValue.isObject() || !list.isArray() || !next.isBool()) {
            done(makeError(ErrorCode::BadResponse,
                tr("AniList sent activity page %1 in an unexpected form; nothing was synced from "
                   "it.")
                    .arg(page),
                u"Page: %1"_s.arg(QString::fromUtf8(
                    QJsonDocument(pageObject).toJson(QJsonDocument::Compact).left(200)))));
            return;
        }
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject a = v.toObject();
            if (v.isObject() && a.isEmpty())
                continue; // other activity types come back as {} through the fragment
            if (v.isObject() && a.value(u"media"_s).isNull()) {
                // The anime was removed from AniList: nothing can be posted for it.
                qCWarning(lcAniList)
                    << "activity" << a.value(u"id"_s).toInteger() << "has no media; skipped";
                continue;
            }
            if (!v.isObject() || !isWellFormedActivity(a)) {
                done(makeError(ErrorCode::BadResponse,
                    tr("AniList sent an activity in an unexpected form (page %1); nothing was "
                       "synced from it.")
                        .arg(page),
                    QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact).left(200))));
                return;
            }
            acc->append(parseActivity(a));
        }
        const bool hasNext = next.toBool();
        qCDebug(lcAniList, "activities page %d: %lld so far, hasNextPage=%d", page,
            qlonglong(acc->size()), int(hasNext));
        if (hasNext) {
            if (page >= m_maxPages) {
                done(makeError(ErrorCode::BadResponse,
                    tr("AniList kept reporting more activity pages (stopped after %1).")
                        .arg(page)));
                return;
            }
            fetchActivityPage(userId, since, page + 1, acc, guard, done);
            return;
        }
        // Pages shift when new activities arrive while reading (ID_DESC): drop repeats, then oldest
        // first.
        QList<AniListActivity> activities;
        QSet<qint64> seen;
        for (const AniListActivity &a : std::as_const(*acc)) {
            if (!seen.contains(a.id)) {
                seen.insert(a.id);
                activities.append(a);
            }
        }
        std::stable_sort(activities.begin(), activities.end(), [](const auto &l, const auto &r) {
            return l.createdAt != r.createdAt ? l.createdAt < r.createdAt : l.id < r.id;
        });
        done(activities);
    });
}

void AniListClient::libraryEntries(int userId, const QStringList &statuses, QObject *context,
    Callback<QList<AniListListEntry>> done)
{
    fetchLibraryChunk(
        userId, statuses, 1, std::make_shared<QList<AniListListEntry>>(), context, std::move(done));
}

void AniListClient::fetchLibraryChunk(int userId, const QStringList &statuses, int chunk,
    std::shared_ptr<QList<AniListListEntry>> acc, QObject *context,
    Callback<QList<AniListListEntry>> done)
{
    QJsonObject variables { { u"userId"_s, userId }, { u"chunk"_s, chunk },
        { u"perChunk"_s, 500 } };
    if (!statuses.isEmpty())
        variables.insert(u"status_in"_s, QJsonArray::fromStringList(statuses));
    QPointer<QObject> guard(context);
    query(LibraryQuery, variables, this, [=, this](const Result<QJsonObject> &result) {
        if (!guard)
            return;
        if (!result) {
            done(result.error());
            return;
        }
        const QJsonValue collectionValue = result->value(u"MediaListCollection"_s);
        const QJsonObject collection = collectionValue.toObject();
        const QJsonValue lists = collection.value(u"lists"_s);
        const QJsonValue next = collection.value(u"hasNextChunk"_s);
        const Error malformed = makeError(ErrorCode::BadResponse,
            tr("AniList sent part %1 of the anime list in an unexpected form; nothing was synced "
               "from it.")
                .arg(chunk));
        if (!collectionValue.isObject() || !lists.isArray() || !(next.isBool() || next.isNull())) {
            done(malformed);
            return;
        }
        // The user's score format, the same for every entry of the collection.
        const QString scoreFormat = collection.value(u"user"_s)
                                        .toObject()
                                        .value(u"mediaListOptions"_s)
                                        .toObject()
                                        .value(u"scoreFormat"_s)
                                        .toString();
        for (const QJsonValue &list : lists.toArray()) {
            const QJsonValue entries = list.toObject().value(u"entries"_s);
            if (!list.isObject() || !entries.isArray()) {
                done(malformed);
                return;
            }
            for (const QJsonValue &e : entries.toArray()) {
                if (e.isObject() && e.toObject().value(u"media"_s).isNull())
                    continue; // removed from AniList
                if (!e.isObject() || !isWellFormedListEntry(e.toObject())) {
                    done(malformed);
                    return;
                }
                AniListListEntry entry = parseListEntry(e.toObject());
                entry.scoreFormat = scoreFormat;
                acc->append(std::move(entry));
            }
        }
        const bool hasNext = next.toBool();
        qCDebug(lcAniList, "library chunk %d: %lld entries so far, hasNextChunk=%d", chunk,
            qlonglong(acc->size()), int(hasNext));
        if (hasNext) {
            if (chunk >= m_maxPages) {
                done(makeError(ErrorCode::BadResponse,
                    tr("AniList kept reporting more list chunks (stopped after %1).").arg(chunk)));
                return;
            }
            fetchLibraryChunk(userId, statuses, chunk + 1, acc, guard, done);
            return;
        }
        // One entry per media: custom lists repeat entries; keep the most recently updated.
        QList<AniListListEntry> entries;
        QHash<int, qsizetype> index;
        for (const AniListListEntry &e : std::as_const(*acc)) {
            const auto it = index.constFind(e.media.id);
            if (it == index.cend()) {
                index.insert(e.media.id, entries.size());
                entries.append(e);
            } else if (e.updatedAt > entries.at(*it).updatedAt) {
                entries[*it] = e;
            }
        }
        done(entries);
    });
}

} // namespace Tsuzuki

#include "anilistclient.h"

#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/net/httpclient.h"

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
    lists {
      name status
      entries {
        id status progress repeat updatedAt
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

} // namespace

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
            // 400 "Invalid token" was already mapped to TokenExpired by mapHttpError.
            done(error);
            return;
        }
        if (!errors.isEmpty()) {
            const QString messages = graphQLMessages(errors);
            if (messages.contains(u"Invalid token"_s, Qt::CaseInsensitive)) {
                done(makeError(ErrorCode::TokenExpired,
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
        const QJsonObject pageObject = result->value(u"Page"_s).toObject();
        for (const QJsonValue &v : pageObject.value(u"activities"_s).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.isEmpty() || !a.contains(u"id"_s))
                continue; // other activity types come back as {} through the fragment
            acc->append(parseActivity(a));
        }
        const bool hasNext
            = pageObject.value(u"pageInfo"_s).toObject().value(u"hasNextPage"_s).toBool();
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
        const QJsonObject collection = result->value(u"MediaListCollection"_s).toObject();
        for (const QJsonValue &list : collection.value(u"lists"_s).toArray()) {
            for (const QJsonValue &e : list.toObject().value(u"entries"_s).toArray())
                acc->append(parseListEntry(e.toObject()));
        }
        const bool hasNext = collection.value(u"hasNextChunk"_s).toBool();
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

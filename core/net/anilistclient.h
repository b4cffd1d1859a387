#pragma once

#include "core/common/result.h"
#include "core/net/anilisttypes.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Tsuzuki {

class HttpClient;

/// AniList GraphQL: who am I, list activities since a time (all pages), the anime library (all
/// chunks). Every call is asynchronous; `done` runs once, later, unless `context` died first.
class AniListClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AniListClient)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    /// `http` must outlive this client (normally both belong to the same owner).
    AniListClient(HttpClient *http, const QUrl &endpoint, QObject *parent = nullptr);

    /// The PIN/implicit-grant token; sent as a Bearer header, never logged.
    void setAccessToken(const QString &token);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    QUrl endpoint() const { return m_endpoint; }
    /// Stop following hasNextPage/hasNextChunk after this many (guards a server that never says
    /// stop).
    void setMaxPages(int pages) { m_maxPages = pages; }

    /// `Viewer { id name }`.
    void viewer(QObject *context, Callback<AniListViewer> done);
    /// Every ListActivity of `userId` created after `sinceUnixTime`, over ALL pages (only
    /// hasNextPage decides), de-duplicated by id and returned oldest first. progress stays the raw
    /// string.
    void activitiesSince(
        int userId, qint64 sinceUnixTime, QObject *context, Callback<QList<AniListActivity>> done);
    /// The anime list of `userId` restricted to `statuses` (CURRENT, COMPLETED, ...; empty = all),
    /// over all chunks, one entry per media id (an entry can sit in several lists).
    void libraryEntries(int userId, const QStringList &statuses, QObject *context,
        Callback<QList<AniListListEntry>> done);

    /// Any query: returns `data` or the GraphQL/HTTP error (errors with HTTP 200 are errors).
    void query(const QString &document, const QJsonObject &variables, QObject *context,
        Callback<QJsonObject> done);

    static AniListMedia parseMedia(const QJsonObject &media);
    static AniListActivity parseActivity(const QJsonObject &activity);
    static AniListListEntry parseListEntry(const QJsonObject &entry);
    /// id, createdAt, status, progress and media of the types AniList sends (a page with anything
    /// else is refused whole).
    static bool isWellFormedActivity(const QJsonObject &activity);
    static bool isWellFormedListEntry(const QJsonObject &entry);

    static const QString ViewerQuery;
    static const QString ActivitiesQuery;
    static const QString LibraryQuery;

private:
    void fetchActivityPage(int userId, qint64 since, int page,
        std::shared_ptr<QList<AniListActivity>> acc, QObject *context,
        Callback<QList<AniListActivity>> done);
    void fetchLibraryChunk(int userId, const QStringList &statuses, int chunk,
        std::shared_ptr<QList<AniListListEntry>> acc, QObject *context,
        Callback<QList<AniListListEntry>> done);

    HttpClient *m_http;
    QUrl m_endpoint;
    QString m_token;
    // A guard against a server that never stops paginating, not a product limit: a long-time user's
    // first sync can read tens of thousands of activities (10,000 pages = 500,000 activities).
    int m_maxPages = 10000;
};

} // namespace Tsuzuki

#pragma once

#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeserver.h"

#include <QHash>
#include <QMap>

namespace Tsuzuki {

/// Fake AniList GraphQL endpoint (POST / with {query, variables}). Recognises the root field
/// of the operation (Viewer, Page{activities}, MediaListCollection, Media); no GraphQL parser.
class FakeAniList final : public FakeServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAniList)

public:
    explicit FakeAniList(QObject *parent = nullptr);

    void addUser(int id, const QString &name, const QString &token);
    /// The user's mediaListOptions.scoreFormat (default POINT_10); false for an unknown user.
    bool setScoreFormat(int userId, const QString &scoreFormat);
    void addMedia(const FakeAniMedia &media);
    /// Adds or replaces (same user + media) a list entry. Returns its entry id.
    qint64 addEntry(const FakeAniListEntry &entry);
    /// Adds an activity; id 0 gets the next id. Returns the id.
    qint64 addActivity(const FakeAniActivity &activity);
    /// Loads a generated library (user, media, entries, activities).
    void loadLibrary(const FakeLibrary &library);
    void loadScenario(const QJsonObject &anilist);

    const FakeAniMedia *media(int id) const;
    QList<FakeAniListEntry> entries(int userId) const;
    int activityCount() const { return int(m_activities.size()); }
    /// Removes and returns the newest `count` activities (a test adds them back later, as if
    /// watched since).
    QList<FakeAniActivity> takeNewestActivities(int count);

    /// X-RateLimit-Limit / X-RateLimit-Remaining sent with every answer. With `decrement`,
    /// remaining goes down by one per request (not below 0).
    void setRateLimit(int limit, int remaining, bool decrement = false);
    /// Next `times` operations whose root field is `rootField` (empty = any) answer HTTP 200
    /// (or `httpStatus`) with {"errors":[{"message":..,"status":..}],"data":null}.
    void injectGraphQLError(const QString &rootField, const QString &message, int errorStatus = 500,
        int times = 1, int httpStatus = 200);
    /// The feed shows only activities created at or before `unixTime` (0 = all): tests reveal a
    /// library's activities a slice at a time, as if the user logged them between syncs.
    void setActivityCutoff(qint64 unixTime) { m_activityCutoff = unixTime; }
    /// Maximum perPage for Page (AniList: 50) and perChunk for MediaListCollection (500).
    void setPageLimits(int maxPerPage, int maxPerChunk);
    /// Requests seen per root field ("Viewer", "Page", "MediaListCollection", "Media").
    int operationCount(const QString &rootField) const { return m_operations.value(rootField); }

    /// The root field of a GraphQL document ("Page" for "query ($p:Int){ Page(page:$p){...} }").
    static QString rootField(const QString &query);

protected:
    FakeResponse route(const FakeRequest &request, QString *authLabel) override;
    FakeResponse expiredTokenResponse() const override;
    FakeResponse statusResponse(int status) const override;
    void decorate(FakeResponse &response, const FakeRequest &request) override;

private:
    struct InjectedError
    {
        QString rootField;
        QString message;
        int status = 500;
        int httpStatus = 200;
        int remaining = 1;
    };

    FakeResponse viewer(int userId) const;
    FakeResponse activityPage(int userId, const QJsonObject &vars, const QString &query) const;
    FakeResponse listCollection(int userId, const QJsonObject &vars, const QString &query) const;
    FakeResponse mediaById(const QJsonObject &vars, const QString &query) const;
    QJsonObject entryJson(const FakeAniListEntry &entry) const;
    QJsonObject mediaJson(int mediaId) const;

    QList<FakeAniUser> m_users;
    QHash<int, FakeAniMedia> m_media;
    QList<FakeAniListEntry> m_entries;
    QList<FakeAniActivity> m_activities; // ascending id
    QList<InjectedError> m_errors;
    QHash<QString, int> m_operations;
    qint64 m_nextEntryId = 1000;
    qint64 m_nextActivityId = 1;
    int m_rateLimit = 90;
    int m_rateRemaining = 89;
    bool m_rateDecrement = false;
    int m_maxPerPage = 50;
    qint64 m_activityCutoff = 0;
    int m_maxPerChunk = 500;
};

} // namespace Tsuzuki

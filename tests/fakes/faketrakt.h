#pragma once

#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeserver.h"

#include <QDateTime>
#include <QHash>

namespace Tsuzuki {

/// One play the fake Trakt received (every one, duplicates included).
struct FakeTraktPlay
{
    qint64 historyId = 0;
    bool isMovie = false;
    qint64 showTrakt = 0; ///< shows
    int season = 0; ///< shows
    int number = 0; ///< shows
    qint64 episodeTrakt = 0; ///< shows
    qint64 movieTrakt = 0; ///< movies
    qint64 watchedAt = 0; ///< unix seconds (what was sent, truncated to seconds)
    qint64 receivedAt = 0; ///< unix ms when it was recorded
    QString action = QStringLiteral("watch");
    /// The user whose token posted it (setUser() at the time the token was issued); empty for
    /// plays added by the test.
    QString account;
};

/// One item on the fake's watchlist or dropped list (shows only there).
struct FakeTraktListed
{
    bool movie = false;
    qint64 trakt = 0;
    qint64 listedAt = 0; ///< unix seconds (listed_at / hidden_at)
};

/// Fake Trakt API + OAuth (device code, refresh with single-use refresh tokens, revoke).
/// Checks trakt-api-key, trakt-api-version: 2, a User-Agent (absent, or Qt's default
/// "Mozilla/5.0", is answered 403 + HTML like Trakt's edge) and Bearer tokens on /sync/*
/// and /users/*.
class FakeTrakt final : public FakeServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTrakt)

public:
    enum class DeviceState { Pending, Approved, Used, Denied, Expired };

    explicit FakeTrakt(QObject *parent = nullptr);

    /// OAuth endpoints live on this same server; the client's auth base URL setting.
    QUrl authUrl() const { return baseUrl(); }

    // --- configuration ------------------------------------------------------------
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    void setUser(const QString &username, const QString &name);
    /// Treat Qt's default User-Agent "Mozilla/5.0" as missing (default true).
    void setRejectQtDefaultUserAgent(bool reject) { m_rejectQtDefaultUa = reject; }
    /// expires_in of newly issued access tokens (default 604800 = 7 days, Trakt's since 2026).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    /// Old access token stops working when its refresh token is used (default true).
    void setRevokeAccessOnRefresh(bool revoke) { m_revokeOnRefresh = revoke; }

    // --- catalogue ----------------------------------------------------------------
    void addShow(const FakeTraktShow &show);
    void addMovie(const FakeTraktMovie &movie);
    void loadLibrary(const FakeLibrary &library);
    void loadScenario(const QJsonObject &trakt);
    const FakeTraktShow *show(qint64 traktId) const;
    int showCount() const { return int(m_shows.size()); }

    // --- tokens -------------------------------------------------------------------
    /// Issues a valid access/refresh pair (as if a device login happened) and returns it.
    QPair<QString, QString> issueToken();
    /// Registers a known pair (e.g. from a scenario). expiresIn <= 0: already expired.
    void addToken(const QString &accessToken, const QString &refreshToken, int expiresIn = 604800);
    /// Every access token issued so far now answers 401.
    void expireAccessTokens();
    void expireAccessToken(const QString &accessToken);
    bool isAccessTokenValid(const QString &accessToken) const;
    /// Successful refreshes (grant_type=refresh_token that returned 200).
    int refreshCount() const { return m_refreshCount; }
    /// All POST /oauth/token calls, good or bad.
    int refreshAttempts() const { return m_refreshAttempts; }
    int revokeCount() const { return m_revokeCount; }
    QString latestAccessToken() const { return m_latestAccess; }
    QString latestRefreshToken() const { return m_latestRefresh; }

    // --- device code flow ---------------------------------------------------------
    void setDeviceCodeTiming(int expiresIn, int interval);
    /// 429 when polled faster than `interval` (default false: tests poll fast).
    void setEnforcePollInterval(bool enforce) { m_enforceInterval = enforce; }
    /// A pending code is approved on its first poll (for running the app by hand).
    void setAutoApprove(bool autoApprove) { m_autoApprove = autoApprove; }
    /// Latest device code handed out (empty if none).
    QString latestDeviceCode() const { return m_latestDeviceCode; }
    QString latestUserCode() const;
    /// Acts on the given device code (empty = the latest).
    void approve(const QString &deviceCode = {});
    void deny(const QString &deviceCode = {});
    void expire(const QString &deviceCode = {});
    DeviceState deviceState(const QString &deviceCode = {}) const;
    /// The next polls of /oauth/device/token answer these statuses in order (200 = issue a
    /// token, 400 pending, 404, 409, 410, 418, 429), whatever the code's state.
    void scriptDevicePolls(const QList<int> &statuses);
    int devicePollCount() const { return m_devicePolls; }

    // --- received history ---------------------------------------------------------
    const QList<FakeTraktPlay> &history() const { return m_history; }
    /// Adds a play as if posted earlier (watchedAt in unix seconds).
    void addPlay(qint64 showTrakt, int season, int number, qint64 watchedAt);
    void addMoviePlay(qint64 movieTrakt, qint64 watchedAt);
    void clearHistory();
    /// Plays of one episode (all sources), duplicates counted.
    int playCount(qint64 showTrakt, int season, int number) const;
    int moviePlayCount(qint64 movieTrakt) const;
    /// Episodes (show, season, number) that received more than one play.
    QList<FakeTraktPlay> duplicatePlays() const;
    /// Number of POST /sync/history bodies that marked a whole show or a whole season
    /// (show without "seasons", season without "episodes").
    int wholeShowPosts() const { return m_wholeShowPosts; }

    /// Removes plays by history id (as POST /sync/history/remove does); returns how many.
    int removePlays(const QList<qint64> &historyIds);

    // --- the account (issue 14: Trakt's 2026 rules) --------------------------------
    /// The account's VIP flag and limits in GET /users/settings (and the 420 headers).
    void setVip(bool vip) { m_vip = vip; }
    void setLimits(const QJsonObject &limits) { m_limits = limits; }
    /// POST /sync/history answers 420 (X-Account-Limit: n) when the account's plays would pass
    /// `n`; nothing of that request is added. <= 0: no limit.
    void setHistoryLimit(int plays) { m_historyLimit = plays; }
    /// The user revoked (or replaced) this app: requests with every token issued so far answer
    /// 403 JSON ("invalid API key or unapproved app"), and their refresh tokens 401
    /// invalid_grant. A new login works again.
    void revokeApp();
    /// Every authenticated request answers 423 "locked_account" (until set false).
    void setAccountLocked(bool locked) { m_locked = locked; }
    /// GET /sync/last_activities of the account (its watched times with milliseconds).
    QJsonObject lastActivitiesJson(const QString &account) const;
    /// The plays `account` sees (its own and those the test added).
    bool visibleTo(const FakeTraktPlay &play, const QString &account) const
    {
        return play.account.isEmpty() || play.account == account;
    }

    // --- ratings, watchlist, dropped shows (issue 16; faketraktlists.cpp) ------------
    // One set for the whole fake (not per account). Trakt keeps one rating per item.
    enum class RatingKind { Show, Season, Movie };
    /// browsing.watch_only_once in GET /users/settings (default false).
    void setWatchOnlyOnce(bool on) { m_watchOnlyOnce = on; }
    bool watchOnlyOnce() const { return m_watchOnlyOnce; }
    /// limits.watchlist.item_count, and POST /sync/watchlist answers 420 (nothing added) when
    /// the watchlist would pass it. <= 0: the account's default (setLimits(), else 100, VIP 5000).
    void setWatchlistLimit(int items) { m_watchlistLimit = items; }
    int watchlistLimit() const;
    /// Sets (replaces) a rating of 1..10, as if the user rated it on Trakt; 0 removes it.
    /// `season` only for RatingKind::Season. `ratedAt` in unix seconds (0 = now).
    void setRating(RatingKind kind, qint64 traktId, int season, int rating, qint64 ratedAt = 0);
    void addWatchlist(bool movie, qint64 traktId, qint64 listedAt = 0);
    void addDropped(qint64 showTraktId, qint64 hiddenAt = 0);
    /// The item's rating, 0 = none.
    int rating(RatingKind kind, qint64 traktId, int season = 0) const;
    bool onWatchlist(bool movie, qint64 traktId) const;
    bool isDropped(qint64 showTraktId) const;
    int watchlistCount() const { return int(m_watchlist.size()); }
    int ratingCount() const { return int(m_ratings.size()); }
    int droppedCount() const { return int(m_dropped.size()); }
    /// Forgets every rating, watchlist item and dropped show.
    void clearLists();

    QJsonObject playJson(const FakeTraktPlay &play) const;
    /// Base state plus plays, duplicates (as play JSON), whole-show posts, refresh counts.
    QJsonObject stateJson() const override;

protected:
    FakeResponse route(const FakeRequest &request, QString *authLabel) override;
    FakeResponse expiredTokenResponse() const override;
    FakeResponse statusResponse(int status) const override;
    void decorate(FakeResponse &response, const FakeRequest &request) override;
    FakeResponse serviceControl(const QString &what, const FakeRequest &request) override;

private:
    struct Token
    {
        QString access;
        QString refresh;
        qint64 expiresAt = 0; // unix seconds
        bool revoked = false;
        bool refreshUsed = false;
        int serial = 0;
        QString username; ///< the account the token belongs to (setUser() when it was issued)
        bool appRevoked = false; ///< revokeApp(): 403 JSON for API requests
    };
    struct DeviceCode
    {
        QString deviceCode;
        QString userCode;
        qint64 createdAt = 0;
        qint64 lastPollMs = 0;
        DeviceState state = DeviceState::Pending;
    };
    struct EpisodeRef
    {
        qsizetype show = -1;
        qsizetype season = -1;
        qsizetype episode = -1;
    };

    FakeResponse oauth(const FakeRequest &request, QString *authLabel);
    FakeResponse api(const FakeRequest &request, QString *authLabel);
    FakeResponse search(const QString &idType, const QString &id, const QString &type) const;
    FakeResponse seasons(const QString &id, const QString &extended) const;
    FakeResponse postHistory(const QJsonObject &body);
    FakeResponse getHistory(const QStringList &parts, const FakeRequest &request) const;
    FakeResponse lastActivities() const;
    FakeResponse watched(const QString &type) const;
    FakeResponse removeHistory(const QJsonObject &body);
    FakeResponse userSettings() const;
    /// The ratings, watchlist and dropped endpoints (0 status: not one of them).
    FakeResponse lists(const FakeRequest &request, const QStringList &parts);
    FakeResponse getRatings(const QString &type, const FakeRequest &request) const;
    FakeResponse postRatings(const QJsonObject &body, bool remove);
    FakeResponse getWatchlist(const QString &type, const FakeRequest &request) const;
    FakeResponse postWatchlist(const QJsonObject &body, bool remove);
    FakeResponse getDropped(const FakeRequest &request) const;
    FakeResponse postDropped(const QJsonObject &body, bool remove);
    QJsonObject listsStateJson() const;
    void loadListsScenario(const QJsonObject &trakt);
    /// Watched history of `account` changed now (episodes or movies).
    void touch(bool movies, const QString &account);
    FakeResponse tokenJson(const Token &token) const;
    Token &newToken();

    qsizetype findShow(const QJsonObject &ids) const;
    qsizetype findShowById(const QString &id) const;
    qsizetype findMovie(const QJsonObject &ids) const;
    qsizetype findMovieById(const QString &id) const;
    EpisodeRef findEpisode(const QJsonObject &ids) const;
    void recordPlay(qsizetype show, const FakeTraktEpisode &episode, qint64 watchedAt);
    DeviceCode *device(const QString &code);
    const DeviceCode *device(const QString &code) const;
    void rebuildIndexes() const;

    QString m_clientId = QStringLiteral("fake-client-id");
    QString m_clientSecret = QStringLiteral("fake-client-secret");
    QString m_username = QStringLiteral("fakeuser");
    QString m_requestUser; ///< the account of the request being answered (its token's)
    QString m_name = QStringLiteral("Fake User");
    bool m_rejectQtDefaultUa = true;
    int m_tokenLifetime = 604'800;
    bool m_revokeOnRefresh = true;

    QList<FakeTraktShow> m_shows;
    QList<FakeTraktMovie> m_movies;
    mutable bool m_indexDirty = true;
    mutable QHash<qint64, qsizetype> m_showByTrakt, m_showByTvdb, m_showByTmdb, m_movieByTrakt,
        m_movieByTmdb;
    mutable QHash<QString, qsizetype> m_showBySlug, m_showByImdb, m_movieBySlug, m_movieByImdb;
    mutable QHash<qint64, EpisodeRef> m_episodeByTrakt, m_episodeByTvdb, m_episodeByTmdb;
    mutable bool m_episodeIndexDirty = true;

    QList<Token> m_tokens;
    int m_tokenSerial = 0;
    int m_refreshCount = 0;
    int m_refreshAttempts = 0;
    int m_revokeCount = 0;
    QString m_latestAccess;
    QString m_latestRefresh;

    QList<DeviceCode> m_devices;
    QString m_latestDeviceCode;
    int m_deviceExpiresIn = 600;
    int m_deviceInterval = 5;
    bool m_enforceInterval = false;
    bool m_autoApprove = false;
    QList<int> m_pollScript;
    int m_devicePolls = 0;

    QList<FakeTraktPlay> m_history;
    qint64 m_nextHistoryId = 1;
    int m_wholeShowPosts = 0;
    /// When the watched history changed, in ms, per account ("" = a play the test added: every
    /// account sees it). Strictly increasing, so that two changes never share a time.
    QHash<QString, qint64> m_episodesChangedMs;
    QHash<QString, qint64> m_moviesChangedMs;
    qint64 m_lastChangeMs = 0;
    bool m_vip = false;
    QJsonObject m_limits;
    int m_historyLimit = 0;
    bool m_locked = false;

    struct Rating
    {
        RatingKind kind = RatingKind::Show;
        qint64 trakt = 0;
        int season = 0;
        int rating = 0;
        qint64 ratedAt = 0;
    };
    QList<Rating> m_ratings;
    QList<FakeTraktListed> m_watchlist;
    QList<FakeTraktListed> m_dropped;
    bool m_watchOnlyOnce = false;
    int m_watchlistLimit = 0;
};

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"
#include "core/net/trakttypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Tsuzuki {

class HttpClient;
class TraktTokenSource;
struct HttpRequest;
struct HttpResponse;

/// Trakt API v2: search by external id, seasons with episodes, post/read watch history, last
/// activities, user settings. Sends trakt-api-key, trakt-api-version: 2 and the Bearer token from
/// the process's TraktAuth (directly or through a TraktAuthRelay); a 401 triggers one refresh and
/// one repeat.
class TraktClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktClient)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    /// `outcomeUnknown`: the POST timed out or the connection dropped after sending; it may have
    /// been applied. Read history before sending it again.
    using HistoryAddCallback
        = std::function<void(const Result<TraktHistoryAddResult> &, bool outcomeUnknown)>;

    using HistoryRemoveCallback
        = std::function<void(const Result<TraktHistoryRemoveResult> &, bool outcomeUnknown)>;

    /// A write to a list or to the ratings (Trakt applies each idempotently: sending one again
    /// changes nothing). `outcomeUnknown` as for HistoryAddCallback.
    using WriteCallback
        = std::function<void(const Result<TraktWriteResult> &, bool outcomeUnknown)>;

    enum class MediaType { Show, Movie };

    /// `http` and `tokens` must outlive this client. `tokens` may be null for public calls only.
    TraktClient(HttpClient *http, TraktTokenSource *tokens, const QUrl &apiUrl,
        const QString &clientId, QObject *parent = nullptr);

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    /// Page size for history reads (Trakt allows at most 250).
    void setHistoryPageSize(int size) { m_historyPageSize = std::clamp(size, 1, 250); }

    /// GET /search/{tmdb|imdb|tvdb|trakt}/{id}?type=show|movie
    void search(const QString &idType, const QString &id, MediaType type, QObject *context,
        Callback<QList<TraktSearchResult>> done);
    /// GET /shows/{id} or /movies/{id} (id: Trakt id or slug, as in a trakt.tv address): the
    /// title, year and ids. ErrorCode::NotFound when Trakt does not know it.
    void summary(MediaType type, const QString &idOrSlug, QObject *context,
        Callback<TraktSearchResult> done);
    /// GET /shows/{id}/seasons?extended=full,episodes (id: trakt id or slug)
    void seasons(const QString &showId, QObject *context, Callback<QList<TraktSeason>> done);
    /// POST /sync/history with `payload` ({shows:[{ids, seasons:[{number, episodes:[{number,
    /// watched_at}]}]}], movies:[...]}). Never retried automatically on a timeout.
    void addToHistory(const QJsonObject &payload, QObject *context, HistoryAddCallback done);
    /// GET /sync/history/{shows|movies}/{id}?start_at&end_at, all pages (X-Pagination-Page-Count).
    /// An empty `id` reads every play of the kind over that time.
    void history(MediaType type, const QString &id, const QDateTime &start, const QDateTime &end,
        QObject *context, Callback<QList<TraktHistoryItem>> done);
    /// GET /sync/last_activities
    void lastActivities(QObject *context, Callback<TraktLastActivities> done);
    /// GET /users/settings (who is logged in, VIP, limits)
    void userSettings(QObject *context, Callback<TraktUserSettings> done);
    /// GET /sync/watched/shows (every watched show with its seasons and episodes) or
    /// GET /sync/watched/movies: what Trakt already has, read before posting.
    void watched(MediaType type, QObject *context, Callback<QList<TraktWatchedItem>> done);
    /// POST /sync/history/remove {"ids": [...]}: removes exactly these plays (history ids). Never
    /// by item: Trakt would remove every play of it, those that were there before included.
    /// Removing an id twice is harmless (not_found), so an unknown outcome may be sent again.
    void removeFromHistory(
        const QList<qint64> &historyIds, QObject *context, HistoryRemoveCallback done);

    // --- ratings, watchlist, dropped shows (traktclientlists.cpp) -------------------------
    /// GET /sync/ratings/shows, /sync/ratings/seasons, /sync/ratings/movies (all three, all
    /// pages).
    void ratings(QObject *context, Callback<QList<TraktRating>> done);
    /// POST /sync/ratings {shows:[{ids, rating, rated_at?, seasons:[{number, rating}]}],
    /// movies:[{ids, rating}]}. A rating replaces the item's previous one.
    void addRatings(const QJsonObject &payload, QObject *context, WriteCallback done);
    /// POST /sync/ratings/remove {shows:[{ids, seasons:[{number}]?}], movies:[{ids}]}
    void removeRatings(const QJsonObject &payload, QObject *context, WriteCallback done);
    /// GET /sync/watchlist/shows and /sync/watchlist/movies (all pages).
    void watchlist(QObject *context, Callback<QList<TraktListItem>> done);
    /// POST /sync/watchlist {shows:[{ids}], movies:[{ids}]}; a full watchlist answers 420
    /// (ErrorCode::AccountLimit) and nothing of the request is added.
    void addToWatchlist(const QJsonObject &payload, QObject *context, WriteCallback done);
    /// POST /sync/watchlist/remove
    void removeFromWatchlist(const QJsonObject &payload, QObject *context, WriteCallback done);
    /// GET /users/hidden/dropped?type=show (all pages: X-Pagination-Page-Count)
    void droppedShows(QObject *context, Callback<QList<TraktListItem>> done);
    /// POST /users/hidden/dropped {shows:[{ids}]}
    void addDropped(const QJsonObject &payload, QObject *context, WriteCallback done);
    /// POST /users/hidden/dropped/remove {shows:[{ids}]}
    void removeDropped(const QJsonObject &payload, QObject *context, WriteCallback done);

    /// The answer to a list or rating write ("added" or "deleted", "existing", "not_found",
    /// "list").
    static TraktWriteResult parseWriteResult(const QJsonObject &object);
    /// One entry of GET /sync/ratings/*; fails without ids or without a rating of 1..10.
    static Result<TraktRating> parseRating(const QJsonObject &object, TraktRating::Kind kind);
    /// One entry of GET /sync/watchlist/* or /users/hidden/*; fails without a show or movie
    /// with ids.
    static Result<TraktListItem> parseListItem(const QJsonObject &object);

    /// The one parser of Trakt's season list (with or without `episodes`), sorted by number.
    /// Fails when an entry has no season number.
    static Result<QList<TraktSeason>> parseSeasons(const QJsonArray &array);
    static TraktHistoryAddResult parseHistoryAdd(const QJsonObject &object);
    static TraktHistoryItem parseHistoryItem(const QJsonObject &object);
    /// One entry of GET /sync/watched/{shows,movies}; fails without ids.
    static Result<TraktWatchedItem> parseWatchedItem(const QJsonObject &object, bool movie);

private:
    using RawCallback = std::function<void(const HttpResponse &)>;
    /// Adds the Trakt headers and the token, sends, and on 401 refreshes once and sends again.
    void sendAuthorized(HttpRequest request, bool needsAuth, QObject *context, RawCallback done);
    void sendWithToken(HttpRequest request, const QString &token, bool mayRefresh, QObject *context,
        RawCallback done);
    QUrl endpoint(const QString &path) const;
    void fetchHistoryPage(const QUrl &baseUrl, int page,
        std::shared_ptr<QList<TraktHistoryItem>> acc, QObject *context,
        Callback<QList<TraktHistoryItem>> done);

    using PagesCallback = std::function<void(const Result<QJsonArray> &)>;
    /// Reads every page of a list endpoint (page/limit, X-Pagination-Page-Count) into one array
    /// of objects; `what` is the error message for an answer of another shape.
    void fetchListPages(const QUrl &baseUrl, int page, std::shared_ptr<QJsonArray> acc,
        const QString &what, QObject *context, PagesCallback done);
    /// GET /sync/ratings/{shows,seasons,movies} from `part` (0..2) on, into `acc`.
    void fetchRatings(int part, std::shared_ptr<QList<TraktRating>> acc, QObject *context,
        Callback<QList<TraktRating>> done);
    /// POSTs a list or rating write once (never repeated on a timeout).
    void postWrite(const QString &path, const QJsonObject &payload, bool removal, QObject *context,
        WriteCallback done);

    HttpClient *m_http;
    TraktTokenSource *m_auth;
    QUrl m_apiUrl;
    QString m_clientId;
    int m_historyPageSize = 250;
    int m_maxPages = 1000;
};

} // namespace Tsuzuki

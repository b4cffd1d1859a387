#pragma once

#include "core/common/result.h"
#include "core/net/ratelimiter.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Tsuzuki {

/// One request as the service clients describe it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET"); ///< GET, POST, PUT, DELETE
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>>
        headers; ///< extra headers (auth headers are never logged)
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    bool expectJson = true; ///< a 2xx body must be JSON (or empty)
    /// Safe to repeat after a timeout or 5xx? Defaults to true for GET/PUT/DELETE, false for POST.
    /// AniList GraphQL queries are POSTs that only read: they set this to true.
    std::optional<bool> idempotent;
    /// Which limiter budget the request spends. Defaults to Read for GET, Write otherwise.
    std::optional<RateLimiter::Kind> kind;
    int timeoutMs = 0; ///< 0: the client's default transfer timeout (reset by every byte)
    /// 0: the client's default. The whole attempt (connect, send, every byte of the answer) must
    /// end within this, however slowly the server keeps sending.
    int deadlineMs = 0;
    /// 0: the client's default. A bigger answer is not read: the request fails (BadResponse).
    qint64 maxResponseBytes = 0;
    /// Unset: writes (non-idempotent requests) follow no redirect, a 3xx is an error whose outcome
    /// is unknown; everything else follows redirects within the same origin only (scheme, host and
    /// port), so that credentials and bodies never reach another host.
    std::optional<QNetworkRequest::RedirectPolicy> redirectPolicy;
    /// Statuses the caller handles itself: returned as they are, not retried (e.g. 429 while
    /// polling the device-code endpoint, where 429 means "poll slower").
    QList<int> passThroughStatuses;

    bool isIdempotent() const;
    RateLimiter::Kind limiterKind() const;
    QNetworkRequest::RedirectPolicy effectiveRedirectPolicy() const;
};

/// What came back. error.code == None means a usable reply (2xx, JSON parsed when expected).
struct HttpResponse
{
    Error error { ErrorCode::None, {}, {}, 0 };
    /// Set with Timeout/Network/ServerError on a non-idempotent request that may have been applied:
    /// the caller must find out (e.g. read Trakt history) before sending it again.
    bool outcomeUnknown = false;
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 0; ///< how many times it went on the wire

    bool ok() const { return error.code == ErrorCode::None; }
    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
};

/// Behaviour of one service's client; the defaults are the production values.
struct HttpClientOptions
{
    QString service; ///< "AniList", "Trakt", "TMDB": named in errors and logs
    RateLimitPolicy limits;
    int timeoutMs = 30'000; ///< transfer timeout per attempt (without a byte)
    int deadlineMs = 120'000; ///< total time per attempt, however slowly bytes arrive
    qint64 maxResponseBytes = 16 * 1024 * 1024; ///< per answer, unless the request says otherwise
    int maxServerRetries = 3; ///< 500/502/503/504/520/521/522, idempotent requests only
    int maxRateLimitRetries = 3; ///< 429 + Retry-After
    int maxNetworkRetries = 2; ///< connection errors and timeouts, idempotent requests only
    qint64 backoffBaseMs = 1000; ///< 1 s, 2 s, 4 s, ... between 5xx/network retries
    qint64 defaultRetryAfterMs = 5000; ///< 429 without a usable Retry-After
    qint64 maxRetryAfterMs
        = 120'000; ///< a longer Retry-After is returned as RateLimited, not waited

    static HttpClientOptions aniList();
    static HttpClientOptions trakt();
    static HttpClientOptions tmdb();
};

/// The one way core talks HTTP: a QNetworkAccessManager with a User-Agent, transfer timeouts, a
/// rate limiter, retries (429 Retry-After, 5xx backoff, network errors for idempotent requests) and
/// one error mapping. One instance per service. Lives in one thread; callbacks run in that thread.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpResponse &)>;
    using Clock = std::function<qint64()>; ///< monotonic milliseconds
    using RequestId = quint64;

    explicit HttpClient(HttpClientOptions options, QObject *parent = nullptr);
    ~HttpClient() override;

    /// Sends asynchronously. `done` runs exactly once, later, unless `context` is destroyed first.
    RequestId send(const HttpRequest &request, QObject *context, Callback done);
    /// Stops a request: its callback gets ErrorCode::Cancelled (unless it already ran).
    void cancel(RequestId id);
    /// Stops everything in flight (shutdown, logout).
    void cancelAll();

    /// For the rate limiter: the default is a steady clock. Tests inject their own.
    void setClock(Clock clock);
    qint64 now() const;
    RateLimiter &limiter() { return m_limiter; }
    const HttpClientOptions &options() const { return m_options; }
    void setOptions(const HttpClientOptions &options);
    /// Share a manager (the app may use one per thread); by default the client owns its own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /// Requests that went on the wire (every attempt counts), retries among them, and failures.
    quint64 requestCount() const { return m_requestCount; }
    quint64 retryCount() const { return m_retryCount; }
    quint64 failureCount() const { return m_failureCount; }
    int pendingCount() const { return int(m_pending.size()); }

    /// "Tsuzuki/<version> (+https://github.com/tsuzuki-app/tsuzuki)"
    static QByteArray userAgent();
    /// The URL with secret query values (api_key, token, ...) masked, for logs.
    static QString redactedUrl(const QUrl &url);

Q_SIGNALS:
    /// One attempt went on the wire (counts for the sync engine's per-service report).
    void requestSent(const QByteArray &method);

private:
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;

    void schedule(const PendingPtr &p, qint64 notBeforeMs = 0);
    void start(const PendingPtr &p);
    void onReplyFinished(const PendingPtr &p, QNetworkReply *reply);
    void retryLater(const PendingPtr &p, qint64 delayMs);
    void finish(const PendingPtr &p, HttpResponse response);
    void onReplyData(const PendingPtr &p, QNetworkReply *reply);
    qint64 responseCap(const HttpRequest &request) const;
    qint64 backoffMs(int retryIndex) const;

    HttpClientOptions m_options;
    RateLimiter m_limiter;
    Clock m_clock;
    QPointer<QNetworkAccessManager> m_nam;
    QHash<RequestId, PendingPtr> m_pending;
    RequestId m_nextId = 1;
    quint64 m_requestCount = 0;
    quint64 m_retryCount = 0;
    quint64 m_failureCount = 0;
};

} // namespace Tsuzuki

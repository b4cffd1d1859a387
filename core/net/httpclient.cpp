#include "httpclient.h"

#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/net/httperror.h"
#include "core/net/oneshotbody.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

struct HttpClient::Pending
{
    RequestId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    Callback done;
    QPointer<QNetworkReply> reply;
    int attempts = 0;
    int serverRetries = 0;
    int rateLimitRetries = 0;
    int networkRetries = 0;
    qint64 startedMs = 0;
    bool cancelled = false;
    bool finished = false;
};

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method != "POST" && method != "PATCH";
}

RateLimiter::Kind HttpRequest::limiterKind() const
{
    if (kind)
        return *kind;
    return (method == "GET" || method == "HEAD") ? RateLimiter::Kind::Read
                                                 : RateLimiter::Kind::Write;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpClientOptions HttpClientOptions::aniList()
{
    HttpClientOptions o;
    o.service = u"AniList"_s;
    o.limits = RateLimitPolicy::aniList();
    return o;
}

HttpClientOptions HttpClientOptions::trakt()
{
    HttpClientOptions o;
    o.service = u"Trakt"_s;
    o.limits = RateLimitPolicy::trakt();
    return o;
}

HttpClientOptions HttpClientOptions::tmdb()
{
    HttpClientOptions o;
    o.service = u"TMDB"_s;
    o.limits = RateLimitPolicy::tmdb();
    return o;
}

namespace {

qint64 steadyNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

/// Retry-After as milliseconds: delta-seconds ("2", "0.5") or an HTTP date. -1 when unusable.
qint64 parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

} // namespace

HttpClient::HttpClient(HttpClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_limiter(m_options.limits)
    , m_clock(&steadyNowMs)
{
    m_nam = new QNetworkAccessManager(this);
}

HttpClient::~HttpClient()
{
    // Callbacks must not run into a half-destroyed owner: drop them.
    const auto pending = m_pending;
    for (const auto &p : pending) {
        p->finished = true;
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
    }
}

void HttpClient::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&steadyNowMs);
}

qint64 HttpClient::now() const
{
    return m_clock();
}

void HttpClient::setOptions(const HttpClientOptions &options)
{
    m_options = options;
    m_limiter.setPolicy(options.limits);
}

void HttpClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (manager)
        m_nam = manager;
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral(
        "Tsuzuki/" TSUZUKI_VERSION " (+https://github.com/tsuzuki-app/tsuzuki)");
}

QString HttpClient::redactedUrl(const QUrl &url)
{
    static const QStringList secretKeys { u"api_key"_s, u"access_token"_s, u"token"_s,
        u"client_secret"_s, u"code"_s, u"refresh_token"_s, u"device_code"_s };
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (secretKeys.contains(item.first, Qt::CaseInsensitive))
                item.second = u"[redacted]"_s;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redact(copy.toString(QUrl::FullyEncoded));
}

HttpClient::RequestId HttpClient::send(const HttpRequest &request, QObject *context, Callback done)
{
    auto p = std::make_shared<Pending>();
    p->id = m_nextId++;
    p->request = request;
    p->context = context;
    p->done = std::move(done);
    m_pending.insert(p->id, p);
    schedule(p);
    return p->id;
}

void HttpClient::cancel(RequestId id)
{
    const PendingPtr p = m_pending.value(id);
    if (!p || p->finished)
        return;
    p->cancelled = true;
    if (p->reply) {
        p->reply->abort(); // onReplyFinished reports Cancelled
        return;
    }
    HttpResponse response;
    response.error = makeError(ErrorCode::Cancelled,
        QCoreApplication::translate("Tsuzuki::HttpClient", "The request to %1 was cancelled.")
            .arg(m_options.service));
    response.attempts = p->attempts;
    // Keep callbacks asynchronous even when cancelling a request that waits for its slot.
    QTimer::singleShot(0, this, [this, p, response] { finish(p, response); });
}

void HttpClient::cancelAll()
{
    const auto ids = m_pending.keys();
    for (RequestId id : ids)
        cancel(id);
}

void HttpClient::schedule(const PendingPtr &p, qint64 notBeforeMs)
{
    const qint64 nowMs = now();
    const qint64 slot = m_limiter.reserve(std::max(nowMs, notBeforeMs), p->request.limiterKind());
    const qint64 delay = std::max<qint64>(0, slot - nowMs);
    if (delay > 0)
        qCDebug(lcNet, "%s: waiting %lld ms for the rate limit", qUtf8Printable(m_options.service),
            delay);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, p] {
        if (!p->finished && !p->cancelled)
            start(p);
    });
}

void HttpClient::start(const PendingPtr &p)
{
    const HttpRequest &r = p->request;
    QNetworkRequest request(r.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(r.timeoutMs > 0 ? r.timeoutMs : m_options.timeoutMs);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ++p->attempts;
    ++m_requestCount;
    p->startedMs = now();
    QNetworkReply *reply = nullptr;
    if (!r.isIdempotent()) {
        // Never let Qt repeat a write on its own (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(r.body);
        reply = m_nam->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    } else if (r.method == "GET")
        reply = m_nam->get(request);
    else if (r.method == "POST")
        reply = m_nam->post(request, r.body);
    else if (r.method == "PUT")
        reply = m_nam->put(request, r.body);
    else if (r.method == "DELETE" && r.body.isEmpty())
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, r.method, r.body);
    p->reply = reply;
    Q_EMIT requestSent(r.method);
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] { onReplyFinished(p, reply); });
}

qint64 HttpClient::backoffMs(int retryIndex) const
{
    const qint64 base = std::max<qint64>(0, m_options.backoffBaseMs);
    return base << std::min(retryIndex, 10);
}

void HttpClient::retryLater(const PendingPtr &p, qint64 delayMs)
{
    ++m_retryCount;
    schedule(p, now() + delayMs);
}

void HttpClient::onReplyFinished(const PendingPtr &p, QNetworkReply *reply)
{
    reply->deleteLater();
    p->reply = nullptr;
    if (p->finished)
        return;

    const HttpRequest &r = p->request;
    HttpResponse response;
    response.attempts = p->attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const qint64 elapsed = now() - p->startedMs;

    qCDebug(lcNet, "%s %s %s -> %d (network error %d) in %lld ms, attempt %d",
        qUtf8Printable(m_options.service), r.method.constData(), qUtf8Printable(redactedUrl(r.url)),
        response.status, int(netError), elapsed, p->attempts);

    if (p->cancelled) {
        response.error = makeError(ErrorCode::Cancelled,
            QCoreApplication::translate("Tsuzuki::HttpClient", "The request to %1 was cancelled.")
                .arg(m_options.service));
        // An aborted POST may still have been applied.
        response.outcomeUnknown = !r.isIdempotent();
        finish(p, response);
        return;
    }

    // The server's own view of its budget (AniList sends these on every reply). A 429 says
    // "0 remaining" too, but its Retry-After already decides the wait.
    const QByteArray remaining = response.header("X-RateLimit-Remaining");
    if (!remaining.isEmpty() && response.status != 429) {
        bool okRemaining = false;
        bool okLimit = false;
        const int rem = remaining.trimmed().toInt(&okRemaining);
        const int limit = response.header("X-RateLimit-Limit").trimmed().toInt(&okLimit);
        if (okRemaining)
            m_limiter.observeRemaining(now(), okLimit ? limit : -1, rem);
    }

    const int status = response.status;
    const bool passThrough = r.passThroughStatuses.contains(status);

    if (status == 429 && !passThrough) {
        qint64 wait = parseRetryAfter(response.header("Retry-After"));
        if (wait < 0)
            wait = m_options.defaultRetryAfterMs;
        if (p->rateLimitRetries < m_options.maxRateLimitRetries
            && wait <= m_options.maxRetryAfterMs) {
            ++p->rateLimitRetries;
            qCInfo(lcNet, "%s: 429, waiting %lld ms (Retry-After) before retry %d",
                qUtf8Printable(m_options.service), wait, p->rateLimitRetries);
            // Everyone waits, not only this request: the budget is per account/app.
            m_limiter.pauseUntil(now() + wait);
            retryLater(p, wait);
            return;
        }
    }

    if (status > 0 && isRetryableServerStatus(status) && !passThrough) {
        if (r.isIdempotent() && p->serverRetries < m_options.maxServerRetries) {
            qint64 wait = backoffMs(p->serverRetries);
            const qint64 retryAfter = parseRetryAfter(response.header("Retry-After"));
            if (retryAfter >= 0 && retryAfter <= m_options.maxRetryAfterMs)
                wait = std::max(wait, retryAfter);
            ++p->serverRetries;
            qCInfo(lcNet, "%s: HTTP %d, retry %d in %lld ms", qUtf8Printable(m_options.service),
                status, p->serverRetries, wait);
            retryLater(p, wait);
            return;
        }
    }

    if (status == 0 && netError != QNetworkReply::NoError) {
        if (r.isIdempotent() && p->networkRetries < m_options.maxNetworkRetries) {
            const qint64 wait = backoffMs(p->networkRetries);
            ++p->networkRetries;
            qCInfo(lcNet, "%s: network error %d, retry %d in %lld ms",
                qUtf8Printable(m_options.service), int(netError), p->networkRetries, wait);
            retryLater(p, wait);
            return;
        }
    }

    HttpErrorInput input;
    input.service = m_options.service;
    input.networkError = netError;
    input.httpStatus = status;
    input.body = response.body;
    input.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    input.expectJson = r.expectJson;
    response.error = redact(mapHttpError(input));

    if (response.ok() && r.expectJson && !response.body.trimmed().isEmpty())
        response.json = QJsonDocument::fromJson(response.body);

    if (!response.ok() && !r.isIdempotent()) {
        const bool transport = status == 0 && mayHaveReachedServer(netError);
        const bool serverSide = status >= 500 && status != 503;
        if (transport || serverSide) {
            response.outcomeUnknown = true;
            response.error.detail = response.error.detail
                + u"; outcome unknown: the server may have applied this request"_s;
        }
    }
    finish(p, std::move(response));
}

void HttpClient::finish(const PendingPtr &p, HttpResponse response)
{
    if (p->finished)
        return;
    p->finished = true;
    m_pending.remove(p->id);
    if (!response.ok()) {
        ++m_failureCount;
        qCDebug(lcNet, "%s %s %s failed: %s", qUtf8Printable(m_options.service),
            p->request.method.constData(), qUtf8Printable(redactedUrl(p->request.url)),
            qUtf8Printable(response.error.toString()));
    }
    if (!p->context)
        return; // the caller is gone (a null context at send() also lands here: contexts are
                // required)
    if (p->done)
        p->done(response);
}

} // namespace Tsuzuki

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
    QByteArray body; ///< read as it arrives, so that the size cap holds while reading
    bool cancelled = false;
    bool finished = false;
    bool deadlineHit = false; ///< the attempt's total deadline passed (not a cancel)
    bool tooLarge = false; ///< the answer passed the size cap
};

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method != "POST" && method != "PATCH";
}

QNetworkRequest::RedirectPolicy HttpRequest::effectiveRedirectPolicy() const
{
    if (redirectPolicy)
        return *redirectPolicy;
    // A redirected write may be re-sent elsewhere (Qt turns a POST answered 302/303 into a GET
    // that still carries the headers): never follow one. Reads stay on their origin.
    return isIdempotent() ? QNetworkRequest::SameOriginRedirectPolicy
                          : QNetworkRequest::ManualRedirectPolicy;
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

/// Qt may buffer this much of an answer before we read it (we read on every readyRead).
constexpr qint64 ReadBufferBytes = 256 * 1024;

/// "https://host:port" of a redirect target, for the message (never its path or query).
QString originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin.toString();
}

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
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, r.effectiveRedirectPolicy());
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ++p->attempts;
    ++m_requestCount;
    p->startedMs = now();
    p->body.clear();
    p->deadlineHit = false;
    p->tooLarge = false;
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
    reply->setReadBufferSize(ReadBufferBytes);
    Q_EMIT requestSent(r.method);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, p, reply] {
        bool known = false;
        const qint64 announced
            = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && announced > responseCap(p->request) && !p->tooLarge) {
            p->tooLarge = true; // do not wait for it to arrive
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, p, reply] { onReplyData(p, reply); });
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] { onReplyFinished(p, reply); });
    // The transfer timeout restarts with every byte: a server that trickles would hold the request
    // (and a sync's lock) for ever. The deadline bounds the whole attempt.
    const int deadline = r.deadlineMs > 0 ? r.deadlineMs : m_options.deadlineMs;
    if (deadline > 0) {
        // A timer owned by the reply: it goes (with what it holds) when the reply goes, instead of
        // waiting out the deadline for every request that finished long before.
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [p, reply] {
            if (!reply->isFinished() && !p->finished) {
                p->deadlineHit = true;
                reply->abort();
            }
        });
        timer->start(std::chrono::milliseconds(deadline));
    }
}

qint64 HttpClient::responseCap(const HttpRequest &request) const
{
    return request.maxResponseBytes > 0 ? request.maxResponseBytes : m_options.maxResponseBytes;
}

void HttpClient::onReplyData(const PendingPtr &p, QNetworkReply *reply)
{
    if (p->tooLarge || p->finished || !reply->isOpen())
        return;
    if (p->body.size() + reply->bytesAvailable() > responseCap(p->request)) {
        p->tooLarge = true;
        reply->abort();
        return;
    }
    p->body += reply->readAll();
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
    if (!p->tooLarge)
        onReplyData(p, reply); // what arrived since the last readyRead
    response.body = std::exchange(p->body, {});
    QNetworkReply::NetworkError netError = reply->error();
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

    // A write whose answer did not come back whole may still have been applied.
    const bool write = !r.isIdempotent();
    const QString unknownNote = u"; outcome unknown: the server may have applied this request"_s;
    if (p->deadlineHit) {
        const int deadline = r.deadlineMs > 0 ? r.deadlineMs : m_options.deadlineMs;
        if (!write && p->networkRetries < m_options.maxNetworkRetries) {
            const qint64 wait = backoffMs(p->networkRetries);
            ++p->networkRetries;
            qCInfo(lcNet, "%s: no complete answer within %d ms, retry %d in %lld ms",
                qUtf8Printable(m_options.service), deadline, p->networkRetries, wait);
            retryLater(p, wait);
            return;
        }
        response.status = 0;
        response.body.clear();
        response.error = makeError(ErrorCode::Timeout,
            tr("%1 did not finish answering within %2 s.")
                .arg(m_options.service)
                .arg(qMax(1, (deadline + 999) / 1000)),
            u"deadline of %1 ms passed after %2 ms"_s.arg(deadline).arg(elapsed)
                + (write ? unknownNote : QString()));
        response.outcomeUnknown = write;
        finish(p, std::move(response));
        return;
    }
    if (p->tooLarge) {
        const qint64 cap = responseCap(r);
        response.body.clear();
        response.error = makeError(ErrorCode::BadResponse,
            tr("%1 sent an answer larger than %2 MiB, more than this request can take; it was not "
               "read.")
                .arg(m_options.service)
                .arg(qMax<qint64>(1, cap / (1024 * 1024))),
            u"size cap %1 bytes, HTTP %2"_s.arg(cap).arg(response.status)
                + (write ? unknownNote : QString()),
            response.status);
        response.outcomeUnknown = write;
        finish(p, std::move(response));
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError
        || (response.status >= 300 && response.status < 400)) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty())
            target = QUrl::fromEncoded(response.header("Location"));
        target = r.url.resolved(target);
        response.body.clear();
        response.error = makeError(ErrorCode::Http,
            tr("%1 answered with a redirect to %2, which Tsuzuki does not follow for this "
               "request.")
                .arg(m_options.service, originOf(target)),
            u"HTTP %1, redirect policy %2"_s.arg(response.status)
                    .arg(int(r.effectiveRedirectPolicy()))
                + (write ? unknownNote : QString()),
            response.status);
        // Whatever answered (Trakt or a proxy in front of it) may have applied the write first.
        response.outcomeUnknown = write;
        finish(p, std::move(response));
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

    if (!response.ok() && write) {
        const bool transport = status == 0 && mayHaveReachedServer(netError);
        const bool serverSide = status >= 500 && status != 503;
        if (transport || serverSide) {
            response.outcomeUnknown = true;
            response.error.detail = response.error.detail + unknownNote;
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

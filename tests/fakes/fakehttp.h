#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Tsuzuki {

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as the fake services see it (already fully read).
struct FakeRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path; ///< decoded path without the query, e.g. "/sync/history"
    QUrlQuery query;
    FakeHeaders headers;
    QByteArray body;

    /// Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// The bearer token from `Authorization: Bearer x`, or empty.
    QByteArray bearerToken() const;
    /// The body parsed as a JSON object; *ok is false when it is not one.
    QJsonObject jsonBody(bool *ok = nullptr) const;
};

/// One HTTP response produced by a fake service (status, headers, raw body).
struct FakeResponse
{
    int status = 200;
    FakeHeaders headers;
    QByteArray body;

    static FakeResponse json(const QJsonValue &value, int status = 200);
    static FakeResponse html(int status, const QByteArray &body = {});
    static FakeResponse text(int status, const QByteArray &body = {});
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

/// A fault to inject into the next N requests that match a method and path pattern.
struct FakeFault
{
    enum class Kind {
        Status, ///< a given status with a given (or the service's default) body
        RateLimited, ///< 429 with Retry-After
        Html, ///< an HTML body (Cloudflare-like page) with a given status
        MalformedJson, ///< 200 with a body that is not JSON
        TruncatedJson, ///< 200 with the first half of the real (or a canned) JSON body
        AbortMidBody, ///< headers with the full Content-Length, half the body, then close
        Slow, ///< the real answer, after delayMs
        Drop, ///< close the connection without any response (Qt resends, see README)
        CutHeaders, ///< send the status line only, then close (Qt reports an error, no resend)
        Hang, ///< never answer, keep the connection open
        ExpiredToken, ///< the service's "token expired" answer (401; AniList: 400 Invalid token)
        Redirect, ///< a 3xx with Location (another origin: a FakeRecorder's URL)
        Trickle, ///< the (real) answer's headers, then its body one byte every delayMs
        Oversize, ///< 200 with `size` bytes of valid JSON, streamed (the fake holds little of it)
    };

    Kind kind = Kind::Status;
    int status = 500;
    int retryAfterSeconds = 0;
    int delayMs = 0;
    /// Run the real handler (apply the write) before faulting. Only meaningful for Status,
    /// TruncatedJson, AbortMidBody, Slow (always applied), Drop, CutHeaders, Hang, Redirect and
    /// Trickle.
    bool applyWrite = false;
    QByteArray body; ///< Status/Html: body to send (empty = service default)
    QByteArray contentType; ///< Status: content type of body (default application/json)
    QByteArray location; ///< Redirect: the Location header
    qint64 size = 0; ///< Oversize: body size in bytes
    bool announceLength = true; ///< Oversize: send Content-Length (else the close ends the body)
    /// Oversize: an AniList activity page whose list holds millions of `{}` (what makes a JSON
    /// parser expensive) instead of one long string.
    bool manyObjects = false;

    static FakeFault rateLimited(int retryAfterSeconds = 1);
    static FakeFault serverError(int status = 500);
    static FakeFault httpStatus(int status, const QByteArray &body = {},
        const QByteArray &contentType = "application/json");
    static FakeFault html(int status = 200);
    static FakeFault malformedJson();
    static FakeFault truncatedJson(bool applyWrite = false);
    static FakeFault abortMidBody(bool applyWrite = false);
    static FakeFault slow(int delayMs);
    static FakeFault drop(bool applyWrite = false);
    static FakeFault dropAfterApply() { return drop(true); }
    static FakeFault cutHeaders(bool applyWrite = false);
    static FakeFault hang(bool applyWrite = false);
    static FakeFault expiredToken();
    /// 301/302/303/307/308 to `location`; with `applyWrite` the real handler runs first (Trakt
    /// applied the write, then something in front of it redirected).
    static FakeFault redirect(int status, const QByteArray &location, bool applyWrite = false);
    /// Sends the answer one byte every `intervalMs` (a transfer timeout never fires).
    static FakeFault trickle(int intervalMs, bool applyWrite = false);
    /// A 200 JSON answer of `bytes` bytes, written in chunks as the client reads; without
    /// `announceLength` no Content-Length is sent (the body ends when the server closes).
    static FakeFault oversize(qint64 bytes, bool announceLength = true);

    /// Scenario-file form: {"kind":"rateLimited","retryAfter":2} etc. (see README.md).
    static FakeFault fromJson(const QJsonObject &object, bool *ok = nullptr);
    static QString kindName(Kind kind);
};

/// One entry of a fake service's request log. Secrets are already redacted
/// (Authorization, api keys, client secrets, tokens in bodies).
struct FakeLoggedRequest
{
    qint64 sequence = 0;
    QByteArray method;
    QString path;
    QString query; ///< encoded query, api_key redacted
    FakeHeaders headers;
    QByteArray body;
    QString authLabel; ///< which credential was presented, without the secret ("user:1",
                       ///< "access#2", "expired#1", "none", ...)
    int status = 0; ///< status sent; 0 when nothing was sent (drop/hang)
    QString fault; ///< name of the injected fault, empty if none
    QDateTime receivedAt;

    QByteArray header(QByteArrayView name) const;
    QJsonObject jsonBody() const;
};

/// Redacts secrets in a JSON or form body (client_secret, refresh_token, access_token, token,
/// code...).
QByteArray fakeRedactBody(const QByteArray &body);

} // namespace Tsuzuki

#include "tests/fakes/fakehttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QByteArray findHeader(const FakeHeaders &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool isSecretKey(const QString &key)
{
    static const QStringList keys = { u"client_secret"_s, u"refresh_token"_s, u"access_token"_s,
        u"token"_s, u"api_key"_s, u"password"_s, u"code"_s, u"device_code"_s };
    return keys.contains(key, Qt::CaseInsensitive);
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().isNull() && !it.value().isObject()
                && !it.value().isArray())
                it.value() = u"<redacted>"_s;
            else
                it.value() = redactValue(it.value());
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    return value;
}

} // namespace

QByteArray FakeRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool FakeRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray FakeRequest::bearerToken() const
{
    const QByteArray auth = header("Authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    return {};
}

QJsonObject FakeRequest::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

FakeResponse FakeResponse::json(const QJsonValue &value, int status)
{
    FakeResponse r;
    r.status = status;
    r.headers.append({ "Content-Type"_ba, "application/json; charset=utf-8"_ba });
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isNull())
        r.body = "null"_ba;
    return r;
}

FakeResponse FakeResponse::html(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers.append({ "Content-Type"_ba, "text/html; charset=UTF-8"_ba });
    r.body = body.isEmpty()
        ? "<!DOCTYPE html>\n<html><head><title>Attention Required! | Cloudflare</title></head>"
          "<body><h1>Error "_ba
            + QByteArray::number(status)
            + "</h1><p>Sorry, you have been blocked.</p></body></html>\n"_ba
        : body;
    return r;
}

FakeResponse FakeResponse::text(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers.append({ "Content-Type"_ba, "text/plain; charset=utf-8"_ba });
    r.body = body;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({ name, value });
    return *this;
}

QByteArray FakeResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

FakeFault FakeFault::rateLimited(int retryAfterSeconds)
{
    FakeFault f;
    f.kind = Kind::RateLimited;
    f.status = 429;
    f.retryAfterSeconds = retryAfterSeconds;
    return f;
}

FakeFault FakeFault::serverError(int status)
{
    FakeFault f;
    f.kind = Kind::Status;
    f.status = status;
    return f;
}

FakeFault FakeFault::httpStatus(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeFault f;
    f.kind = Kind::Status;
    f.status = status;
    f.body = body;
    f.contentType = contentType;
    return f;
}

FakeFault FakeFault::html(int status)
{
    FakeFault f;
    f.kind = Kind::Html;
    f.status = status;
    return f;
}

FakeFault FakeFault::malformedJson()
{
    FakeFault f;
    f.kind = Kind::MalformedJson;
    f.status = 200;
    return f;
}

FakeFault FakeFault::truncatedJson(bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::TruncatedJson;
    f.status = 200;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::abortMidBody(bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::AbortMidBody;
    f.status = 200;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::slow(int delayMs)
{
    FakeFault f;
    f.kind = Kind::Slow;
    f.delayMs = delayMs;
    f.applyWrite = true;
    return f;
}

FakeFault FakeFault::drop(bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::Drop;
    f.status = 0;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::cutHeaders(bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::CutHeaders;
    f.status = 0;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::hang(bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::Hang;
    f.status = 0;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::expiredToken()
{
    FakeFault f;
    f.kind = Kind::ExpiredToken;
    f.status = 401;
    return f;
}

FakeFault FakeFault::redirect(int status, const QByteArray &location, bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::Redirect;
    f.status = status;
    f.location = location;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::trickle(int intervalMs, bool applyWrite)
{
    FakeFault f;
    f.kind = Kind::Trickle;
    f.delayMs = intervalMs;
    f.applyWrite = applyWrite;
    return f;
}

FakeFault FakeFault::oversize(qint64 bytes, bool announceLength)
{
    FakeFault f;
    f.kind = Kind::Oversize;
    f.status = 200;
    f.size = bytes;
    f.announceLength = announceLength;
    return f;
}

QString FakeFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return u"status"_s;
    case Kind::RateLimited:
        return u"rateLimited"_s;
    case Kind::Html:
        return u"html"_s;
    case Kind::MalformedJson:
        return u"malformedJson"_s;
    case Kind::TruncatedJson:
        return u"truncatedJson"_s;
    case Kind::AbortMidBody:
        return u"abortMidBody"_s;
    case Kind::Slow:
        return u"slow"_s;
    case Kind::Drop:
        return u"drop"_s;
    case Kind::CutHeaders:
        return u"cutHeaders"_s;
    case Kind::Hang:
        return u"hang"_s;
    case Kind::ExpiredToken:
        return u"expiredToken"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::Trickle:
        return u"trickle"_s;
    case Kind::Oversize:
        return u"oversize"_s;
    }
    return {};
}

FakeFault FakeFault::fromJson(const QJsonObject &o, bool *ok)
{
    const QString kind = o.value(u"kind"_s).toString();
    const bool apply = o.value(u"applyWrite"_s).toBool(false);
    FakeFault f;
    bool valid = true;
    if (kind == u"rateLimited"_s)
        f = rateLimited(o.value(u"retryAfter"_s).toInt(1));
    else if (kind == u"status"_s || kind == u"serverError"_s)
        f = httpStatus(o.value(u"status"_s).toInt(500), o.value(u"body"_s).toString().toUtf8(),
            o.value(u"contentType"_s).toString(u"application/json"_s).toUtf8());
    else if (kind == u"html"_s)
        f = html(o.value(u"status"_s).toInt(200));
    else if (kind == u"malformedJson"_s)
        f = malformedJson();
    else if (kind == u"truncatedJson"_s)
        f = truncatedJson(apply);
    else if (kind == u"abortMidBody"_s)
        f = abortMidBody(apply);
    else if (kind == u"slow"_s)
        f = slow(o.value(u"delayMs"_s).toInt(5000));
    else if (kind == u"drop"_s)
        f = drop(apply);
    else if (kind == u"dropAfterApply"_s)
        f = dropAfterApply();
    else if (kind == u"cutHeaders"_s)
        f = cutHeaders(apply);
    else if (kind == u"hang"_s)
        f = hang(apply);
    else if (kind == u"expiredToken"_s)
        f = expiredToken();
    else if (kind == u"redirect"_s)
        f = redirect(
            o.value(u"status"_s).toInt(302), o.value(u"location"_s).toString().toUtf8(), apply);
    else if (kind == u"trickle"_s)
        f = trickle(o.value(u"intervalMs"_s).toInt(1000), apply);
    else if (kind == u"oversize"_s) {
        f = oversize(qint64(o.value(u"bytes"_s).toDouble(50.0 * 1024 * 1024)),
            o.value(u"announceLength"_s).toBool(true));
        f.manyObjects = o.value(u"manyObjects"_s).toBool(false);
    } else
        valid = false;
    if (ok)
        *ok = valid;
    return f;
}

QByteArray FakeLoggedRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QJsonObject FakeLoggedRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray fakeRedactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue redacted
            = redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        return redacted.isObject()
            ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    }
    // Form-encoded or other text: redact key=value pairs for secret keys.
    QString text = QString::fromUtf8(body);
    static const QRegularExpression re(
        uR"((client_secret|refresh_token|access_token|token|api_key|password|code|device_code)=[^&\s]*)"_s);
    text.replace(re, u"\\1=<redacted>"_s);
    return text.toUtf8();
}

} // namespace Tsuzuki

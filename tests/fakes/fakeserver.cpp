#include "tests/fakes/fakeserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 409:
        return "Conflict"_ba;
    case 410:
        return "Gone"_ba;
    case 412:
        return "Precondition Failed"_ba;
    case 418:
        return "I'm a teapot"_ba;
    case 420:
        return "Enhance Your Calm"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 423:
        return "Locked"_ba;
    case 426:
        return "Upgrade Required"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    case 520:
        return "Unknown Error"_ba;
    case 521:
        return "Web Server Is Down"_ba;
    case 522:
        return "Connection Timed Out"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

bool isSecretHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("cookie", Qt::CaseInsensitive) == 0
        || name.compare("x-api-key", Qt::CaseInsensitive) == 0;
}

} // namespace

FakeServer::FakeServer(const QString &serviceName, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_serviceName(serviceName)
{ }

FakeServer::~FakeServer()
{
    releaseHanging();
}

bool FakeServer::listen(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

bool FakeServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = QAbstractHttpServer::listen(address, port);
    return m_port != 0;
}

QUrl FakeServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

void FakeServer::addFault(const QString &method, const QString &pathRegex, const FakeFault &fault,
    int times, const QString &bodyRegex)
{
    FaultRule rule;
    rule.method = method.toUpper();
    rule.path = QRegularExpression(pathRegex);
    rule.matchBody = !bodyRegex.isEmpty();
    rule.body = QRegularExpression(bodyRegex);
    rule.fault = fault;
    rule.remaining = times == 0 ? 1 : times;
    m_faults.append(rule);
}

void FakeServer::clearFaults()
{
    m_faults.clear();
}

int FakeServer::pendingFaults() const
{
    int n = 0;
    for (const FaultRule &r : m_faults)
        n += r.remaining < 0 ? 1 : r.remaining;
    return n;
}

void FakeServer::releaseHanging()
{
    const auto sockets = std::exchange(m_hanging, {});
    for (const QPointer<QTcpSocket> &s : sockets) {
        if (s)
            s->abort();
    }
}

int FakeServer::hangingConnections() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &s : m_hanging) {
        if (s && s->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

QList<FakeLoggedRequest> FakeServer::requests(const QString &method, const QString &pathRegex) const
{
    const QRegularExpression re(pathRegex);
    QList<FakeLoggedRequest> out;
    for (const FakeLoggedRequest &r : m_log) {
        if (!method.isEmpty()
            && QString::fromLatin1(r.method).compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!pathRegex.isEmpty() && !re.match(r.path).hasMatch())
            continue;
        out.append(r);
    }
    return out;
}

void FakeServer::clearLog()
{
    m_log.clear();
    m_counters.clear();
}

int FakeServer::requestCount(const QString &method, const QString &path) const
{
    return m_counters.value(method.toUpper() + u' ' + path);
}

qint64 FakeServer::minimumGapMs(const QString &method, const QString &pathRegex) const
{
    const QList<FakeLoggedRequest> matching = requests(method, pathRegex);
    qint64 gap = -1;
    for (qsizetype i = 1; i < matching.size(); ++i) {
        const qint64 ms = matching.at(i - 1).receivedAt.msecsTo(matching.at(i).receivedAt);
        gap = gap < 0 ? ms : std::min(gap, ms);
    }
    return gap;
}

std::function<void()> FakeServer::holdUnanswered(QTcpSocket *socket)
{
    ++m_appliedUnanswered;
    auto open = std::make_shared<bool>(true);
    QPointer<FakeServer> self(this);
    auto release = [self, open] {
        if (*open && self) {
            *open = false;
            --self->m_appliedUnanswered;
        }
    };
    connect(socket, &QTcpSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    return release;
}

void FakeServer::trickle(
    QTcpSocket *socket, const QByteArray &bytes, int intervalMs, const std::function<void()> &done)
{
    // Headers at once, then the body byte by byte: every byte restarts a client's transfer timeout.
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    socket->write(bytes.left(headerEnd + 4));
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(headerEnd + 4);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, bytes, sent, done] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        guard->write(bytes.mid(*sent, 1));
        if (++*sent >= bytes.size()) {
            timer->stop();
            if (done)
                done();
        }
    });
    timer->start(std::max(1, intervalMs));
}

void FakeServer::stream(QTcpSocket *socket, const FakeFault &fault)
{
    // {"data":null,"pad":"xxxx…"} (or a page of {},{},… objects): valid JSON of exactly `size`
    // bytes, written 64 KiB at a time as the client takes it, so the fake never holds the body.
    const qint64 size = fault.size;
    const bool announceLength = fault.announceLength;
    const QByteArray head = fault.manyObjects
        ? "{\"data\":{\"Page\":{\"pageInfo\":{\"hasNextPage\":false},\"activities\":["_ba
        : "{\"data\":null,\"pad\":\""_ba;
    const QByteArray tail = fault.manyObjects ? "{}]}}}"_ba : "\"}"_ba;
    const char fill = fault.manyObjects ? ' ' : 'x';
    const QByteArray unit = fault.manyObjects ? "{},"_ba : QByteArray(1, fill);
    const qint64 padding = std::max<qint64>(0, size - head.size() - tail.size());
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"_ba;
    if (announceLength)
        out += "Content-Length: "_ba + QByteArray::number(head.size() + padding + tail.size())
            + "\r\n"_ba;
    out += "Connection: close\r\n\r\n"_ba + head;
    socket->write(out);
    m_bytesStreamed += head.size();
    auto left = std::make_shared<qint64>(padding);
    auto tailSent = std::make_shared<bool>(false);
    QPointer<FakeServer> self(this);
    QPointer<QTcpSocket> guard(socket);
    auto pump = [self, guard, left, tailSent, tail, unit] {
        if (!guard || !self || guard->state() != QAbstractSocket::ConnectedState)
            return;
        while (guard->bytesToWrite() < 256 * 1024 && (*left > 0 || !*tailSent)) {
            if (*left > 0) {
                const qint64 n = std::min<qint64>(*left, 64 * 1024);
                QByteArray chunk = unit.repeated(int(n / unit.size()));
                chunk += QByteArray(int(n - chunk.size()), ' '); // JSON whitespace
                guard->write(chunk);
                *left -= n;
                self->m_bytesStreamed += n;
            } else {
                guard->write(tail);
                self->m_bytesStreamed += tail.size();
                *tailSent = true;
                guard->disconnectFromHost();
            }
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

FakeResponse FakeServer::expiredTokenResponse() const
{
    return FakeResponse::json(QJsonObject { { u"error"_s, u"invalid_token"_s } }, 401);
}

FakeResponse FakeServer::statusResponse(int status) const
{
    if (status >= 520 && status <= 530)
        return FakeResponse::html(status);
    return FakeResponse::json(
        QJsonObject {
            { u"error"_s, QString::fromLatin1(reasonPhrase(status)) }, { u"status"_s, status } },
        status);
}

void FakeServer::decorate(FakeResponse &, const FakeRequest &) { }

FakeServer::FaultRule *FakeServer::matchFault(const FakeRequest &request)
{
    for (FaultRule &rule : m_faults) {
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != QString::fromLatin1(request.method))
            continue;
        if (!rule.path.pattern().isEmpty() && !rule.path.match(request.path).hasMatch())
            continue;
        if (rule.matchBody && !rule.body.match(QString::fromUtf8(request.body)).hasMatch())
            continue;
        return &rule;
    }
    return nullptr;
}

FakeLoggedRequest FakeServer::logEntry(const FakeRequest &request) const
{
    FakeLoggedRequest e;
    e.method = request.method;
    e.path = request.path;
    QUrlQuery q = request.query;
    for (const QString &key : { u"api_key"_s, u"access_token"_s, u"token"_s }) {
        if (q.hasQueryItem(key)) {
            q.removeAllQueryItems(key);
            q.addQueryItem(key, u"<redacted>"_s);
        }
    }
    e.query = q.toString(QUrl::FullyEncoded);
    for (const auto &h : request.headers) {
        if (isSecretHeader(h.first)) {
            const QByteArray scheme = h.second.trimmed().split(' ').value(0);
            e.headers.append(
                { h.first, h.second.contains(' ') ? scheme + " <redacted>"_ba : "<redacted>"_ba });
        } else {
            e.headers.append(h);
        }
    }
    e.body = fakeRedactBody(request.body);
    e.receivedAt = QDateTime::currentDateTimeUtc();
    return e;
}

bool FakeServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    FakeRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path(QUrl::FullyDecoded);
    if (request.path.isEmpty())
        request.path = u"/"_s;
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();

    if (request.path.startsWith(u"/_fake/"_s)) {
        deliver(socket, control(request));
        return true;
    }

    const QString counterKey = QString::fromLatin1(request.method) + u' ' + request.path;
    m_counters[counterKey] += 1;

    FakeLoggedRequest entry = logEntry(request);
    entry.sequence = ++m_sequence;

    FaultRule *rule = matchFault(request);
    FakeFault fault;
    if (rule) {
        fault = rule->fault;
        if (rule->remaining > 0)
            --rule->remaining;
        entry.fault = FakeFault::kindName(fault.kind);
    }

    auto runHandler = [&]() {
        QString label;
        FakeResponse r = route(request, &label);
        entry.authLabel = label.isEmpty() ? u"none"_s : label;
        return r;
    };

    FakeResponse response;
    int cutAt = -1;
    bool closeAfter = false;
    bool statusLineOnly = false;
    enum class Delivery { Now, Later, Drop, Hang, Trickle, Stream } delivery = Delivery::Now;
    bool applied = false; // the handler ran for a write whose answer is not sent at once
    int delayMs = 0;

    if (!rule) {
        response = runHandler();
    } else {
        switch (fault.kind) {
        case FakeFault::Kind::Status:
            if (fault.applyWrite)
                runHandler(); // applied, then something else answered
            response = fault.body.isEmpty() ? statusResponse(fault.status)
                                            : FakeResponse::text(fault.status, fault.body);
            if (!fault.body.isEmpty())
                response.withHeader("Content-Type"_ba,
                    fault.contentType.isEmpty() ? "application/json"_ba : fault.contentType);
            break;
        case FakeFault::Kind::RateLimited:
            response = statusResponse(429);
            response.withHeader("Retry-After"_ba, QByteArray::number(fault.retryAfterSeconds));
            break;
        case FakeFault::Kind::Html:
            response = FakeResponse::html(fault.status, fault.body);
            break;
        case FakeFault::Kind::MalformedJson:
            response = FakeResponse::json(QJsonObject {}, 200);
            response.body = "{\"data\": {\"oops\": [1, 2,, }<html>"_ba;
            break;
        case FakeFault::Kind::TruncatedJson:
        case FakeFault::Kind::AbortMidBody:
            if (fault.applyWrite) {
                response = runHandler();
            } else {
                response = FakeResponse::json(QJsonObject { { u"data"_s,
                    QJsonObject { { u"items"_s, u"a canned body that gets cut"_s } } } });
            }
            if (fault.kind == FakeFault::Kind::TruncatedJson) {
                response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
            } else {
                cutAt = int(qMax<qsizetype>(1, response.body.size() / 2));
                closeAfter = true;
            }
            break;
        case FakeFault::Kind::Slow:
            response = runHandler();
            delivery = Delivery::Later;
            delayMs = fault.delayMs;
            applied = true;
            break;
        case FakeFault::Kind::Drop:
            if (fault.applyWrite)
                runHandler();
            delivery = Delivery::Drop;
            break;
        case FakeFault::Kind::CutHeaders:
            response = fault.applyWrite ? runHandler() : FakeResponse::json(QJsonObject {}, 200);
            statusLineOnly = true;
            closeAfter = true;
            break;
        case FakeFault::Kind::Hang:
            if (fault.applyWrite)
                runHandler();
            delivery = Delivery::Hang;
            applied = fault.applyWrite;
            break;
        case FakeFault::Kind::ExpiredToken:
            response = expiredTokenResponse();
            break;
        case FakeFault::Kind::Redirect:
            if (fault.applyWrite)
                runHandler();
            response = FakeResponse::text(fault.status, "Moved"_ba);
            response.withHeader("Location"_ba, fault.location);
            break;
        case FakeFault::Kind::Trickle:
            response = fault.applyWrite
                ? runHandler()
                : FakeResponse::json(QJsonObject { { u"data"_s, u"a canned body, slowly"_s } });
            delivery = Delivery::Trickle;
            delayMs = fault.delayMs;
            applied = fault.applyWrite;
            break;
        case FakeFault::Kind::Oversize:
            delivery = Delivery::Stream;
            break;
        }
    }
    applied = applied && request.method != "GET" && request.method != "HEAD";

    if (delivery == Delivery::Now || delivery == Delivery::Later || delivery == Delivery::Trickle) {
        decorate(response, request);
        entry.status = statusLineOnly ? 0 : response.status;
    } else if (delivery == Delivery::Stream) {
        entry.status = 200;
    }
    const qint64 sequence = entry.sequence;
    const int status = entry.status;
    if (m_logEnabled)
        m_log.append(entry);

    QPointer<QTcpSocket> guard(socket);
    const std::function<void()> answered
        = applied ? holdUnanswered(socket) : std::function<void()>();
    switch (delivery) {
    case Delivery::Now:
        deliver(socket, response, cutAt, closeAfter, statusLineOnly);
        break;
    case Delivery::Later:
        QTimer::singleShot(delayMs, socket, [this, guard, response, answered]() {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                deliver(guard, response);
            if (answered)
                answered();
        });
        break;
    case Delivery::Trickle:
        trickle(socket, rawResponse(response), delayMs, answered);
        break;
    case Delivery::Stream:
        stream(socket, fault);
        break;
    case Delivery::Drop:
        // Deferred: the server still touches the socket after handleRequest returns.
        QTimer::singleShot(0, socket, [guard]() {
            if (guard)
                guard->disconnectFromHost();
        });
        break;
    case Delivery::Hang:
        m_hanging.append(guard);
        break;
    }
    Q_EMIT requestHandled(sequence, QString::fromLatin1(request.method), request.path, status);
    return true;
}

QJsonObject FakeServer::stateJson() const
{
    QJsonObject counters;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        counters.insert(it.key(), it.value());
    return QJsonObject { { u"service"_s, m_serviceName }, { u"requests"_s, m_sequence },
        { u"pendingFaults"_s, pendingFaults() }, { u"hangingConnections"_s, hangingConnections() },
        { u"counters"_s, counters } };
}

FakeResponse FakeServer::control(const FakeRequest &request)
{
    const QString what = request.path.mid(7);
    if (what == u"state"_s && request.method == "GET")
        return FakeResponse::json(stateJson());
    if (what == u"faults"_s && request.method == "POST") {
        bool ok = false;
        const QJsonObject f = request.jsonBody(&ok);
        const FakeFault fault = FakeFault::fromJson(f, &ok);
        if (!ok)
            return FakeResponse::json(QJsonObject { { u"error"_s, u"unknown fault kind"_s } }, 400);
        addFault(f.value(u"method"_s).toString(), f.value(u"path"_s).toString(), fault,
            f.value(u"times"_s).toInt(1), f.value(u"body"_s).toString());
        return FakeResponse::json(QJsonObject { { u"pendingFaults"_s, pendingFaults() } });
    }
    if (what == u"faults"_s && request.method == "DELETE") {
        clearFaults();
        releaseHanging();
        return FakeResponse::json(QJsonObject { { u"pendingFaults"_s, 0 } });
    }
    if (what == u"log"_s && request.method == "GET") {
        QJsonArray items;
        for (const FakeLoggedRequest &r : m_log) {
            QJsonObject headers;
            for (const auto &h : r.headers)
                headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
            items.append(QJsonObject { { u"sequence"_s, r.sequence },
                { u"method"_s, QString::fromLatin1(r.method) }, { u"path"_s, r.path },
                { u"query"_s, r.query }, { u"headers"_s, headers },
                { u"body"_s, QString::fromUtf8(r.body) }, { u"authLabel"_s, r.authLabel },
                { u"status"_s, r.status }, { u"fault"_s, r.fault },
                { u"receivedAt"_s, r.receivedAt.toString(Qt::ISODateWithMs) } });
        }
        return FakeResponse::json(items);
    }
    FakeResponse custom = serviceControl(what, request);
    if (custom.status != 0)
        return custom;
    return FakeResponse::json(QJsonObject { { u"error"_s, u"unknown control endpoint"_s } }, 404);
}

FakeResponse FakeServer::serviceControl(const QString &, const FakeRequest &)
{
    FakeResponse none;
    none.status = 0;
    return none;
}

void FakeServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    deliver(socket, FakeResponse::json(QJsonObject { { u"error"_s, u"not found"_s } }, 404));
}

QByteArray FakeServer::rawResponse(const FakeResponse &response, bool closeAfter)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n"_ba;
    bool hasType = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasType = true;
        out += h.first + ": "_ba + h.second + "\r\n"_ba;
    }
    if (!hasType && !response.body.isEmpty())
        out += "Content-Type: application/octet-stream\r\n"_ba;
    out += "Content-Length: "_ba + QByteArray::number(response.body.size()) + "\r\n"_ba;
    out += closeAfter ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    return out + response.body;
}

void FakeServer::deliver(QTcpSocket *socket, const FakeResponse &response, int cutBodyAt,
    bool closeAfter, bool statusLineOnly)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n"_ba;
    if (statusLineOnly) {
        socket->write(out);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, socket, [guard]() {
            if (guard)
                guard->disconnectFromHost();
        });
        return;
    }
    bool hasType = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasType = true;
        out += h.first + ": "_ba + h.second + "\r\n"_ba;
    }
    if (!hasType && !response.body.isEmpty())
        out += "Content-Type: application/octet-stream\r\n"_ba;
    out += "Content-Length: "_ba + QByteArray::number(response.body.size()) + "\r\n"_ba;
    out += closeAfter ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    if (cutBodyAt >= 0)
        out += response.body.left(cutBodyAt);
    else
        out += response.body;
    socket->write(out);
    if (closeAfter) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, socket, [guard]() {
            if (guard)
                guard->disconnectFromHost();
        });
    }
}

} // namespace Tsuzuki

#pragma once

#include "tests/fakes/fakehttp.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Tsuzuki {

/// Base of the fake services: a loopback HTTP server with a request log, per-path
/// counters and fault injection. Subclasses implement route(). Writes raw HTTP/1.1 on the
/// socket so that replies can be delayed, cut, dropped or never sent.
/// Use from the thread that owns it (normally the test's main thread).
class FakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit FakeServer(const QString &serviceName, QObject *parent = nullptr);
    ~FakeServer() override;

    /// Listens on 127.0.0.1 (port 0 = any free port). Returns false on failure.
    bool listen(quint16 port = 0);
    /// Listens on another loopback address (127.0.0.2 makes a different origin, see FakeRecorder).
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    /// http://<address>:<port>
    QUrl baseUrl() const;
    QString serviceName() const { return m_serviceName; }

    // --- fault injection -------------------------------------------------------------
    /// Applies `fault` to the next `times` requests whose method matches (empty = any) and
    /// whose path matches `pathRegex` (QRegularExpression, unanchored; empty = any) and,
    /// when given, whose body matches `bodyRegex` (e.g. a GraphQL root field). times < 0 = forever.
    void addFault(const QString &method, const QString &pathRegex, const FakeFault &fault,
        int times = 1, const QString &bodyRegex = {});
    void clearFaults();
    /// How many injected faults are still waiting (sum of remaining counts, forever = 1).
    int pendingFaults() const;
    /// Closes every connection that a Hang fault left open.
    void releaseHanging();
    int hangingConnections() const;
    /// Writes (not GET/HEAD) whose handler ran but whose answer the client has not received yet
    /// (slow, trickling or hanging answers): what a client killed now leaves behind applied.
    int appliedUnanswered() const { return m_appliedUnanswered; }
    /// Body bytes an Oversize fault actually handed to the socket (the client may stop reading).
    qint64 bytesStreamed() const { return m_bytesStreamed; }

    // --- request log -----------------------------------------------------------------
    const QList<FakeLoggedRequest> &requestLog() const { return m_log; }
    /// Requests whose method matches (empty = any) and whose path matches the regex.
    QList<FakeLoggedRequest> requests(const QString &method, const QString &pathRegex = {}) const;
    void clearLog();
    /// Count of requests per "METHOD /path" (e.g. "POST /sync/history").
    int requestCount(const QString &method, const QString &path) const;
    /// The shortest time between two consecutive matching requests, by this server's own receive
    /// times (-1 with fewer than two).
    qint64 minimumGapMs(const QString &method, const QString &pathRegex) const;
    const QHash<QString, int> &counters() const { return m_counters; }
    /// Keeps the log from growing in benchmarks (counters are still kept).
    void setLogEnabled(bool enabled) { m_logEnabled = enabled; }
    /// Service state for GET /_fake/state (counts, not secrets).
    virtual QJsonObject stateJson() const;

Q_SIGNALS:
    /// Emitted after a request was handled (or faulted); `sequence` indexes requestLog().
    void requestHandled(qint64 sequence, const QString &method, const QString &path, int status);

protected:
    /// Produces the real answer. `authLabel` may be set to describe the credential used.
    virtual FakeResponse route(const FakeRequest &request, QString *authLabel) = 0;
    /// The service's answer for an expired/invalid token.
    virtual FakeResponse expiredTokenResponse() const;
    /// A default body for an injected status (service flavoured).
    virtual FakeResponse statusResponse(int status) const;
    /// Service-specific control endpoints under /_fake/ (status 0 = not handled).
    virtual FakeResponse serviceControl(const QString &what, const FakeRequest &request);
    /// Adds service headers to every response (rate-limit headers and so on).
    virtual void decorate(FakeResponse &response, const FakeRequest &request);

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct FaultRule
    {
        QString method;
        QRegularExpression path;
        QRegularExpression body;
        bool matchBody = false;
        FakeFault fault;
        int remaining = 1;
    };

    FaultRule *matchFault(const FakeRequest &request);
    /// Counts an applied write as unanswered until `done` is called or the socket goes away.
    std::function<void()> holdUnanswered(QTcpSocket *socket);
    void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs,
        const std::function<void()> &done);
    void stream(QTcpSocket *socket, const FakeFault &fault);
    FakeResponse control(const FakeRequest &request);
    static QByteArray rawResponse(const FakeResponse &response, bool closeAfter = false);
    void deliver(QTcpSocket *socket, const FakeResponse &response, int cutBodyAt = -1,
        bool closeAfter = false, bool statusLineOnly = false);
    FakeLoggedRequest logEntry(const FakeRequest &request) const;

    QString m_serviceName;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_port = 0;
    int m_appliedUnanswered = 0;
    qint64 m_bytesStreamed = 0;
    QList<FaultRule> m_faults;
    QList<FakeLoggedRequest> m_log;
    QHash<QString, int> m_counters;
    QList<QPointer<QTcpSocket>> m_hanging;
    qint64 m_sequence = 0;
    bool m_logEnabled = true;
};

} // namespace Tsuzuki

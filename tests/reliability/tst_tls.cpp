#include "core/net/httpclient.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// A fake HTTPS service: TLS with a certificate nobody trusts; answers 200 to any request it
/// manages to read (so a client that accepted the certificate would be caught).
class UntrustedHttpsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UntrustedHttpsServer)

public:
    UntrustedHttpsServer(QSslCertificate cert, QSslKey key)
        : m_cert(std::move(cert))
        , m_key(std::move(key))
    { }
    int requestsRead = 0;
    int handshakes = 0;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_cert);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(
            QSslSocket::QueryPeer); // the server does not ask for a client cert
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requestsRead;
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                "Connection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_cert;
    QSslKey m_key;
};

} // namespace

/// Issue 8: TLS verification is never switched off. An HTTPS service with an untrusted
/// (self-signed, made at test time) certificate is refused by HttpClient, and no code path in
/// core/, app/ or ui/ disables verification.
class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateRefused_data();
    void untrustedCertificateRefused();
    void trustedCertificateAccepted();
    void noCodeDisablesVerification();

private:
    HttpResponse get(HttpClient &client, const QString &method);

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    std::unique_ptr<UntrustedHttpsServer> m_server;
};

void TestTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
            u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s });
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_cert = QSslCertificate(&certFile, QSsl::Pem);
    m_key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_cert.isNull());
    QVERIFY(!m_key.isNull());
    m_server = std::make_unique<UntrustedHttpsServer>(m_cert, m_key);
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

HttpResponse TestTls::get(HttpClient &client, const QString &method)
{
    HttpRequest r;
    r.url = QUrl(u"https://127.0.0.1:%1/sync/history"_s.arg(m_server->serverPort()));
    r.method = method.toLatin1();
    if (method == u"POST"_s)
        r.body = R"({"shows":[]})"_ba;
    r.headers = { { "Authorization"_ba, "Bearer tsuzuki-test-secret-tls-0001"_ba } };
    HttpResponse out;
    bool done = false;
    QObject context;
    client.send(r, &context, [&](const HttpResponse &response) {
        out = response;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        out.error = Error { ErrorCode::Unknown, u"test: no callback"_s, {}, 0 };
    return out;
}

void TestTls::untrustedCertificateRefused_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("GET (retried)") << u"GET"_s;
    QTest::newRow("POST") << u"POST"_s;
}

void TestTls::untrustedCertificateRefused()
{
    QFETCH(QString, method);
    HttpClientOptions o = HttpClientOptions::trakt();
    o.backoffBaseMs = 10;
    o.timeoutMs = 10000;
    o.limits.writeSpacingMs = 0;
    HttpClient client(o);
    const int before = m_server->requestsRead;
    const HttpResponse r = get(client, method);
    QVERIFY2(!r.ok(), "a self-signed certificate was accepted");
    QCOMPARE(r.error.code, ErrorCode::Network);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error.detail.contains(QString::number(int(QNetworkReply::SslHandshakeFailedError))),
        qPrintable(r.error.detail));
    // The refusal happens in the handshake: the request (and its Bearer token) never left.
    QCOMPARE(m_server->requestsRead, before);
    QVERIFY(!r.outcomeUnknown); // nothing can have been applied
}

void TestTls::trustedCertificateAccepted()
{
    // The control: the same server is reachable once its certificate is trusted, so the refusal
    // above is about trust and nothing else.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(m_cert);
    QSslConfiguration::setDefaultConfiguration(trusting);
    HttpClientOptions o = HttpClientOptions::trakt();
    o.timeoutMs = 10000;
    HttpClient client(o);
    const int before = m_server->requestsRead;
    const HttpResponse r = get(client, u"GET"_s);
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->requestsRead, before + 1);
}

void TestTls::noCodeDisablesVerification()
{
    const QString root = QStringLiteral(TSUZUKI_SOURCE_DIR);
    static const QRegularExpression forbidden(
        u"VerifyNone|ignoreSslErrors|setPeerVerifyMode|QueryPeer|AutoVerifyPeer|sslErrors\\s*\\("
        u"|CURLOPT_SSL_VERIFY|setSslConfiguration|QSslConfiguration::setDefault|addCaCertificate"_s);
    int files = 0;
    QStringList hits;
    for (const QString &folder : { u"core"_s, u"app"_s, u"ui"_s }) {
        QDirIterator it(root + u'/' + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].contains(forbidden))
                    hits << u"%1:%2: %3"_s.arg(f.fileName()).arg(i + 1).arg(lines[i].trimmed());
            }
        }
    }
    QVERIFY2(files > 50, "the source tree was not found");
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

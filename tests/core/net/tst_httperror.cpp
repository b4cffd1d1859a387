#include "core/net/httperror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestHttpError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void secretsInBodyAreRedacted();
    void retryableStatuses_data();
    void retryableStatuses();
    void outcomeUnknownErrors();
};

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

void TestHttpError::mapping_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QNetworkReply::NetworkError>("netError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("expectJson");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart"); // the user message must contain this

    const auto ok = QNetworkReply::NoError;
    const QByteArray json = "application/json";
    const QByteArray html = "<!DOCTYPE html><html><head><title>Attention Required! | "
                            "Cloudflare</title></head></html>";

    QTest::newRow("200 json") << u"Trakt"_s << ok << 200 << QByteArray(R"({"a":1})") << json << true
                              << ErrorCode::None << QString();
    QTest::newRow("201 json array") << u"Trakt"_s << ok << 201 << QByteArray("[]") << json << true
                                    << ErrorCode::None << QString();
    QTest::newRow("204 empty") << u"Trakt"_s << ok << 204 << QByteArray() << json << true
                               << ErrorCode::None << QString();
    QTest::newRow("200 html where json expected")
        << u"Trakt"_s << ok << 200 << html << QByteArray("text/html") << true
        << ErrorCode::BadResponse << u"Trakt"_s;
    QTest::newRow("200 html without content type") << u"TMDB"_s << ok << 200 << html << QByteArray()
                                                   << true << ErrorCode::BadResponse << u"200"_s;
    QTest::newRow("200 malformed json")
        << u"AniList"_s << ok << 200 << QByteArray(R"({"data": {"Page":)") << json << true
        << ErrorCode::BadResponse << u"AniList"_s;
    QTest::newRow("200 text, json not expected")
        << u"Trakt"_s << ok << 200 << QByteArray("hello") << QByteArray("text/plain") << false
        << ErrorCode::None << QString();
    QTest::newRow("401") << u"Trakt"_s << QNetworkReply::AuthenticationRequiredError << 401
                         << QByteArray(R"({"error":"invalid_token"})") << json << true
                         << ErrorCode::Unauthorized << u"log in again"_s;
    QTest::newRow("403 html blocked")
        << u"Trakt"_s << QNetworkReply::ContentAccessDenied << 403 << html
        << QByteArray("text/html; charset=UTF-8") << true << ErrorCode::Forbidden << u"blocked"_s;
    QTest::newRow("403 json") << u"Trakt"_s << QNetworkReply::ContentAccessDenied << 403
                              << QByteArray(R"({"error":"forbidden"})") << json << true
                              << ErrorCode::Forbidden << u"API key"_s;
    QTest::newRow("404") << u"TMDB"_s << QNetworkReply::ContentNotFoundError << 404
                         << QByteArray(R"({"status_code":34})") << json << true
                         << ErrorCode::NotFound << u"TMDB"_s;
    QTest::newRow("420 account limit")
        << u"Trakt"_s << QNetworkReply::UnknownContentError << 420 << QByteArray() << json << true
        << ErrorCode::AccountLimit << u"420"_s;
    QTest::newRow("423 locked") << u"Trakt"_s << QNetworkReply::UnknownContentError << 423
                                << QByteArray() << json << true << ErrorCode::AccountLocked
                                << u"locked"_s;
    QTest::newRow("426 vip") << u"Trakt"_s << QNetworkReply::UnknownContentError << 426
                             << QByteArray() << json << true << ErrorCode::VipOnly << u"VIP"_s;
    QTest::newRow("429") << u"AniList"_s << QNetworkReply::UnknownContentError << 429
                         << QByteArray() << json << true << ErrorCode::RateLimited << u"429"_s;
    QTest::newRow("400 anilist invalid token")
        << u"AniList"_s << QNetworkReply::ProtocolInvalidOperationError << 400
        << QByteArray(R"({"errors":[{"message":"Invalid token","status":400}],"data":null})")
        << json << true << ErrorCode::TokenExpired << u"Log in again"_s;
    QTest::newRow("400 other") << u"Trakt"_s << QNetworkReply::ProtocolInvalidOperationError << 400
                               << QByteArray(R"({"error":"bad"})") << json << true
                               << ErrorCode::Http << u"400"_s;
    QTest::newRow("409 generic") << u"Trakt"_s << QNetworkReply::ContentConflictError << 409
                                 << QByteArray() << json << true << ErrorCode::Http << u"409"_s;
    QTest::newRow("500") << u"Trakt"_s << QNetworkReply::InternalServerError << 500 << QByteArray()
                         << json << true << ErrorCode::ServerError << u"500"_s;
    QTest::newRow("502 html") << u"Trakt"_s << QNetworkReply::UnknownServerError << 502 << html
                              << QByteArray("text/html") << true << ErrorCode::ServerError
                              << u"502"_s;
    QTest::newRow("522 cloudflare")
        << u"Trakt"_s << QNetworkReply::UnknownServerError << 522 << html << QByteArray("text/html")
        << true << ErrorCode::ServerError << u"522"_s;
    QTest::newRow("refused") << u"TMDB"_s << QNetworkReply::ConnectionRefusedError << 0
                             << QByteArray() << QByteArray() << true << ErrorCode::Network
                             << u"TMDB"_s;
    QTest::newRow("remote closed")
        << u"Trakt"_s << QNetworkReply::RemoteHostClosedError << 0 << QByteArray() << QByteArray()
        << true << ErrorCode::Network << u"Trakt"_s;
    QTest::newRow("timeout") << u"Trakt"_s << QNetworkReply::TimeoutError << 0 << QByteArray()
                             << QByteArray() << true << ErrorCode::Timeout << u"in time"_s;
    QTest::newRow("transfer timeout (aborted)")
        << u"Trakt"_s << QNetworkReply::OperationCanceledError << 0 << QByteArray() << QByteArray()
        << true << ErrorCode::Timeout << u"in time"_s;
}

void TestHttpError::mapping()
{
    QFETCH(QString, service);
    QFETCH(QNetworkReply::NetworkError, netError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, expectJson);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);

    const Error error = mapHttpError({ service, netError, status, body, contentType, expectJson });
    QCOMPARE(errorCodeName(error.code), errorCodeName(code));
    if (code == ErrorCode::None)
        return;
    QVERIFY2(error.userMessage.contains(messagePart, Qt::CaseInsensitive),
        qPrintable(error.userMessage));
    QCOMPARE(error.httpStatus, status);
    // The service is always named so the user knows who failed.
    QVERIFY2(error.userMessage.contains(service), qPrintable(error.userMessage));
}

void TestHttpError::secretsInBodyAreRedacted()
{
    const QByteArray body
        = R"({"access_token":"sekrit-access","refresh_token":"sekrit-refresh","x":)";
    const Error error
        = mapHttpError({ u"Trakt"_s, QNetworkReply::NoError, 200, body, "application/json", true });
    QCOMPARE(error.code, ErrorCode::BadResponse);
    QVERIFY(!error.toString().contains(u"sekrit"_s));
    QVERIFY(error.detail.contains(u"[redacted]"_s));
}

void TestHttpError::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    for (int s : { 500, 502, 503, 504, 520, 521, 522 })
        QTest::addRow("%d", s) << s << true;
    for (int s : { 200, 400, 401, 404, 420, 429, 501, 505, 523 })
        QTest::addRow("%d", s) << s << false;
}

void TestHttpError::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    QCOMPARE(isRetryableServerStatus(status), retry);
}

void TestHttpError::outcomeUnknownErrors()
{
    QVERIFY(!mayHaveReachedServer(QNetworkReply::ConnectionRefusedError));
    QVERIFY(!mayHaveReachedServer(QNetworkReply::HostNotFoundError));
    QVERIFY(mayHaveReachedServer(QNetworkReply::RemoteHostClosedError));
    QVERIFY(mayHaveReachedServer(QNetworkReply::OperationCanceledError));
    QVERIFY(mayHaveReachedServer(QNetworkReply::TimeoutError));
}

QTEST_GUILESS_MAIN(TestHttpError)
#include "tst_httperror.moc"

#include "core/auth/tokenexpiry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

Q_DECLARE_METATYPE(Tsuzuki::TokenExpiryState)

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// A token shaped like AniList's: RS256 header, JSON payload, opaque signature.
QString makeJwt(const QByteArray &payloadJson)
{
    return base64Url(R"({"typ":"JWT","alg":"RS256","jti":"abc"})"_ba) + u'.'
        + base64Url(payloadJson) + u'.' + base64Url("not-a-real-signature-but-long-enough"_ba);
}

} // namespace

class TestTokenExpiry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiry_data();
    void expiry();
    void state_data();
    void state();
};

void TestTokenExpiry::expiry_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime exp
        = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z
    // AniList's payload: aud, jti, iat, nbf, exp, sub, scopes.
    const QByteArray anilist
        = R"({"aud":"12345","jti":"f00","iat":1735689600,"nbf":1735689600,"exp":1767225600,"sub":"777","scopes":[]})"_ba;
    QTest::newRow("anilist token") << makeJwt(anilist) << true << exp;
    QTest::newRow("bearer prefix and blanks")
        << (u"  Bearer "_s + makeJwt(anilist) + u"\n"_s) << true << exp;
    QTest::newRow("fractional exp") << makeJwt(R"({"exp":1767225600.75})"_ba) << true << exp;
    QTest::newRow("string exp") << makeJwt(R"({"exp":"1767225600"})"_ba) << true << exp;
    // Payload bytes that need base64url's '-' and '_' (and no padding).
    QTest::newRow("url alphabet") << makeJwt(R"({"exp":1767225600,"n":"\u00ff\u00fe>>>???"})"_ba)
                                  << true << exp;

    QTest::newRow("no exp") << makeJwt(R"({"sub":"1"})"_ba) << false << QDateTime();
    QTest::newRow("negative exp") << makeJwt(R"({"exp":-5})"_ba) << false << QDateTime();
    QTest::newRow("payload not json") << makeJwt("not json"_ba) << false << QDateTime();
    QTest::newRow("payload array") << makeJwt("[1,2]"_ba) << false << QDateTime();
    QTest::newRow("bad base64") << u"aaa.@@@###.sig"_s << false << QDateTime();
    QTest::newRow("two parts") << u"aaa.bbb"_s << false << QDateTime();
    QTest::newRow("trakt opaque token")
        << u"8b2d3f0e9a7c4b1d6e5f4a3b2c1d0e9f"_s << false << QDateTime();
    QTest::newRow("empty") << QString() << false << QDateTime();
}

void TestTokenExpiry::expiry()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QFETCH(QDateTime, expected);

    const Result<QDateTime> result = jwtExpiry(token);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value(), expected);
        QCOMPARE(result.value().timeSpec(), Qt::UTC);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().userMessage.isEmpty());
        // An error never quotes the token back.
        if (token.size() > 8) {
            QVERIFY(!result.error().userMessage.contains(token.trimmed()));
            QVERIFY(!result.error().detail.contains(token.trimmed()));
        }
    }
}

void TestTokenExpiry::state_data()
{
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<qint64>("warnDays");
    QTest::addColumn<TokenExpiryState>("expected");

    QTest::newRow("a year left") << QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC) << qint64(14)
                                 << TokenExpiryState::Valid;
    QTest::newRow("15 days left") << QDateTime(QDate(2025, 6, 16), QTime(0, 0, 1), Qt::UTC)
                                  << qint64(14) << TokenExpiryState::Valid;
    QTest::newRow("exactly 14 days") << QDateTime(QDate(2025, 6, 15), QTime(0, 0), Qt::UTC)
                                     << qint64(14) << TokenExpiryState::ExpiringSoon;
    QTest::newRow("one hour left") << QDateTime(QDate(2025, 6, 1), QTime(1, 0), Qt::UTC)
                                   << qint64(14) << TokenExpiryState::ExpiringSoon;
    QTest::newRow("longer warning") << QDateTime(QDate(2025, 6, 21), QTime(0, 0), Qt::UTC)
                                    << qint64(30) << TokenExpiryState::ExpiringSoon;
    QTest::newRow("just now") << QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC) << qint64(14)
                              << TokenExpiryState::Expired;
    QTest::newRow("last year") << QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC) << qint64(14)
                               << TokenExpiryState::Expired;
    QTest::newRow("invalid") << QDateTime() << qint64(14) << TokenExpiryState::Expired;
}

void TestTokenExpiry::state()
{
    QFETCH(QDateTime, expiry);
    QFETCH(qint64, warnDays);
    QFETCH(TokenExpiryState, expected);
    const QDateTime now(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(tokenExpiryState(expiry, now, std::chrono::hours(24 * warnDays)), expected);
}

QTEST_GUILESS_MAIN(TestTokenExpiry)
#include "tst_tokenexpiry.moc"

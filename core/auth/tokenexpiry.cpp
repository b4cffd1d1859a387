#include "tokenexpiry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::TokenExpiry", text);
}

Error notAToken(const QString &why)
{
    return makeError(
        ErrorCode::InvalidInput, tr("This does not look like an AniList access token."), why);
}

} // namespace

Result<QDateTime> jwtExpiry(const QString &input)
{
    QString token = input.trimmed();
    if (token.startsWith(u"bearer "_s, Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return notAToken(u"not a JWT: expected 3 dot-separated parts, got %1"_s.arg(parts.size()));

    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return notAToken(u"JWT payload is not base64url"_s);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notAToken(u"JWT payload is not a JSON object"_s);

    const QJsonValue exp = document.object().value(u"exp"_s);
    double seconds = 0;
    bool ok = false;
    if (exp.isDouble()) {
        seconds = exp.toDouble();
        ok = true;
    } else if (exp.isString()) {
        seconds = exp.toString().toDouble(&ok);
    }
    if (!ok || !std::isfinite(seconds) || seconds <= 0)
        return notAToken(u"JWT payload has no usable exp claim"_s);

    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)), Qt::UTC);
}

TokenExpiryState tokenExpiryState(
    const QDateTime &expiry, const QDateTime &now, std::chrono::seconds warnBefore)
{
    if (!expiry.isValid() || expiry <= now)
        return TokenExpiryState::Expired;
    if (now.secsTo(expiry) <= warnBefore.count())
        return TokenExpiryState::ExpiringSoon;
    return TokenExpiryState::Valid;
}

} // namespace Tsuzuki

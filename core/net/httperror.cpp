#include "httperror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::HttpError", text);
}

/// A short, single-line excerpt of the body for the technical detail (bodies carry no secrets we
/// send; they are server text).
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += u"…"_s;
    // A token endpoint that half-fails could echo credentials: never carry them into the detail.
    static const QRegularExpression secretField(
        uR"re("(access_token|refresh_token|client_secret|device_code|code|token|api_key)"\s*:\s*"[^"]*"?)re"_s);
    text.replace(secretField, uR"("\1":"[redacted]")"_s);
    return text;
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1..99 are connection-level errors, 101..199 proxy errors in QNetworkReply's numbering.
    return error != QNetworkReply::NoError && static_cast<int>(error) < 200;
}

} // namespace

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    // Only a body that starts like markup: JSON containing "<html>" in a string is still JSON.
    const QByteArray head = body.left(512).trimmed().toLower();
    if (!head.startsWith('<'))
        return false;
    return head.startsWith("<!doctype html") || head.contains("<html") || head.startsWith("<head")
        || head.startsWith("<body") || head.startsWith("<!--");
}

bool isRetryableServerStatus(int httpStatus)
{
    switch (httpStatus) {
    case 500:
    case 502:
    case 503:
    case 504:
    case 520:
    case 521:
    case 522:
        return true;
    default:
        return false;
    }
}

bool mayHaveReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return false;
    default:
        return true;
    }
}

Error mapHttpError(const HttpErrorInput &in)
{
    const QString service = in.service.isEmpty() ? u"server"_s : in.service;
    const int status = in.httpStatus;
    const bool html = looksLikeHtml(in.body, in.contentType);

    if (status == 0) {
        if (in.networkError == QNetworkReply::NoError)
            return makeError(ErrorCode::BadResponse, tr("%1 sent no HTTP response.").arg(service));
        if (isTimeout(in.networkError))
            return makeError(ErrorCode::Timeout, tr("%1 did not answer in time.").arg(service),
                u"network error %1 (timeout)"_s.arg(int(in.networkError)));
        if (mayHaveReachedServer(in.networkError))
            return makeError(ErrorCode::Network,
                tr("The connection to %1 broke off before an answer arrived.").arg(service),
                u"network error %1"_s.arg(int(in.networkError)));
        return makeError(ErrorCode::Network, tr("Could not reach %1.").arg(service),
            u"network error %1"_s.arg(int(in.networkError)));
    }

    if (status >= 200 && status < 300) {
        if (!in.expectJson || in.body.trimmed().isEmpty())
            return Error { ErrorCode::None, {}, {}, status };
        if (html)
            return makeError(ErrorCode::BadResponse,
                tr("%1 sent a web page instead of data (HTTP %2).").arg(service).arg(status),
                excerpt(in.body), status);
        QJsonParseError parseError;
        QJsonDocument::fromJson(in.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return makeError(ErrorCode::BadResponse,
                tr("%1 sent a reply that is not valid JSON (HTTP %2).").arg(service).arg(status),
                u"%1 at offset %2: %3"_s.arg(parseError.errorString())
                    .arg(parseError.offset)
                    .arg(excerpt(in.body)),
                status);
        return Error { ErrorCode::None, {}, {}, status };
    }

    const QString detail = u"HTTP %1: %2"_s.arg(status).arg(excerpt(in.body));
    switch (status) {
    case 400:
        if (in.body.contains("Invalid token"))
            return makeError(ErrorCode::TokenExpired,
                tr("Your %1 login has expired or was revoked. Log in again.").arg(service), detail,
                status);
        return makeError(ErrorCode::Http,
            tr("%1 rejected the request (HTTP %2).").arg(service).arg(status), detail, status);
    case 401:
        return makeError(ErrorCode::Unauthorized,
            tr("%1 did not accept the login. Log in again.").arg(service), detail, status);
    case 403:
        if (html)
            return makeError(ErrorCode::Forbidden,
                tr("%1 blocked the request (HTTP 403, web page reply).").arg(service), detail,
                status);
        return makeError(ErrorCode::Forbidden,
            tr("%1 refused the request (HTTP 403): check the API key or app id.").arg(service),
            detail, status);
    case 404:
        return makeError(ErrorCode::NotFound,
            tr("%1 does not know this item (HTTP 404).").arg(service), detail, status);
    case 420:
        return makeError(ErrorCode::AccountLimit,
            tr("%1 account limit reached (HTTP 420): the list or collection is full for this "
               "account.")
                .arg(service),
            detail, status);
    case 423:
        return makeError(ErrorCode::AccountLocked,
            tr("%1 account is locked or deactivated (HTTP 423). Contact %1 support.").arg(service),
            detail, status);
    case 426:
        return makeError(ErrorCode::VipOnly,
            tr("This %1 feature needs a VIP account (HTTP 426).").arg(service), detail, status);
    case 429:
        return makeError(ErrorCode::RateLimited,
            tr("%1 is limiting requests (HTTP 429). Try again later.").arg(service), detail,
            status);
    default:
        break;
    }
    if (status >= 500)
        return makeError(ErrorCode::ServerError,
            tr("%1 has a server problem (HTTP %2). Try again later.").arg(service).arg(status),
            detail, status);
    if (isTransportError(in.networkError) && status < 100)
        return makeError(
            ErrorCode::Network, tr("Could not reach %1.").arg(service), detail, status);
    return makeError(
        ErrorCode::Http, tr("%1 answered with HTTP %2.").arg(service).arg(status), detail, status);
}

} // namespace Tsuzuki

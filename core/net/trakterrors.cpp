#include "core/net/trakterrors.h"

#include "core/net/httpclient.h"
#include "core/net/httperror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki::TraktErrors {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Tsuzuki::TraktErrors", text, disambiguation, n);
}

QByteArray headerOf(const QList<QNetworkReply::RawHeaderPair> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

} // namespace

Error refine(const Error &error, int status, const QByteArray &body,
    const QList<QNetworkReply::RawHeaderPair> &headers)
{
    if (error.code == ErrorCode::None)
        return error;
    Error out = error;
    const QString upgrade = QString::fromUtf8(headerOf(headers, "X-Upgrade-URL"));
    const QString upgradeUrl = upgrade.isEmpty() ? QString::fromLatin1(UpgradeUrl) : upgrade;
    switch (status) {
    case 401:
        if (body.contains("invalid_grant")) {
            out.code = ErrorCode::RefreshRefused;
            out.userMessage = tr("Trakt refused to renew your login (the app was disconnected, or "
                                 "the login was used elsewhere). Log in to Trakt again; nothing "
                                 "more is sent until then.");
        }
        return out;
    case 403: {
        // Trakt's edge answers a blocked client with a web page (Forbidden, as mapped); the API
        // itself answers JSON when the app is no longer approved for this account or its id is
        // wrong.
        if (looksLikeHtml(body, headerOf(headers, "Content-Type")))
            return out;
        out.code = ErrorCode::AppRevoked;
        out.userMessage = tr("Trakt no longer accepts Tsuzuki for your account: the app was "
                             "disconnected or revoked (a free Trakt account may connect one app; "
                             "connecting another revokes the first), or the client id is wrong. "
                             "Log in to Trakt again; nothing more is sent until then.");
        return out;
    }
    case 420: {
        const QByteArray limit = headerOf(headers, "X-Account-Limit");
        const bool vip = headerOf(headers, "X-VIP-User") == "true";
        out.code = ErrorCode::AccountLimit;
        if (vip)
            out.userMessage = limit.isEmpty()
                ? tr("Your Trakt account has reached its limit (HTTP 420). Nothing more is sent; "
                     "make room on Trakt, then sync again.")
                : tr("Your Trakt account has reached its limit of %1 items (HTTP 420). Nothing "
                     "more is sent; make room on Trakt, then sync again.")
                      .arg(QString::fromUtf8(limit));
        else
            out.userMessage = limit.isEmpty()
                ? tr("Your Trakt account has reached a free account's limit (HTTP 420). Nothing "
                     "more is sent; make room on Trakt or upgrade to VIP (%1), then sync again.")
                      .arg(upgradeUrl)
                : tr("Your Trakt account has reached a free account's limit of %1 items (HTTP "
                     "420). Nothing more is sent; make room on Trakt or upgrade to VIP (%2), "
                     "then sync again.")
                      .arg(QString::fromUtf8(limit), upgradeUrl);
        return out;
    }
    case 423:
        out.code = ErrorCode::AccountLocked;
        out.userMessage = tr("Your Trakt account is locked (HTTP 423): contact Trakt support (%1). "
                             "Nothing more will be sent.")
                              .arg(QString::fromLatin1(SupportUrl));
        return out;
    case 426:
        out.code = ErrorCode::VipOnly;
        out.userMessage = tr("Trakt asks for a VIP account for this (HTTP 426). Nothing more is "
                             "sent; see %1.")
                              .arg(upgradeUrl);
        return out;
    default:
        return out;
    }
}

Error refine(const HttpResponse &response)
{
    return refine(response.error, response.status, response.body, response.headers);
}

bool isRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AppRevoked:
    case ErrorCode::RefreshRefused:
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
    case ErrorCode::AccountLimit:
    case ErrorCode::AccountLocked:
    case ErrorCode::VipOnly:
        return true;
    default:
        return false;
    }
}

bool needsLogin(ErrorCode code)
{
    return code == ErrorCode::AppRevoked || code == ErrorCode::RefreshRefused
        || code == ErrorCode::Unauthorized || code == ErrorCode::TokenExpired
        || code == ErrorCode::NotLoggedIn;
}

} // namespace Tsuzuki::TraktErrors

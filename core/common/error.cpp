#include "error.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

QString Error::toString() const
{
    if (detail.isEmpty() || detail == userMessage)
        return userMessage;
    if (userMessage.isEmpty())
        return detail;
    return u"%1 (%2)"_s.arg(userMessage, detail);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return u"none"_s;
    case ErrorCode::InvalidInput:
        return u"invalid-input"_s;
    case ErrorCode::Network:
        return u"network"_s;
    case ErrorCode::Timeout:
        return u"timeout"_s;
    case ErrorCode::Http:
        return u"http"_s;
    case ErrorCode::BadResponse:
        return u"bad-response"_s;
    case ErrorCode::RateLimited:
        return u"rate-limited"_s;
    case ErrorCode::ServerError:
        return u"server-error"_s;
    case ErrorCode::Unauthorized:
        return u"unauthorized"_s;
    case ErrorCode::TokenExpired:
        return u"token-expired"_s;
    case ErrorCode::AniListLoginRefused:
        return u"anilist-login-refused"_s;
    case ErrorCode::Forbidden:
        return u"forbidden"_s;
    case ErrorCode::NotFound:
        return u"not-found"_s;
    case ErrorCode::AccountLimit:
        return u"account-limit"_s;
    case ErrorCode::AccountLocked:
        return u"account-locked"_s;
    case ErrorCode::VipOnly:
        return u"vip-only"_s;
    case ErrorCode::AppRevoked:
        return u"app-revoked"_s;
    case ErrorCode::RefreshRefused:
        return u"refresh-refused"_s;
    case ErrorCode::GraphQL:
        return u"graphql"_s;
    case ErrorCode::Database:
        return u"database"_s;
    case ErrorCode::DatabaseLocked:
        return u"database-locked"_s;
    case ErrorCode::Keychain:
        return u"keychain"_s;
    case ErrorCode::KeychainUnavailable:
        return u"keychain-unavailable"_s;
    case ErrorCode::NotLoggedIn:
        return u"not-logged-in"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::Unsupported:
        return u"unsupported"_s;
    case ErrorCode::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace Tsuzuki

#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace Tsuzuki {

/// Reads the `exp` claim of a JWT (AniList access tokens last a year and cannot be refreshed) from
/// its base64url payload, without network and without checking the signature. Accepts a leading
/// "Bearer ". Errors (ErrorCode::InvalidInput) never quote the token.
Result<QDateTime> jwtExpiry(const QString &token);

enum class TokenExpiryState {
    Valid, ///< more than the warning period left
    ExpiringSoon, ///< within the warning period: tell the user to log in again soon
    Expired,
};

/// Where \a expiry stands at \a now, warning \a warnBefore ahead (default 14 days).
TokenExpiryState tokenExpiryState(const QDateTime &expiry, const QDateTime &now,
    std::chrono::seconds warnBefore = std::chrono::hours(24 * 14));

} // namespace Tsuzuki

#pragma once

#include <QMetaType>
#include <QString>

namespace Tsuzuki {

/// What went wrong, in a form every layer can pass on and the UI can show.
enum class ErrorCode {
    None,
    InvalidInput, ///< the user or a file gave something we cannot use
    Network, ///< connection refused/reset, DNS, TLS
    Timeout, ///< transfer timeout; for a POST the outcome is unknown
    Http, ///< an HTTP status we do not handle specially
    BadResponse, ///< HTML or malformed JSON where JSON was expected
    RateLimited, ///< 429 after the retries we allow
    ServerError, ///< 5xx/52x after the retries we allow
    Unauthorized, ///< 401 that a refresh did not fix; log in again
    TokenExpired, ///< a failed Trakt refresh
    AniListLoginRefused, ///< AniList no longer accepts the token (invalid, expired, revoked)
    Forbidden, ///< 403 (Trakt: blocked, often a missing User-Agent)
    NotFound, ///< 404
    AccountLimit, ///< Trakt 420
    AccountLocked, ///< Trakt 423
    VipOnly, ///< Trakt 426
    AppRevoked, ///< Trakt 403 JSON: the app was disconnected or revoked for this account
    RefreshRefused, ///< Trakt refused to renew the login (401 invalid_grant): log in again
    GraphQL, ///< AniList errors array with HTTP 200
    Database, ///< SQL driver error
    DatabaseLocked, ///< another sync holds the run lock
    Keychain, ///< the Secret Service said no
    KeychainUnavailable, ///< no Secret Service to talk to
    NotLoggedIn, ///< a secret we need is absent
    Cancelled, ///< the user or a shutdown stopped it
    Unsupported, ///< a server or configuration we cannot work with
    Unknown,
};

/// An error as it crosses a layer: a stable code, a sentence for the user, a technical detail
/// for the log (already redacted), and the HTTP status when there was one.
struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString userMessage;
    QString detail;
    int httpStatus = 0;

    /// "userMessage (detail)" for logs and the CLI.
    QString toString() const;
};

/// A stable machine-readable name for a code ("timeout", "account-locked", ...).
QString errorCodeName(ErrorCode code);

} // namespace Tsuzuki

Q_DECLARE_METATYPE(Tsuzuki::Error)

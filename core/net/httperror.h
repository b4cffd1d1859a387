#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace Tsuzuki {

/// Everything one HTTP exchange tells us about failure.
struct HttpErrorInput
{
    QString service; ///< "AniList", "Trakt", "TMDB": named in the message
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QByteArray body;
    QByteArray contentType; ///< Content-Type header, may be empty
    bool expectJson = true; ///< a 2xx body must then parse as JSON (an empty body is fine)
};

/// THE mapping of (network error, HTTP status, body) to an Error. Returns ErrorCode::None for a
/// usable reply. Trakt 420/423/426, 403 with HTML (blocked at the edge), 401, AniList "Invalid
/// token" (400), 429, 5xx/52x, HTML or malformed JSON where JSON was expected, timeouts and
/// connection errors. Never copies request headers or URLs into the result, so no secret can leak
/// through it.
Error mapHttpError(const HttpErrorInput &input);

/// True when the body looks like an HTML page rather than data.
bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType = {});

/// True for the statuses we retry with backoff: 500, 502, 503, 504, 520, 521, 522.
bool isRetryableServerStatus(int httpStatus);

/// True for network errors where the request may have reached the server (reset, remote close,
/// timeout): a non-idempotent request's outcome is then unknown. False for refused, DNS, TLS setup.
bool mayHaveReachedServer(QNetworkReply::NetworkError error);

} // namespace Tsuzuki

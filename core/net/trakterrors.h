#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace Tsuzuki {

struct HttpResponse;

/// Trakt's refusals as the user sees them (issue 14): an app that was disconnected or revoked
/// (403 with Trakt's JSON), a login Trakt will not renew (401 + invalid_grant), an account limit
/// (420, with X-Account-Limit / X-Upgrade-URL), a locked account (423) and a VIP-only feature
/// (426). Each becomes its own ErrorCode with a plain sentence and the next step.
namespace TraktErrors {

/// The Trakt-specific reading of a failed answer; other failures are returned unchanged.
Error refine(const HttpResponse &response);
/// The same from the parts (tests, the token endpoint).
Error refine(const Error &error, int httpStatus, const QByteArray &body,
    const QList<QNetworkReply::RawHeaderPair> &headers);

/// A refusal ends a sync at once: nothing more is sent until the user acts (log in again, contact
/// Trakt, upgrade). AccountLimit is one after a retry (SyncEngine).
bool isRefusal(ErrorCode code);
/// "Log in to Trakt again" is the next step.
bool needsLogin(ErrorCode code);

/// Where VIP is explained (420/426 answers name it in X-Upgrade-URL).
inline constexpr auto UpgradeUrl = "https://trakt.tv/vip";
/// Where a locked account gets help.
inline constexpr auto SupportUrl = "https://support.trakt.tv";

} // namespace TraktErrors

} // namespace Tsuzuki

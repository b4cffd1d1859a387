#pragma once

#include "core/common/result.h"

#include <QString>

#include <functional>

class QObject;

namespace Tsuzuki {

/// Where a thread's TraktClient gets its access token. TraktAuth is the one per process (it owns
/// the token pair, the refresh and the keychain entries); TraktAuthRelay asks it from another
/// thread, so that a login, logout or refresh reaches every thread at once.
class TraktTokenSource
{
public:
    using TokenCallback = std::function<void(const Result<QString> &)>;

    virtual ~TraktTokenSource() = default;

    /// An access token fit to use now (refreshed first when it expires soon). NotLoggedIn when
    /// there is none. `done` runs in `context`'s thread, never inside the call, and not at all
    /// when `context` is gone.
    virtual void accessToken(QObject *context, TokenCallback done) = 0;
    /// After a 401 with `rejectedToken`: one refresh for everyone (or the token someone else got).
    virtual void refreshAfterUnauthorized(
        const QString &rejectedToken, QObject *context, TokenCallback done)
        = 0;
};

} // namespace Tsuzuki

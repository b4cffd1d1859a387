#pragma once

#include <QtGlobal>

#include <deque>

namespace Tsuzuki {

/// Limits for one service. Reads and writes are counted separately; 0 disables a limit.
struct RateLimitPolicy
{
    int readsPerWindow = 0; ///< at most this many reads started in any window
    qint64 readWindowMs = 0;
    int writesPerWindow = 0; ///< at most this many writes started in any window
    qint64 writeWindowMs = 0;
    qint64 writeSpacingMs = 0; ///< writes start at least this far apart
    /// When the server says fewer than this many requests remain (X-RateLimit-Remaining), the rest
    /// of the window is spread out evenly instead of spent at once.
    int lowRemainingThreshold = 0;

    /// AniList: 30 requests per minute (documented 90, degraded in practice), tightened when low.
    static RateLimitPolicy aniList();
    /// Trakt: GET at most 1000 per 5 minutes; POST/PUT/DELETE at least 1 s apart.
    static RateLimitPolicy trakt();
    /// TMDB: at most 40 requests per second.
    static RateLimitPolicy tmdb();
};

/// Decides when the next request may start. Pure bookkeeping on a caller-given monotonic clock in
/// milliseconds, so that tests drive it with an injected clock and assert exact start times.
class RateLimiter final
{
public:
    enum class Kind { Read, Write };

    explicit RateLimiter(RateLimitPolicy policy = {});

    /// Reserves the earliest slot for a request of `kind` asked for at `nowMs` and returns that
    /// slot's start time (>= nowMs). Callers wait until then before sending.
    qint64 reserve(qint64 nowMs, Kind kind);

    /// What the server said about its own budget (AniList: X-RateLimit-Limit/-Remaining). Negative
    /// values mean "header absent".
    void observeRemaining(qint64 nowMs, int limit, int remaining);

    /// Nobody starts before `untilMs` (429 Retry-After, X-RateLimit-Reset).
    void pauseUntil(qint64 untilMs);

    const RateLimitPolicy &policy() const { return m_policy; }
    void setPolicy(const RateLimitPolicy &policy) { m_policy = policy; }
    qint64 pausedUntil() const { return m_pausedUntil; }
    /// Extra spacing between reads currently imposed by a low X-RateLimit-Remaining (0 = none).
    qint64 adaptiveReadSpacingMs() const { return m_adaptiveSpacing; }

private:
    static qint64 windowSlot(std::deque<qint64> &starts, qint64 t, int perWindow, qint64 windowMs);

    RateLimitPolicy m_policy;
    std::deque<qint64> m_readStarts;
    std::deque<qint64> m_writeStarts;
    qint64 m_lastRead = -1;
    qint64 m_lastWrite = -1;
    qint64 m_pausedUntil = 0;
    qint64 m_adaptiveSpacing = 0;
};

} // namespace Tsuzuki

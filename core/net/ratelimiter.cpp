#include "ratelimiter.h"

#include <algorithm>

namespace Tsuzuki {

RateLimitPolicy RateLimitPolicy::aniList()
{
    RateLimitPolicy p;
    p.readsPerWindow = 30;
    p.readWindowMs = 60'000;
    p.writesPerWindow = 30;
    p.writeWindowMs = 60'000;
    p.lowRemainingThreshold = 5;
    return p;
}

RateLimitPolicy RateLimitPolicy::trakt()
{
    RateLimitPolicy p;
    p.readsPerWindow = 1000;
    p.readWindowMs = 5 * 60'000;
    p.writeSpacingMs = 1000;
    return p;
}

RateLimitPolicy RateLimitPolicy::tmdb()
{
    RateLimitPolicy p;
    p.readsPerWindow = 40;
    p.readWindowMs = 1000;
    p.writesPerWindow = 40;
    p.writeWindowMs = 1000;
    return p;
}

RateLimiter::RateLimiter(RateLimitPolicy policy)
    : m_policy(policy)
{ }

qint64 RateLimiter::windowSlot(std::deque<qint64> &starts, qint64 t, int perWindow, qint64 windowMs)
{
    if (perWindow <= 0 || windowMs <= 0)
        return t;
    // Starts are kept in order; forget the ones that can no longer constrain anything.
    while (!starts.empty() && starts.front() + windowMs <= t)
        starts.pop_front();
    if (starts.size() >= size_t(perWindow))
        t = std::max(t, starts[starts.size() - size_t(perWindow)] + windowMs);
    return t;
}

qint64 RateLimiter::reserve(qint64 nowMs, Kind kind)
{
    qint64 t = std::max(nowMs, m_pausedUntil);
    if (kind == Kind::Read) {
        if (m_adaptiveSpacing > 0 && m_lastRead >= 0)
            t = std::max(t, m_lastRead + m_adaptiveSpacing);
        // Reservations are made in order, so slots never go backwards within a kind.
        if (m_lastRead >= 0)
            t = std::max(t, m_lastRead);
        t = windowSlot(m_readStarts, t, m_policy.readsPerWindow, m_policy.readWindowMs);
        if (m_policy.readsPerWindow > 0)
            m_readStarts.push_back(t);
        m_lastRead = t;
    } else {
        if (m_lastWrite >= 0) {
            t = std::max(t, m_lastWrite);
            if (m_policy.writeSpacingMs > 0)
                t = std::max(t, m_lastWrite + m_policy.writeSpacingMs);
        }
        t = windowSlot(m_writeStarts, t, m_policy.writesPerWindow, m_policy.writeWindowMs);
        if (m_policy.writesPerWindow > 0)
            m_writeStarts.push_back(t);
        m_lastWrite = t;
    }
    return t;
}

void RateLimiter::observeRemaining(qint64 nowMs, int limit, int remaining)
{
    Q_UNUSED(nowMs)
    if (remaining < 0 || m_policy.lowRemainingThreshold <= 0) {
        return;
    }
    if (remaining > m_policy.lowRemainingThreshold) {
        m_adaptiveSpacing = 0;
        return;
    }
    // Spread what is left over the window: with 2 left of a 60 s window, reads go 20 s apart.
    const qint64 window = m_policy.readWindowMs > 0 ? m_policy.readWindowMs : 60'000;
    Q_UNUSED(limit)
    m_adaptiveSpacing = window / (qint64(remaining) + 1);
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
}

} // namespace Tsuzuki

#include "core/sync/syncscheduler.h"

namespace Tsuzuki {

SyncScheduler::Decision SyncScheduler::decide(
    const QDateTime &lastAutoRun, const QDateTime &now, qint64 intervalSecs)
{
    if (!lastAutoRun.isValid())
        return { true, now };
    const QDateTime next = lastAutoRun.addSecs(intervalSecs);
    if (next <= now)
        return { true, now };
    return { false, next };
}

SyncScheduler::SyncScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
}

QDateTime SyncScheduler::nextRun() const
{
    return decide(m_lastAutoRun, m_clock(), m_intervalSecs).nextRun;
}

void SyncScheduler::start()
{
    m_timer.start();
    QTimer::singleShot(0, this, &SyncScheduler::check);
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

void SyncScheduler::check()
{
    const QDateTime now = m_clock();
    const Decision d = decide(m_lastAutoRun, now, m_intervalSecs);
    if (!d.due) {
        Q_EMIT skipped(d.nextRun);
        return;
    }
    if (m_waiting || (m_busy && m_busy()))
        return; // never overlap: the next check tries again
    m_waiting = true;
    m_startedAt = now;
    Q_EMIT runDue();
}

void SyncScheduler::runFinished(bool succeeded)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    // A failed run is retried at the next interval too, not in a tight loop.
    if (succeeded || !m_lastAutoRun.isValid() || m_startedAt > m_lastAutoRun)
        m_lastAutoRun = m_startedAt;
}

} // namespace Tsuzuki

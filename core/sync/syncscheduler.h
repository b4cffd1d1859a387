#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Tsuzuki {

/// The web version's /api/cron: a full incremental sync is due when `status:sync:last-run-auto` is
/// older than the interval (default 6 h). Checks on a timer against an injectable wall clock, so a
/// machine that slept catches up at the first check after waking; never asks for a run while one is
/// busy.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 DefaultIntervalSecs = 6 * 3600;

    struct Decision
    {
        bool due = false;
        QDateTime nextRun; ///< when the next run is due (now when due)
    };
    /// Pure rule: due when there never was an automated run or it is at least `intervalSecs` old.
    static Decision decide(const QDateTime &lastAutoRun, const QDateTime &now, qint64 intervalSecs);

    explicit SyncScheduler(QObject *parent = nullptr);

    void setClock(Clock clock)
    {
        m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
    }
    void setIntervalSecs(qint64 secs) { m_intervalSecs = std::max<qint64>(60, secs); }
    qint64 intervalSecs() const { return m_intervalSecs; }
    /// How often the clock is looked at (default 60 s); short enough to notice a wake-up soon.
    void setCheckPeriodMs(int ms) { m_timer.setInterval(ms); }
    /// Whether a sync is running now (manual or automated): a due run waits for the next check.
    void setBusyQuery(std::function<bool()> busy) { m_busy = std::move(busy); }
    /// The stored `status:sync:last-run-auto` (read by the owner from the database).
    void setLastAutoRun(const QDateTime &time) { m_lastAutoRun = time; }
    QDateTime lastAutoRun() const { return m_lastAutoRun; }
    QDateTime nextRun() const;

    void start();
    void stop();
    /// Checks now (also called on every timer tick and, by the owner, on resume from sleep).
    void check();
    /// The owner reports that the run it started has ended (successful or not).
    void runFinished(bool succeeded);

Q_SIGNALS:
    /// Start the automated full sync now (the owner answers with runFinished()).
    void runDue();
    /// Not due: the next run time (the web version's "Skipped sync" + nextRun).
    void skipped(const QDateTime &nextRun);

private:
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    QTimer m_timer;
    qint64 m_intervalSecs = DefaultIntervalSecs;
    std::function<bool()> m_busy;
    QDateTime m_lastAutoRun;
    QDateTime m_startedAt;
    bool m_waiting = false; ///< runDue emitted, runFinished not yet received
};

} // namespace Tsuzuki

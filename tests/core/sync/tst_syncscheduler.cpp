// SyncScheduler with an injected clock: due after the interval, skipped with nextRun before,
// catches up after a sleep, never overlaps a running sync.
#include "core/sync/syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

namespace Tsuzuki {

class TestSyncScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<qint64>("lastAgoSecs"); // -1: never
        QTest::addColumn<bool>("due");
        QTest::addColumn<qint64>("nextInSecs");
        QTest::newRow("never ran") << qint64(-1) << true << qint64(0);
        QTest::newRow("just ran") << qint64(0) << false << qint64(6 * 3600);
        QTest::newRow("5h59 ago") << qint64(6 * 3600 - 60) << false << qint64(60);
        QTest::newRow("exactly 6h") << qint64(6 * 3600) << true << qint64(0);
        QTest::newRow("2 days (slept)") << qint64(48 * 3600) << true << qint64(0);
    }

    void decide()
    {
        QFETCH(qint64, lastAgoSecs);
        QFETCH(bool, due);
        QFETCH(qint64, nextInSecs);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QDateTime last = lastAgoSecs < 0 ? QDateTime() : now.addSecs(-lastAgoSecs);
        const auto d = SyncScheduler::decide(last, now, SyncScheduler::DefaultIntervalSecs);
        QCOMPARE(d.due, due);
        QCOMPARE(d.nextRun, now.addSecs(nextInSecs));
    }

    void catchesUpAfterSleepAndNeverOverlaps()
    {
        QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        SyncScheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setLastAutoRun(now.addSecs(-3600));
        bool busy = false;
        scheduler.setBusyQuery([&busy] { return busy; });
        QSignalSpy due(&scheduler, &SyncScheduler::runDue);
        QSignalSpy skipped(&scheduler, &SyncScheduler::skipped);

        scheduler.check();
        QCOMPARE(due.size(), 0);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().first().toDateTime(), now.addSecs(5 * 3600));

        // The machine sleeps for a day: the first check after waking runs the sync.
        now = now.addSecs(24 * 3600);
        busy = true; // a manual sync is running: wait
        scheduler.check();
        QCOMPARE(due.size(), 0);
        busy = false;
        scheduler.check();
        QCOMPARE(due.size(), 1);
        scheduler.check(); // still running: no second run
        QCOMPARE(due.size(), 1);
        scheduler.runFinished(true);
        QCOMPARE(scheduler.lastAutoRun(), now);
        scheduler.check();
        QCOMPARE(due.size(), 1);
        now = now.addSecs(6 * 3600);
        scheduler.check();
        QCOMPARE(due.size(), 2);
    }

    void timerDrivesChecks()
    {
        QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        SyncScheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setLastAutoRun(now);
        scheduler.setCheckPeriodMs(10);
        QSignalSpy due(&scheduler, &SyncScheduler::runDue);
        QSignalSpy skipped(&scheduler, &SyncScheduler::skipped);
        scheduler.start();
        // The timer checked several times and found nothing due.
        QTRY_VERIFY(skipped.size() >= 3);
        QCOMPARE(due.size(), 0);
        now = now.addSecs(7 * 3600);
        QTRY_COMPARE(due.size(), 1);
        scheduler.stop();
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncScheduler)
#include "tst_syncscheduler.moc"

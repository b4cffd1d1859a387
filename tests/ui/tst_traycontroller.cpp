#include "core/common/timeformat.h"
#include "tests/ui/uitestsupport.h"
#include "ui/tray/traycontroller.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuActions();
    void stateChangesIconAndToolTip();
    void pauseShowsInToolTip();
    void notificationsWithoutTray();
    void iconsDiffer();
};

void TestTrayController::menuActions()
{
    TrayController tray(false, nullptr);
    QStringList texts;
    for (QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator())
            texts << action->text().remove(u'&');
    }
    QCOMPARE(
        texts, (QStringList { u"Sync now"_s, u"Open Tsuzuki"_s, u"Pause schedule"_s, u"Quit"_s }));

    QSignalSpy sync(&tray, &TrayController::syncNowRequested);
    QSignalSpy open(&tray, &TrayController::openRequested);
    QSignalSpy pause(&tray, &TrayController::pauseToggled);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    tray.syncNowAction()->trigger();
    tray.openAction()->trigger();
    tray.pauseAction()->trigger();
    QCOMPARE(sync.count(), 1);
    QCOMPARE(open.count(), 1);
    QCOMPARE(pause.count(), 1);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    QVERIFY(tray.isPaused());
    tray.pauseAction()->trigger();
    QCOMPARE(pause.at(1).at(0).toBool(), false);
    QCOMPARE(quit.count(), 0);
    tray.quitAction()->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestTrayController::stateChangesIconAndToolTip()
{
    TrayController tray(false, nullptr);
    QSignalSpy changed(&tray, &TrayController::stateChanged);
    QCOMPARE(tray.state(), TrayController::State::Idle);
    QVERIFY(tray.toolTip().contains(u"Idle"_s));
    QVERIFY(tray.toolTip().contains(u"Last run: never"_s));

    tray.setState(TrayController::State::Syncing);
    QCOMPARE(changed.count(), 1);
    QVERIFY(tray.toolTip().contains(u"Syncing"_s));
    QVERIFY(!tray.syncNowAction()->isEnabled()); // one sync at a time

    tray.setState(TrayController::State::Error, u"Trakt answered 423 (account locked)"_s);
    QCOMPARE(changed.count(), 2);
    QVERIFY(tray.toolTip().contains(u"423"_s));
    QVERIFY(tray.syncNowAction()->isEnabled());

    const QDateTime last = QDateTime::currentDateTimeUtc().addSecs(-600);
    tray.setLastRun(last);
    tray.setNextRun(last.addSecs(3600));
    QVERIFY2(tray.toolTip().contains(formatLocalTime(last)), qPrintable(tray.toolTip()));
    QVERIFY(tray.toolTip().contains(formatLocalTime(last.addSecs(3600))));
    // Never a "next" time in the past or before the last run: it is due now.
    tray.setNextRun(last.addSecs(-60));
    QVERIFY2(tray.toolTip().contains(u"Next run: due now"_s), qPrintable(tray.toolTip()));
    // The schedule off says so.
    tray.setNextRun({});
    QVERIFY2(tray.toolTip().contains(u"Schedule off"_s), qPrintable(tray.toolTip()));
    tray.setState(TrayController::State::Error, u"again"_s);
    QCOMPARE(changed.count(), 2); // same state: no signal
}

void TestTrayController::pauseShowsInToolTip()
{
    TrayController tray(false, nullptr);
    tray.setNextRun(QDateTime::currentDateTimeUtc().addSecs(600));
    QVERIFY(tray.toolTip().contains(u"Next run"_s));
    tray.setPaused(true);
    QVERIFY(tray.toolTip().contains(u"paused"_s));
    QVERIFY(!tray.toolTip().contains(u"Next run"_s));
}

void TestTrayController::notificationsWithoutTray()
{
    TrayController tray(false, nullptr);
    QVERIFY(!tray.isAvailable());
    tray.notify(u"Scheduled sync"_s, u"Posted 4 plays"_s);
    QCOMPARE(tray.lastNotification(), u"Scheduled sync: Posted 4 plays"_s);
}

void TestTrayController::iconsDiffer()
{
    const QImage idle
        = TrayController::iconFor(TrayController::State::Idle).pixmap(32, 32).toImage();
    const QImage syncing
        = TrayController::iconFor(TrayController::State::Syncing).pixmap(32, 32).toImage();
    const QImage error
        = TrayController::iconFor(TrayController::State::Error).pixmap(32, 32).toImage();
    QVERIFY(!idle.isNull());
    QVERIFY(idle != syncing);
    QVERIFY(idle != error);
    QVERIFY(syncing != error);
    // Save them side by side for a reviewer.
    QImage sheet(3 * 64 + 40, 64 + 20, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    int x = 10;
    for (auto state : { TrayController::State::Idle, TrayController::State::Syncing,
             TrayController::State::Error }) {
        p.drawPixmap(x, 10, TrayController::iconFor(state).pixmap(64, 64));
        x += 74;
    }
    p.end();
    QVERIFY(sheet.save(Test::artifactPath(u"tray-icons.png"_s)));
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"

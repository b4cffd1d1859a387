// The desktop app as people run it: the Application that main() builds, on the real keychain of
// the test command's private gnome-keyring, real threads, real widgets and the fake services.
// First with no stored tokens: every way to start a sync says what to log in to, several times in
// a row, and nothing crashes (the keychain is only ever touched from the GUI thread; the sync
// worker asks it through a relay). Then the first login journey: AniList token, a preview, a post
// refused until Trakt is logged in, the device-code login, the same worker posting without a
// restart, and a second Trakt account receiving the plays made after it logged in.
#include "core/common/settingskeys.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "tests/support/syncfixture.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySyncActionAsksToLogInFirst();
    void firstLoginPreviewPostAndSecondAccount();

private:
    /// Runs `action` and waits for the sync to refuse it; returns the error.
    static Error refusal(SyncController *sync, const std::function<void()> &action);
    static void logInToTrakt(AppFixture &app, FakeServices &fakes, const QString &screenshot);
    static QList<FakeTraktPlay> playsOf(const FakeTrakt &trakt, const QString &account);
    static QString statusText(MainWindow *window)
    {
        return window->findChild<QLabel *>(u"statusSyncLabel"_s)->text() + u" | "_s
            + window->statusBar()->currentMessage();
    }

    QTemporaryDir m_home;
};

void TestApplication::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    registerSyncMetaTypes();
}

Error TestApplication::refusal(SyncController *sync, const std::function<void()> &action)
{
    QSignalSpy failed(sync, &SyncController::failed);
    action();
    if (failed.isEmpty() && !failed.wait(30000))
        return makeError(ErrorCode::Unknown, u"no answer"_s);
    return failed.first().at(0).value<Error>();
}

void TestApplication::logInToTrakt(AppFixture &app, FakeServices &fakes, const QString &screenshot)
{
    SettingsDialog *settings = app.window()->showSettings();
    settings->showPage(SettingsDialog::Page::Accounts);
    settings->findChild<QLineEdit *>(u"traktClientIdEdit"_s)->setText(u"fake-client-id"_s);
    settings->findChild<QLineEdit *>(u"traktClientSecretEdit"_s)->setText(u"fake-client-secret"_s);
    QSignalSpy loggedIn(settings, &SettingsDialog::traktLoggedIn);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"traktLoginButton"_s), Qt::LeftButton);
    TraktLoginDialog *dialog = nullptr;
    for (auto *candidate : settings->findChildren<TraktLoginDialog *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    QVERIFY(dialog);
    dialog->setUrlOpener([](const QUrl &) { return true; });
    QTRY_VERIFY2(!dialog->userCode().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(saveScreenshot(dialog, screenshot));
    fakes.trakt().approve();
    QVERIFY(loggedIn.wait(20000));
    QTRY_VERIFY(
        settings->findChild<QLabel *>(u"traktStatusLabel"_s)->text().contains(u"Logged in"_s));
    settings->accept();
}

QList<FakeTraktPlay> TestApplication::playsOf(const FakeTrakt &trakt, const QString &account)
{
    QList<FakeTraktPlay> plays;
    for (const FakeTraktPlay &p : trakt.history()) {
        if (p.account == account)
            plays << p;
    }
    return plays;
}

void TestApplication::everySyncActionAsksToLogInFirst()
{
    SyncFixture f;
    QVERIFY(f.setUp(4, 30, 51));
    f.fakes.exportEnvironment();
    AppFixture app; // an empty keyring service: nobody has logged in
    QSettings().setValue(QString::fromLatin1(ServiceConfig::TraktClientIdKey), u"fake-client-id"_s);
    app.useDatabase(f.testDb.spec());
    QVERIFY(app.start());
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    SyncController *sync = app.app->syncController();
    QTRY_VERIFY(sync->isConfigured());
    DashboardTab *dashboard = window->dashboardTab();
    const auto button = [dashboard](const char *name) {
        return dashboard->findChild<QPushButton *>(QString::fromLatin1(name));
    };
    const auto menuAction = [window](const char *name) {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    };

    for (int round = 1; round <= 3; ++round) {
        // Every manual way in: the dashboard's buttons, the Sync menu, Ctrl+R, one show.
        const QList<std::pair<QString, std::function<void()>>> manual {
            { u"full"_s, [&] { QTest::mouseClick(button("fullSyncButton"), Qt::LeftButton); } },
            { u"completed"_s,
                [&] { QTest::mouseClick(button("completedSyncButton"), Qt::LeftButton); } },
            { u"watching"_s,
                [&] { QTest::mouseClick(button("watchingSyncButton"), Qt::LeftButton); } },
            { u"menu full"_s, [&] { menuAction("actionFullSync")->trigger(); } },
            { u"menu completed"_s, [&] { menuAction("actionCompletedSync")->trigger(); } },
            { u"menu watching"_s, [&] { menuAction("actionWatchingSync")->trigger(); } },
            { u"Ctrl+R"_s, [&] { QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier); } },
            { u"one show"_s,
                [&] {
                    auto *edit = dashboard->findChild<QLineEdit *>(u"syncShowEdit"_s);
                    edit->setText(QString::number(f.library.idPairs.first().anilistId));
                    QTest::mouseClick(button("showSyncButton"), Qt::LeftButton);
                } },
        };
        for (const auto &[name, action] : manual) {
            const Error error = refusal(sync, action);
            QVERIFY2(error.code == ErrorCode::NotLoggedIn,
                qPrintable(name + u": "_s + error.toString()));
            QVERIFY2(error.userMessage.contains(u"Log in to AniList first"_s),
                qPrintable(error.userMessage));
            // Said where the user looks, with the next step; not a modal dialog.
            QVERIFY(window->banner()->isVisible());
            QVERIFY(window->banner()->text().contains(u"Log in to AniList first"_s));
            QVERIFY(window->banner()->actionButton()->isVisible());
            QVERIFY(!QApplication::activeModalWidget());
            QTRY_VERIFY(!sync->isBusy());
        }
        // The tray's Sync now and a schedule that is turned on run in the background: a
        // notification, no dialog.
        const Error tray = refusal(sync, [&] { app.app->tray()->syncNowAction()->trigger(); });
        QCOMPARE(tray.code, ErrorCode::NotLoggedIn);
        QVERIFY2(app.app->tray()->lastNotification().contains(u"Log in to AniList first"_s),
            qPrintable(app.app->tray()->lastNotification()));
        QVERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(!sync->isBusy());
    }
    const Error scheduled = refusal(sync, [&] {
        SettingsDialog *settings = window->showSettings();
        settings->showPage(SettingsDialog::Page::Sync);
        settings->findChild<QCheckBox *>(u"scheduleEnabledCheck"_s)->setChecked(true);
        settings->accept();
    });
    QCOMPARE(scheduled.code, ErrorCode::NotLoggedIn);
    QVERIFY(app.app->tray()->lastNotification().contains(u"Log in to AniList first"_s));
    QSettings().setValue(QString::fromLatin1(SettingsKey::ScheduleEnabled), false);
    QVERIFY(saveScreenshot(window, u"app-not-logged-in-banner"_s));

    // The banner's button goes where the login is: the setup's AniList page.
    QCOMPARE(window->banner()->actionButton()->text(), u"Log in…"_s);
    QTest::mouseClick(window->banner()->actionButton(), Qt::LeftButton);
    SetupWizard *setup = window->setupWizard();
    QVERIFY(setup);
    QTRY_VERIFY(setup->isVisible());
    QCOMPARE(setup->currentId(), int(SetupWizard::AniListPage));
    QVERIFY(setup->findChild<QLineEdit *>(u"setupAniListTokenEdit"_s)->isVisible());
    setup->reject();
    QCOMPARE(f.fakes.trakt().history().size(), 0);
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
}

void TestApplication::firstLoginPreviewPostAndSecondAccount()
{
    SyncFixture f;
    QVERIFY(f.setUp(6, 60, 52));
    // The newest activities are watched "later", after the second account has logged in.
    const QList<FakeAniActivity> later = f.fakes.anilist().takeNewestActivities(3);
    QCOMPARE(later.size(), 3);
    f.fakes.exportEnvironment();
    f.fakes.trakt().setUser(u"alice_t"_s, u"Alice"_s);
    f.fakes.trakt().setDeviceCodeTiming(600, 1);
    AppFixture app;
    // No Trakt app yet: the client id is typed into Settings at login, and the sync worker that
    // already ran must use it (it copied the old one when it was built).
    QSettings().remove(QString::fromLatin1(ServiceConfig::TraktClientIdKey));
    QSettings().setValue(QString::fromLatin1(SettingsKey::ScheduleEnabled), false);
    app.useDatabase(f.testDb.spec());
    QVERIFY(app.start());
    app.app->services()->traktAuth()->setDeviceTimeUnitMs(20); // the fake's seconds pass quickly
    MainWindow *window = app.window();
    window->show();
    SyncController *sync = app.app->syncController();
    QTRY_VERIFY(sync->isConfigured());

    // 1. The AniList token from the PIN page: checked with AniList, then kept in the keychain.
    SettingsDialog *settings = window->showSettings();
    settings->showPage(SettingsDialog::Page::Accounts);
    QSignalSpy saved(settings, &SettingsDialog::aniListTokenSaved);
    QTest::keyClicks(settings->findChild<QLineEdit *>(u"anilistTokenEdit"_s), f.library.token);
    QTest::mouseClick(
        settings->findChild<QPushButton *>(u"anilistSaveTokenButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY2(
        settings->findChild<QLabel *>(u"anilistStatusLabel"_s)->text().contains(f.library.userName),
        qPrintable(settings->findChild<QLabel *>(u"anilistStatusLabel"_s)->text()));
    QCOMPARE(app.readSecret(SecretKey::AniListToken), f.library.token);
    QVERIFY(saveScreenshot(settings, u"app-anilist-logged-in"_s));
    settings->accept();

    // 2. A preview works before Trakt is logged in; posting says what is missing, sends nothing.
    QSignalSpy previewOpened(sync, &SyncController::previewOpened);
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"fullSyncButton"_s), Qt::LeftButton);
    QVERIFY(previewOpened.wait(60000));
    PreviewDialog *preview = sync->currentPreview();
    QVERIFY(preview);
    const int firstPlays = int(preview->plan().plays.size());
    QVERIFY(firstPlays > 0);
    const Error refused = refusal(sync, [&] {
        QTest::mouseClick(
            preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    });
    QCOMPARE(refused.code, ErrorCode::NotLoggedIn);
    QVERIFY2(
        refused.userMessage.contains(u"Log in to Trakt first"_s), qPrintable(refused.userMessage));
    QTRY_VERIFY(preview->findChild<QLabel *>(u"previewSummary"_s)->text().contains(u"Trakt"_s));
    QVERIFY(saveScreenshot(preview, u"app-post-needs-trakt-login"_s));
    QCOMPARE(f.fakes.trakt().history().size(), 0);
    preview->close();

    // 3. Log in with the device code; the worker that already ran uses the new login at once.
    logInToTrakt(app, f.fakes, u"app-trakt-device-code"_s);
    QTRY_VERIFY(window->dashboardTab()
                    ->findChild<QLabel *>(u"traktAccountLabel"_s)
                    ->text()
                    .contains(u"Logged in"_s));
    QSignalSpy finished(sync, &SyncController::runFinished);
    QSignalSpy loginFailures(sync, &SyncController::failed);
    window->activateWindow(); // the dialogs are closed: the main window has the keyboard again
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(window->findChild<QAction *>(u"actionFullSync"_s)->isEnabled());
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY2(previewOpened.wait(60000),
        loginFailures.isEmpty()
            ? qPrintable(u"no preview; status: "_s + statusText(window))
            : qPrintable(loginFailures.first().at(0).value<Error>().toString()));
    preview = sync->currentPreview();
    QCOMPARE(int(preview->plan().plays.size()), firstPlays);
    // The client id changes while the post is on its way (Settings saved mid-run): the worker is
    // rebuilt only after the run, and the run's result still arrives, once.
    f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(1500));
    QTest::mouseClick(preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QTRY_VERIFY(sync->isBusy());
    app.app->services()->setTraktClientId(u"another-client-id"_s);
    app.app->services()->setTraktClientId(u"fake-client-id"_s);
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(!sync->isBusy());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(0).value<SyncReport>().status, RunStatus::Succeeded);
    QCOMPARE(playsOf(f.fakes.trakt(), u"alice_t"_s).size(), firstPlays);
    QCOMPARE(f.fakes.trakt().history().size(), firstPlays);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    QVERIFY(saveScreenshot(preview, u"app-first-sync-posted"_s));
    preview->accept();

    // 4. Log in as another Trakt account: what is watched next goes to that account.
    f.fakes.trakt().setUser(u"bob_t"_s, u"Bob"_s);
    logInToTrakt(app, f.fakes, u"app-trakt-second-account"_s);
    QTRY_COMPARE(app.readSecret(SecretKey::TraktAccessToken), f.fakes.trakt().latestAccessToken());
    for (const FakeAniActivity &activity : later)
        f.fakes.anilist().addActivity(activity);
    QSignalSpy failures(sync, &SyncController::failed);
    QVERIFY(!sync->isBusy());
    QVERIFY(window->findChild<QAction *>(u"actionFullSync"_s)->isEnabled());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY2(previewOpened.wait(60000),
        failures.isEmpty() ? "no preview"
                           : qPrintable(failures.first().at(0).value<Error>().toString()));
    preview = sync->currentPreview();
    const int laterPlays = int(preview->plan().plays.size());
    QVERIFY(laterPlays > 0);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).value<SyncReport>().status, RunStatus::Succeeded);
    QCOMPARE(playsOf(f.fakes.trakt(), u"bob_t"_s).size(), laterPlays);
    QCOMPARE(playsOf(f.fakes.trakt(), u"alice_t"_s).size(), firstPlays);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    preview->accept();
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"

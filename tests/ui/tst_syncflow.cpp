// The GUI's sync paths end to end against the fake services and a real database: a preview with
// some items unticked posts exactly the rest; Cancel posts nothing; the Trakt device-code dialog
// logs in against the fake Trakt.
#include "core/app/accounts.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/store/progressrepository.h"
#include "tests/support/syncfixture.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestSyncFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewUntickedItemsAreNotPosted();
    void previewCancelPostsNothing();
    void traktDeviceLoginCompletes();
    void traktDeviceLoginDenied();

private:
    /// The app as main() builds it over the fixture's database and fakes, with the fixture's
    /// tokens in the real keychain (or none).
    struct Gui
    {
        AppFixture app;
        MainWindow *window = nullptr;
        SyncController *sync = nullptr;
    };
    static bool openGui(Gui &gui, SyncFixture &f, bool withTokens = true);
    static bool openAccountsOnly(Gui &gui, FakeServices &fakes);

    QTemporaryDir m_home;
};

void TestSyncFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    registerSyncMetaTypes();
}

bool TestSyncFlow::openGui(Gui &gui, SyncFixture &f, bool withTokens)
{
    f.fakes.exportEnvironment();
    QSettings().setValue(
        QString::fromLatin1(ServiceConfig::TraktClientIdKey), f.services.traktClientId);
    if (withTokens && !gui.app.storeSecrets(f.secrets.values))
        return false;
    gui.app.useDatabase(f.testDb.spec());
    if (!gui.app.start())
        return false;
    gui.window = gui.app.window();
    gui.sync = gui.app.app->syncController();
    gui.window->show();
    return true;
}

bool TestSyncFlow::openAccountsOnly(Gui &gui, FakeServices &fakes)
{
    fakes.exportEnvironment();
    QSettings().setValue(QString::fromLatin1(ServiceConfig::TraktClientIdKey), u"fake-client-id"_s);
    // A file of this test's own: QStandardPaths' test mode puts the "default" file in
    // ~/.qttest, which every build on the machine shares (another branch's newer schema there
    // would be refused, rightly).
    static QTemporaryDir data;
    QSettings().setValue(u"database/uri"_s, data.filePath(u"tsuzuki.sqlite"_s));
    if (!gui.app.start())
        return false;
    gui.window = gui.app.window();
    gui.sync = gui.app.app->syncController();
    // The fake's device-flow "seconds" pass quickly.
    gui.app.app->services()->traktAuth()->setDeviceTimeUnitMs(20);
    return true;
}

void TestSyncFlow::previewUntickedItemsAreNotPosted()
{
    SyncFixture f;
    QVERIFY(f.setUp(8, 80, 41));
    Gui gui;
    QVERIFY(openGui(gui, f));
    QSignalSpy previewOpened(gui.sync, &SyncController::previewOpened);
    QSignalSpy finished(gui.sync, &SyncController::runFinished);

    // The dashboard's button opens the preview; nothing is posted yet.
    QTest::mouseClick(
        gui.window->dashboardTab()->findChild<QPushButton *>(u"completedSyncButton"_s),
        Qt::LeftButton);
    QVERIFY(previewOpened.wait(120000));
    PreviewDialog *dialog = gui.sync->currentPreview();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(f.fakes.trakt().history().size(), 0);
    const SyncPlan plan = dialog->plan();
    QVERIFY2(plan.plays.size() >= 10, qPrintable(QString::number(plan.plays.size())));

    // Untick one whole show and every third remaining play.
    const qint64 droppedShow = plan.plays.first().anilistId;
    dialog->setShowChecked(droppedShow, false);
    int n = 0;
    for (const PlannedPlay &play : plan.plays) {
        if (play.anilistId != droppedShow && ++n % 3 == 0)
            dialog->setItemChecked(play.itemId, false);
    }
    const QStringList approved = dialog->approvedItemIds();
    QVERIFY(!approved.isEmpty());
    QVERIFY(approved.size() < plan.plays.size());
    QVERIFY(saveScreenshot(dialog, u"syncflow-preview-unticked"_s));

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    const SyncReport report = finished.at(0).at(0).value<SyncReport>();
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(report.status, RunStatus::Succeeded);
    QCOMPARE(report.counters.added, int(approved.size()));

    // Exactly the ticked plays reached Trakt, each once, where the answer key says.
    QSet<QString> expected;
    for (const PlannedPlay &play : plan.plays) {
        if (!approved.contains(play.itemId))
            continue;
        const auto where = f.expected(play.anilistId, play.absEpisode);
        QVERIFY(where.has_value());
        expected << u"%1/%2/%3"_s.arg(std::get<0>(*where))
                        .arg(std::get<1>(*where))
                        .arg(std::get<2>(*where));
    }
    QSet<QString> received;
    for (const FakeTraktPlay &play : f.fakes.trakt().history())
        received << (play.isMovie
                ? u"%1/0/0"_s.arg(play.movieTrakt)
                : u"%1/%2/%3"_s.arg(play.showTrakt).arg(play.season).arg(play.number));
    QCOMPARE(f.fakes.trakt().history().size(), approved.size());
    QCOMPARE(received, expected);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    // The unticked show kept no progress: the next run offers it again.
    QCOMPARE(ProgressRepository(*f.db).lastAbs(droppedShow).valueOr(-1), 0);

    // The dialog shows the summary and the progress bar reached the end.
    auto *summary = dialog->findChild<QLabel *>(u"previewSummary"_s);
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(
        summary->text().contains(u"Added %1"_s.arg(approved.size())), qPrintable(summary->text()));
    QVERIFY(saveScreenshot(dialog, u"syncflow-preview-done"_s));
    dialog->accept();
}

void TestSyncFlow::previewCancelPostsNothing()
{
    SyncFixture f;
    QVERIFY(f.setUp(4, 30, 43));
    Gui gui;
    QVERIFY(openGui(gui, f));
    QSignalSpy previewOpened(gui.sync, &SyncController::previewOpened);
    QSignalSpy refused(gui.sync, &SyncController::failed);
    gui.sync->requestPreview(SyncMode::Watching);
    gui.sync->requestPreview(SyncMode::Completed); // busy: refused at once, not queued
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<Error>().code, ErrorCode::DatabaseLocked);
    QVERIFY(previewOpened.wait(120000));
    PreviewDialog *dialog = gui.sync->currentPreview();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"previewCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!gui.sync->isBusy());
    QCOMPARE(previewOpened.count(), 1);
    QCOMPARE(f.fakes.trakt().history().size(), 0);
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
}

void TestSyncFlow::traktDeviceLoginCompletes()
{
    FakeServices fakes;
    QVERIFY(fakes.listen());
    fakes.trakt().setDeviceCodeTiming(600, 1);
    Gui gui;
    QVERIFY(openAccountsOnly(gui, fakes));

    SettingsDialog *settings = gui.window->showSettings();
    settings->showPage(SettingsDialog::Page::Accounts);
    settings->findChild<QLineEdit *>(u"traktClientIdEdit"_s)->setText(u"fake-client-id"_s);
    settings->findChild<QLineEdit *>(u"traktClientSecretEdit"_s)->setText(u"fake-client-secret"_s);
    QSignalSpy loggedIn(settings, &SettingsDialog::traktLoggedIn);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"traktLoginButton"_s), Qt::LeftButton);
    auto *dialog = settings->findChild<TraktLoginDialog *>();
    QVERIFY(dialog);
    QList<QUrl> opened;
    dialog->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });

    // The code arrives, in large type, with the activation page opened and a countdown.
    auto *code = dialog->findChild<QLabel *>(u"traktUserCode"_s);
    QTRY_VERIFY(!code->text().isEmpty());
    QCOMPARE(code->text(), fakes.trakt().latestUserCode());
    QVERIFY(code->font().pointSizeF() > dialog->font().pointSizeF() * 2);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().toString().contains(u"activate"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"traktCountdown"_s)->text().contains(u"expires"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"traktCopyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
    QVERIFY(saveScreenshot(dialog, u"dialog-trakt-device-code"_s));
    QVERIFY(!code->text().contains(u"fake-client-secret"_s));

    // The user approves on "Trakt": the dialog closes itself and the tokens are in the keychain.
    fakes.trakt().approve();
    QVERIFY(loggedIn.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(
        gui.app.readSecret(SecretKey::TraktAccessToken), fakes.trakt().latestAccessToken(), 20000);
    QVERIFY(settings->findChild<QLabel *>(u"traktStatusLabel"_s)->text().contains(u"Logged in"_s));
}

void TestSyncFlow::traktDeviceLoginDenied()
{
    FakeServices fakes;
    QVERIFY(fakes.listen());
    fakes.trakt().setDeviceCodeTiming(600, 1);
    Gui gui;
    QVERIFY(gui.app.storeSecrets(
        { { QString::fromLatin1(SecretKey::TraktClientSecret), u"fake-client-secret"_s } }));
    QVERIFY(openAccountsOnly(gui, fakes));
    TraktLoginDialog dialog(gui.app.app->accounts());
    dialog.setUrlOpener([](const QUrl &) { return true; });
    QSignalSpy failed(&dialog, &TraktLoginDialog::loginFailed);
    dialog.show();
    dialog.start();
    QTRY_VERIFY(!dialog.userCode().isEmpty());
    fakes.trakt().deny();
    QVERIFY(failed.wait(20000));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.isVisible()); // stays open and says why
    QVERIFY(gui.app.readSecret(SecretKey::TraktAccessToken).isEmpty());
    QVERIFY(saveScreenshot(&dialog, u"dialog-trakt-device-denied"_s));
    // Cancel of a running login stops polling: its job ends as Cancelled and is gone, so nothing
    // is left that could poll.
    TraktLoginDialog second(gui.app.app->accounts());
    second.setUrlOpener([](const QUrl &) { return true; });
    second.show();
    second.start();
    QTRY_VERIFY(!second.userCode().isEmpty());
    QPointer<TraktDeviceLogin> login;
    for (auto *candidate :
        gui.app.app->services()->traktAuth()->findChildren<TraktDeviceLogin *>()) {
        if (!candidate->isFinished())
            login = candidate;
    }
    QVERIFY(login);
    QSignalSpy ended(login.data(), &TraktDeviceLogin::finished);
    QTest::mouseClick(second.findChild<QPushButton *>(u"traktLoginCancelButton"_s), Qt::LeftButton);
    QVERIFY(!second.isVisible());
    QVERIFY(ended.count() > 0 || ended.wait(5000));
    QTRY_VERIFY(login.isNull());
}

QTEST_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"

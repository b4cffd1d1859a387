// Issue 14 in the desktop app as people run it (the Application that main() builds, the real
// keychain of the private gnome-keyring, real threads and widgets, the fake services; SQLite and
// PostgreSQL): a returning Trakt user's first syncs post no duplicate; Trakt's refusals show as a
// banner with a button for the next step, a tray notification and a Logs entry, and post nothing;
// the Runs view lists runs, exports a report and undoes a run after showing what would go, leaving
// Trakt's history exactly as before; the Progress tab lists "never post" plays with "Post again".
#include "core/app/appactions.h"
#include "core/app/runresult.h"
#include "core/common/settingskeys.h"
#include "core/net/trakterrors.h"
#include "core/store/ledgerrepository.h"
#include "core/sync/syncservice.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/runsdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/logmodel.h"
#include "ui/models/neverpostmodel.h"
#include "ui/models/previewmodel.h"
#include "ui/models/runmodel.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tabs/logstab.h"
#include "ui/tabs/progresstab.h"
#include "ui/traktrefusalpresenter.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/neverpostpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;
namespace RU = Tsuzuki::Test::ReturningUser;

class TestTraktAware final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void returningUserPostsNoDuplicate();
    void refusalsShowTheirNextStep_data();
    void refusalsShowTheirNextStep();
    void runsViewExportsAndUndoes();
    void neverPostListWithPostAgain();
    void neverPostFromThePreview();

private:
    /// The returning user's fakes and database, and the app over the real keychain, logged in.
    bool start(SyncFixture &f, AppFixture &app);
    /// The tray's "Sync now" (a scheduled full sync, no dialog) to its end.
    static std::optional<SyncReport> syncNow(AppFixture &app);

    QTemporaryDir m_home;
};

void TestTraktAware::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    registerSyncMetaTypes();
}

bool TestTraktAware::start(SyncFixture &f, AppFixture &app)
{
    if (!f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken))
        || !RU::mapTitles(*f.db))
        return false;
    f.fakes.exportEnvironment();
    QSettings().setValue(QString::fromLatin1(ServiceConfig::TraktClientIdKey), u"fake-client-id"_s);
    QSettings().setValue(QString::fromLatin1(SettingsKey::ScheduleEnabled), false);
    QSettings().setValue(QString::fromLatin1(SettingsKey::IncludeWatched), false);
    const auto token = f.fakes.trakt().issueToken();
    if (!app.storeSecrets({ { QString::fromLatin1(SecretKey::AniListToken),
                                QString::fromLatin1(RU::AniListToken) },
            { QString::fromLatin1(SecretKey::TraktAccessToken), token.first },
            { QString::fromLatin1(SecretKey::TraktRefreshToken), token.second },
            { QString::fromLatin1(SecretKey::TraktTokenExpiry),
                QDateTime::currentDateTimeUtc().addDays(6).toString(Qt::ISODate) },
            { QString::fromLatin1(SecretKey::TraktClientSecret), u"fake-client-secret"_s } }))
        return false;
    app.useDatabase(f.testDb.spec());
    if (!app.start())
        return false;
    app.window()->show();
    return QTest::qWaitFor([&app] { return app.app->syncController()->isConfigured(); }, 30000);
}

std::optional<SyncReport> TestTraktAware::syncNow(AppFixture &app)
{
    SyncController *sync = app.app->syncController();
    QSignalSpy finished(sync, &SyncController::runFinished);
    QSignalSpy failed(sync, &SyncController::failed);
    app.app->tray()->syncNowAction()->trigger();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000))
        return std::nullopt;
    if (finished.isEmpty())
        return std::nullopt;
    (void)QTest::qWaitFor([sync] { return !sync->isBusy(); }, 30000);
    return finished.first().at(0).value<SyncReport>();
}

void TestTraktAware::returningUserPostsNoDuplicate()
{
    SyncFixture f;
    AppFixture app;
    QVERIFY(start(f, app));
    const auto before = RU::historyOf(f.fakes.trakt());
    SyncController *sync = app.app->syncController();

    // The Completed library's preview: nothing to post, the titles Trakt has in their own group
    // with Trakt's date (what the preview dialog shows as "already on Trakt — skipped").
    QSignalSpy ready(sync->service(), &SyncService::previewReady);
    QTest::mouseClick(
        app.window()->dashboardTab()->findChild<QPushButton *>(u"completedSyncButton"_s),
        Qt::LeftButton);
    QVERIFY(ready.wait(60000));
    const SyncPlan plan = ready.first().at(0).value<SyncPlan>();
    QVERIFY(plan.reconciled);
    QCOMPARE(plan.plays.size(), 0);
    QCOMPARE(plan.counters.alreadyOnTrakt, 26);
    for (const SkippedItem &s : plan.skipped) {
        QCOMPARE(s.kind, SkipKind::AlreadyOnTrakt);
        QVERIFY(s.traktWatchedAt.isValid());
    }
    QTRY_VERIFY(sync->currentPreview());
    QVERIFY(saveScreenshot(sync->currentPreview(), u"traktaware-completed-preview"_s));
    sync->currentPreview()->close();
    QTRY_VERIFY(!sync->isBusy());

    // The first scheduled (full) sync: the 14 new plays, none of the 136 again.
    const auto report = syncNow(app);
    QVERIFY(report);
    QCOMPARE(report->status, RunStatus::Succeeded);
    QCOMPARE(report->counters.added, RU::NewPlays);
    QVERIFY(!QApplication::activeModalWidget()); // background work opens no dialog
    QVERIFY(!sync->currentPreview() || !sync->currentPreview()->isVisible());
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt + RU::NewPlays);
    QCOMPARE(RU::historyOf(f.fakes.trakt()).mid(0, RU::PlaysOnTrakt), before);
    // And the watching library after it: nothing left to post.
    const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
    QSignalSpy again(sync->service(), &SyncService::previewReady);
    QTest::mouseClick(
        app.window()->dashboardTab()->findChild<QPushButton *>(u"watchingSyncButton"_s),
        Qt::LeftButton);
    QVERIFY(again.wait(60000));
    QCOMPARE(again.first().at(0).value<SyncPlan>().plays.size(), 0);
    QTRY_VERIFY(sync->currentPreview());
    sync->currentPreview()->close();
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), posts);
}

void TestTraktAware::refusalsShowTheirNextStep_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("button");
    QTest::newRow("423 locked") << 0 << u"contact Trakt support"_s << u"Contact Trakt support…"_s;
    QTest::newRow("403 revoked app") << 1 << u"Log in to Trakt again"_s << u"Log in to Trakt…"_s;
    QTest::newRow("420 limit") << 2 << u"limit of 136 items"_s << u"About Trakt VIP…"_s;
}

void TestTraktAware::refusalsShowTheirNextStep()
{
    QFETCH(int, cause);
    QFETCH(QString, sentence);
    QFETCH(QString, button);
    SyncFixture f;
    AppFixture app;
    QVERIFY(start(f, app));
    MainWindow *window = app.window();
    QList<QUrl> opened;
    window->refusals()->setUrlOpener([&opened](const QUrl &url) { opened << url; });
    if (cause == 0)
        f.fakes.trakt().setAccountLocked(true);
    else if (cause == 1)
        f.fakes.trakt().revokeApp();
    else
        f.fakes.trakt().setHistoryLimit(RU::PlaysOnTrakt);

    // A scheduled sync meets the refusal: banner, tray notification, Logs entry, nothing posted.
    SyncController *sync = app.app->syncController();
    QSignalSpy failed(sync, &SyncController::failed);
    QSignalSpy finished(sync, &SyncController::runFinished);
    app.app->tray()->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 60000);
    QTRY_VERIFY(!sync->isBusy());
    QTRY_VERIFY(window->banner()->isVisible());
    QVERIFY2(window->banner()->text().contains(sentence), qPrintable(window->banner()->text()));
    QCOMPARE(window->banner()->actionButton()->text(), button);
    QVERIFY2(app.app->tray()->lastNotification().contains(sentence),
        qPrintable(app.app->tray()->lastNotification()));
    QCOMPARE(app.app->tray()->state(), TrayController::State::Error);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt);
    window->showTab(MainWindow::Tab::Logs);
    LogsTab *logs = window->logsTab();
    logs->reload();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < logs->model()->rowCount(); ++row) {
                const LogEntry &e = logs->model()->entryAt(row);
                if (e.level == u"error"_s && e.message.contains(sentence))
                    return true;
            }
            return false;
        }(),
        20000);
    QVERIFY(saveScreenshot(window, u"traktaware-refusal-%1"_s.arg(cause)));

    // The banner's button is the next step.
    QTest::mouseClick(window->banner()->actionButton(), Qt::LeftButton);
    if (cause == 1) {
        SettingsDialog *settings = nullptr;
        for (auto *candidate : window->findChildren<SettingsDialog *>()) {
            if (candidate->isVisible())
                settings = candidate;
        }
        QVERIFY(settings);
        QVERIFY(settings->findChild<QWidget *>(u"accountsPage"_s)->isVisible());
        settings->reject();
    } else {
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(),
            QString::fromLatin1(cause == 0 ? TraktErrors::SupportUrl : TraktErrors::UpgradeUrl));
    }

    // A manual sync says the same, where the user looks, without a modal dialog.
    QSignalSpy manualFailed(sync, &SyncController::failed);
    QSignalSpy manualFinished(sync, &SyncController::runFinished);
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"watchingSyncButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manualFailed.isEmpty() || sync->currentPreview(), 60000);
    if (sync->currentPreview()) { // a 420 comes when posting
        QTRY_VERIFY(!sync->isBusy());
        auto *post = sync->currentPreview()->findChild<QPushButton *>(u"previewPostButton"_s);
        QVERIFY(post);
        QTest::mouseClick(post, Qt::LeftButton);
        QVERIFY(manualFinished.wait(60000));
        sync->currentPreview()->close();
    }
    QTRY_VERIFY(window->banner()->isVisible());
    QVERIFY(window->banner()->text().contains(sentence));
    QTRY_VERIFY(!sync->isBusy());
    QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt);
}

void TestTraktAware::runsViewExportsAndUndoes()
{
    SyncFixture f;
    AppFixture app;
    QVERIFY(start(f, app));
    const auto before = RU::historyOf(f.fakes.trakt());
    const auto report = syncNow(app);
    QVERIFY(report && report->status == RunStatus::Succeeded);
    QCOMPARE(report->counters.added, RU::NewPlays);

    // Sync → Runs…: the run with its counts.
    MainWindow *window = app.window();
    window->activateWindow();
    window->findChild<QAction *>(u"actionRuns"_s)->trigger();
    RunsDialog *runs = window->findChild<RunsDialog *>();
    QVERIFY(runs);
    QTRY_VERIFY(runs->isVisible());
    QAbstractItemModelTester tester(runs->model());
    QTRY_VERIFY(runs->model()->rowCount() >= 1);
    QVERIFY(runs->selectRun(report->runId));
    const int row = runs->model()->rowOf(report->runId);
    QCOMPARE(runs->model()->index(row, RunModel::Added).data().toString(),
        QString::number(RU::NewPlays));
    QCOMPARE(runs->model()->index(row, RunModel::AlreadyOnTrakt).data().toString(), u"46"_s);
    QVERIFY(saveScreenshot(runs, u"traktaware-runs"_s));

    // Export CSV and JSON.
    QTemporaryDir dir;
    runs->setSaveChooser([&dir](const QString &name, const QString &,
                             std::function<void(QString)> chosen) { chosen(dir.filePath(name)); });
    QSignalSpy exported(runs, &RunsDialog::exported);
    QTest::mouseClick(runs->findChild<QPushButton *>(u"exportRunCsvButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    QTest::mouseClick(runs->findChild<QPushButton *>(u"exportRunJsonButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    QFile csv(exported.at(0).at(0).toString());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QCOMPARE(csvBytes.count(",posted,"), RU::NewPlays);
    QCOMPARE(csvBytes.count(",already_on_trakt,"), 46);
    QFile json(exported.at(1).at(0).toString());
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll())
                 .object()
                 .value(u"run"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
        report->runId);

    // Undo this run…: what goes and what stays first; nothing is removed until confirmed.
    QSignalSpy previewShown(runs, &RunsDialog::undoPreviewShown);
    QTest::mouseClick(runs->findChild<QPushButton *>(u"undoRunButton"_s), Qt::LeftButton);
    QVERIFY(previewShown.wait(20000));
    QDialog *preview = runs->undoPreview();
    QVERIFY(preview);
    auto *list = preview->findChild<QListWidget *>(u"undoPreviewList"_s);
    QCOMPARE(list->count(), RU::NewPlays + 46);
    QVERIFY(list->item(0)->text().startsWith(u"Remove:"_s));
    QVERIFY(list->item(list->count() - 1)->text().startsWith(u"Keep"_s));
    QVERIFY(saveScreenshot(preview, u"traktaware-undo-preview"_s));
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history/remove"_s), 0);
    QSignalSpy undone(runs, &RunsDialog::undoFinished);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"undoConfirmButton"_s), Qt::LeftButton);
    QVERIFY(undone.wait(60000));
    const UndoReport result = undone.first().at(0).value<UndoReport>();
    QCOMPARE(result.status, RunStatus::Succeeded);
    QCOMPARE(result.removed, RU::NewPlays);
    QCOMPARE(RU::historyOf(f.fakes.trakt()), before);
    QVERIFY(runs->messageText().contains(u"undone"_s));
    QTRY_VERIFY(runs->model()->rowOf(result.undoRunId) >= 0);
    QCOMPARE(runs->model()
                 ->index(runs->model()->rowOf(result.undoRunId), RunModel::Mode)
                 .data()
                 .toString(),
        RunModel::tr("Undo"));
    QCOMPARE(runs->model()
                 ->index(runs->model()->rowOf(result.undoRunId), RunModel::Status)
                 .data()
                 .toString(),
        RunModel::statusText(RunStatus::Succeeded));
    QVERIFY(saveScreenshot(runs, u"traktaware-runs-after-undo"_s));
    runs->close();
}

void TestTraktAware::neverPostListWithPostAgain()
{
    SyncFixture f;
    AppFixture app;
    QVERIFY(start(f, app));
    PlannedPlay e11;
    e11.itemId = PlannedPlay::makeItemId(RU::Mha4, 11);
    e11.anilistId = RU::Mha4;
    e11.absEpisode = 11;
    e11.title = u"My Hero Academia Season 4"_s;
    QVERIFY(AppActions(*f.db).neverPost({ e11 }));
    MainWindow *window = app.window();
    window->showTab(MainWindow::Tab::Progress);
    NeverPostPanel *panel = window->progressTab()->neverPostPanel();
    QAbstractItemModelTester tester(panel->model());
    window->progressTab()->reload();
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, NeverPostModel::Title).data().toString(),
        u"My Hero Academia Season 4"_s);
    QVERIFY(saveScreenshot(window, u"traktaware-never-post"_s));

    // A sync does not post it ...
    const auto report = syncNow(app);
    QVERIFY(report);
    QCOMPARE(report->counters.added, RU::NewPlays - 1);
    QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 0);

    // ... until "Post again".
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    panel->view()->selectRow(0);
    QSignalSpy allowed(panel, &NeverPostPanel::allowedAgain);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"neverPostAgainButton"_s), Qt::LeftButton);
    QVERIFY(allowed.wait(20000));
    QTRY_COMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Never).value(), 0);
    QSignalSpy ready(app.app->syncController()->service(), &SyncService::previewReady);
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"watchingSyncButton"_s), Qt::LeftButton);
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.first().at(0).value<SyncPlan>().itemIds(), QStringList { e11.itemId });
    QTRY_VERIFY(app.app->syncController()->currentPreview());
    app.app->syncController()->currentPreview()->close();
}

/// The preview's two ways of not posting: unticked is "skip this time" (offered again), the
/// context menu's "Never post" is recorded and listed in Progress; neither reaches Trakt.
void TestTraktAware::neverPostFromThePreview()
{
    SyncFixture f;
    AppFixture app;
    QVERIFY(start(f, app));
    MainWindow *window = app.window();
    SyncController *sync = app.app->syncController();
    QSignalSpy opened(sync, &SyncController::previewOpened);
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"watchingSyncButton"_s), Qt::LeftButton);
    QVERIFY(opened.wait(60000));
    PreviewDialog *preview = sync->currentPreview();
    QVERIFY(preview);
    const QString e11 = PlannedPlay::makeItemId(RU::Mha4, 11);
    const QString e12 = PlannedPlay::makeItemId(RU::Mha4, 12);
    QVERIFY(preview->plan().itemIds().contains(e11));
    QVERIFY(preview->plan().itemIds().contains(e12));
    preview->planModel()->fillNow();
    QTreeView *tree = preview->planView();
    tree->expandAll();
    tree->selectionModel()->select(preview->planModel()->playIndex(e11),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *never = nullptr;
    for (QAction *action : tree->actions()) {
        if (action->objectName() == u"previewNeverPostAction"_s)
            never = action;
    }
    QVERIFY(never);
    never->trigger();
    preview->setItemChecked(e12, false); // skip this time
    QCOMPARE(preview->planModel()->neverItemIds(), QStringList { e11 });
    QVERIFY(!preview->approvedItemIds().contains(e11));
    QVERIFY(preview->findChild<QLabel *>(u"previewTotals"_s)->text().contains(u"never"_s));
    QVERIFY(saveScreenshot(preview, u"traktaware-preview-never-post"_s));

    QSignalSpy finished(sync, &SyncController::runFinished);
    QSignalSpy result(sync, &SyncController::resultReady);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<SyncReport>().status, RunStatus::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), 20000);
    QCOMPARE(result.first().at(0).value<RunResult>().neverPost, 1);
    QCOMPARE(result.first().at(0).value<RunResult>().unticked, 1);
    QTRY_VERIFY(preview->headerText().contains(u"never post"_s));
    QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 0);
    QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 12), 0);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Never).value(), 1);
    NeverPostPanel *panel = window->progressTab()->neverPostPanel();
    window->progressTab()->reload();
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    preview->close();

    // The next preview offers the skipped play again, never the never-post one.
    opened.clear();
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"watchingSyncButton"_s), Qt::LeftButton);
    QVERIFY(opened.wait(60000));
    QCOMPARE(sync->currentPreview()->plan().itemIds(), QStringList { e12 });
    sync->currentPreview()->close();
}

QTEST_MAIN(TestTraktAware)
#include "tst_traktaware.moc"

// The first-time user's journey on the Application that main() builds, in English, Japanese and
// German at 1024×700: the first start opens the setup; Trakt's device login (the account's name
// shown), the AniList token (user and expiry), the mapping data downloaded from its three sources,
// the first sync chosen, its preview, the post, the result with the one play Trakt did not find,
// its mapping fixed from a pasted trakt.tv address ("→ Title (year)"), and the next run posting
// exactly that play. The real private keyring, the fake services, a file server for the mapping
// data; a screenshot of every step under <artifacts>/journey/<language>/.
#include "core/common/translations.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/sync/extrasrules.h"
#include "tests/fakes/fakeservices.h"
#include "tests/fakes/faketrakt.h"
#include "tests/support/fileserver.h"
#include "tests/support/journeydata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/mainwindow.h"
#include "ui/mappingupdater.h"
#include "ui/models/groupeditemsmodel.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tabs/mappingstab.h"
#include "ui/widgets/urlopener.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstRunToSecondSync_data();
    void firstRunToSecondSync();

private:
    /// <artifacts>/journey/<language>/<step>.png
    bool shot(QWidget *widget, const QString &step);
    static QString text(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

    QTemporaryDir m_home;
    QString m_language;
    QList<QUrl> m_opened;
};

void TestJourney::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    registerSyncMetaTypes();
    UrlOpener::setFunction([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void TestJourney::cleanup()
{
    Translations::install(u"en"_s);
    QSettings().clear();
}

bool TestJourney::shot(QWidget *widget, const QString &step)
{
    const QString path = artifactPath(u"journey/%1/%2.png"_s.arg(m_language, step));
    QDir().mkpath(QFileInfo(path).path());
    QCoreApplication::processEvents();
    return widget->grab().save(path, "PNG");
}

void TestJourney::firstRunToSecondSync_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestJourney::firstRunToSecondSync()
{
    QFETCH(QString, language);
    m_language = language;
    QCOMPARE(Translations::install(language), language);

    // The services, a library with movies, and the mapping data on a file server. One movie's
    // data points at a Trakt id that does not exist: Trakt will not find its play.
    FakeServices fakes;
    QVERIFY(fakes.listen());
    FakeLibrary library;
    const FakeIdPair *broken = nullptr;
    for (quint32 seed = 61; seed < 90 && !broken; ++seed) {
        library = FakeData::generateLibrary(8, 70, seed);
        for (const FakeIdPair &p : library.idPairs) {
            if (p.isMovie && !broken)
                broken = &p;
        }
    }
    QVERIFY(broken);
    const FakeIdPair brokenMovie = *broken;
    const FakeTraktMovie *movie = nullptr;
    for (const FakeTraktMovie &m : library.movies) {
        if (m.ids.trakt == brokenMovie.traktId)
            movie = &m;
    }
    QVERIFY(movie);
    fakes.loadLibrary(library);
    fakes.trakt().setUser(u"alice_t"_s, u"Alice"_s);
    fakes.trakt().setDeviceCodeTiming(600, 1);
    fakes.exportEnvironment();
    QTemporaryDir dataDir;
    const JourneyMappingFiles files
        = JourneyMappingFiles::build(library, brokenMovie.anilistId, dataDir);
    QVERIFY(!files.otaku.isEmpty());
    FileServer server;
    QVERIFY(server.listen());
    server.add(u"/otaku.db"_s, { 200, "application/octet-stream"_ba, files.otaku });
    server.add(u"/fribbs.json"_s, { 200, "application/json"_ba, files.fribbs });
    server.add(u"/anibridge.json"_s, { 200, "application/json"_ba, files.anibridge });
    qputenv("TSUZUKI_OTAKU_URL", server.url(u"/otaku.db"_s).toString().toUtf8());
    qputenv("TSUZUKI_FRIBBS_URL", server.url(u"/fribbs.json"_s).toString().toUtf8());
    qputenv("TSUZUKI_ANIBRIDGE_URL", server.url(u"/anibridge.json"_s).toString().toUtf8());

    // 1. The first start: an empty database, an empty keyring, no Trakt app: the setup opens.
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    ApplicationOptions options = AppFixture::testOptions();
    options.firstRunSetup = true;
    QVERIFY(app.start(options));
    app.app->services()->traktAuth()->setDeviceTimeUnitMs(20);
    MainWindow *window = app.window();
    window->resize(1024, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    SetupWizard *setup = window->setupWizard();
    QVERIFY(setup);
    QTRY_VERIFY(setup->isVisible());
    auto *traktAccount = window->findChild<QLabel *>(u"traktAccountLabel"_s);
    QTRY_COMPARE(traktAccount->text(), text("Tsuzuki::Accounts", "Not logged in"));
    QCOMPARE(window->findChild<QPushButton *>(u"traktAccountButton"_s)->text(),
        text("Tsuzuki::DashboardTab", "Log in…"));
    QVERIFY(shot(window, u"01-first-start"_s));
    // The dashboard keeps its layout while data arrives, logins succeed and runs finish: no
    // button moves under the cursor.
    QWidget *dashboard = window->dashboardTab();
    const auto placeOf = [dashboard](const char *name) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return dashboard->findChild<QWidget *>(QString::fromLatin1(name))
            ->mapTo(dashboard, QPoint());
    };
    const QPoint updateButtonAt = placeOf("anibridgeUpdateButton");
    const QPoint recentAt = placeOf("recentProgressCard");
    QVERIFY(shot(setup, u"02-welcome"_s));

    // 2. Trakt: where the client id comes from, the device code, the account's name.
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::TraktPage));
    QVERIFY(setup->findChild<QLabel *>(u"setupTraktAppHelp"_s)
                ->text()
                .contains(u"trakt.tv/oauth/applications"_s));
    setup->findChild<QLineEdit *>(u"setupTraktClientIdEdit"_s)->setText(u"fake-client-id"_s);
    QTest::keyClicks(
        setup->findChild<QLineEdit *>(u"setupTraktSecretEdit"_s), u"fake-client-secret"_s);
    QSignalSpy traktLoggedIn(setup, &SetupWizard::traktLoggedIn);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"setupTraktLoginButton"_s), Qt::LeftButton);
    TraktLoginDialog *login = setup->traktLoginDialog();
    QVERIFY(login);
    QTRY_VERIFY2(!login->userCode().isEmpty(), qPrintable(login->errorText()));
    QVERIFY(m_opened.last().path().endsWith(u"/activate"_s)); // the browser was asked to open it
    QVERIFY(shot(login, u"03-trakt-device-code"_s));
    fakes.trakt().approve();
    QVERIFY(traktLoggedIn.wait(20000));
    auto *traktStatus = setup->findChild<QLabel *>(u"setupTraktStatus"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        traktStatus->text().contains(u"alice_t"_s), qPrintable(traktStatus->text()), 20000);
    QCOMPARE(app.readSecret(SecretKey::TraktAccessToken), fakes.trakt().latestAccessToken());
    QVERIFY(shot(setup, u"04-trakt-logged-in"_s));

    // 3. AniList: the token checked with AniList, its user and expiry shown.
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::AniListPage));
    setup->findChild<QLineEdit *>(u"setupAniListClientIdEdit"_s)->setText(u"31337"_s);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"setupAniListPinButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened.last().host(), u"anilist.co"_s);
    QVERIFY(m_opened.last().query().contains(u"client_id=31337"_s));
    QSignalSpy aniListLoggedIn(setup, &SetupWizard::aniListLoggedIn);
    QTest::keyClicks(setup->findChild<QLineEdit *>(u"setupAniListTokenEdit"_s), library.token);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"setupAniListSaveButton"_s), Qt::LeftButton);
    QVERIFY(aniListLoggedIn.wait(20000));
    QCOMPARE(setup->focusWidget(), setup->button(QWizard::NextButton)); // Enter goes on
    auto *aniListStatus = setup->findChild<QLabel *>(u"setupAniListStatus"_s);
    QVERIFY2(aniListStatus->text().contains(library.userName), qPrintable(aniListStatus->text()));
    QVERIFY2(aniListStatus->text().contains(QString::number(QDate::currentDate().year() + 1)),
        qPrintable(aniListStatus->text())); // the expiry, a year from now
    QVERIFY(shot(setup, u"05-anilist-logged-in"_s));

    // 4. The mapping data: every source downloads as the page opens, with progress.
    QSignalSpy imported(window->mappingUpdater(), &MappingUpdater::finished);
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::DataPage));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 3, 60000);
    for (const QList<QVariant> &args : std::as_const(imported))
        QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
    QTRY_VERIFY(!setup->findChild<QLabel *>(u"setupDataSummary"_s)->text().isEmpty());
    QVERIFY(shot(setup, u"06-mapping-data"_s));
    QVERIFY(shot(window, u"06-dashboard-after-import"_s));
    QCOMPARE(placeOf("anibridgeUpdateButton"), updateButtonAt);
    QCOMPARE(placeOf("recentProgressCard"), recentAt);

    // 4b. What to sync besides first plays: four switches, all off unless chosen.
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::ExtrasPage));
    for (const char *name : { "extrasRewatchesCheck", "extrasRatingsCheck", "extrasWatchlistCheck",
             "extrasDroppedCheck" }) {
        auto *box = setup->currentPage()->findChild<QCheckBox *>(QLatin1String(name));
        QVERIFY2(box && !box->isChecked(), name);
    }
    QVERIFY(shot(setup, u"06b-what-to-sync"_s));

    // 5. The first sync, with a sentence per mode; Finish opens its preview.
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::SyncPage));
    QCOMPARE(ExtrasRules::configured(QSettings()), SyncExtras()); // off stays off
    QVERIFY(shot(setup, u"07-first-sync"_s));
    SyncController *sync = app.app->syncController();
    QSignalSpy previewOpened(sync, &SyncController::previewOpened);
    setup->button(QWizard::FinishButton)->click();
    QVERIFY(previewOpened.wait(60000));
    PreviewDialog *preview = sync->currentPreview();
    QVERIFY(preview);
    const int planned = int(preview->plan().plays.size());
    QVERIFY(planned > 3);
    bool moviePlanned = false;
    for (const PlannedPlay &play : preview->plan().plays)
        moviePlanned = moviePlanned || play.anilistId == brokenMovie.anilistId;
    QVERIFY(moviePlanned);
    const QString nothingSent = text("Tsuzuki::PreviewDialog",
        "Nothing has been sent to Trakt yet. Untick what should not be posted, then press Post.");
    QCOMPARE(preview->headerText(), nothingSent);
    QVERIFY(shot(preview, u"08-preview"_s));

    // 6. Post: the result lists what Trakt took and the one play it did not find.
    QSignalSpy resultReady(sync, &SyncController::resultReady);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QVERIFY(resultReady.wait(60000));
    const RunResult first = resultReady.last().at(0).value<RunResult>();
    QCOMPARE(first.count(RunResultItem::Outcome::NotFound), 1);
    QCOMPARE(first.count(RunResultItem::Outcome::Posted), planned - 1);
    QCOMPARE(int(fakes.trakt().history().size()), planned - 1);
    QVERIFY(fakes.trakt().duplicatePlays().isEmpty());
    QTRY_VERIFY(preview->headerText() != nothingSent);
    QVERIFY2(preview->headerText().contains(QString::number(planned - 1)),
        qPrintable(preview->headerText()));
    QVERIFY(shot(preview, u"09-result"_s));

    // 7. "Fix mapping…" on it: the movie's trakt.tv address is looked up, then saved.
    QVERIFY(preview->selectResultItem(brokenMovie.anilistId));
    QTest::mouseClick(
        preview->findChild<QPushButton *>(u"previewFixMappingButton"_s), Qt::LeftButton);
    MappingDialog *fix = nullptr;
    QTRY_VERIFY((fix = preview->findChild<MappingDialog *>()) && fix->isVisible());
    QCOMPARE(fix->findChild<QLineEdit *>(u"anilistIdEdit"_s)->text(),
        QString::number(brokenMovie.anilistId));
    QSignalSpy lookedUp(fix, &MappingDialog::lookedUp);
    auto *traktField = fix->findChild<QLineEdit *>(u"traktIdEdit"_s);
    traktField->clear();
    QTest::keyClicks(traktField, u"https://trakt.tv/movies/%1"_s.arg(movie->ids.slug));
    QTest::keyClick(traktField, Qt::Key_Tab); // leaving the field looks it up
    QTRY_VERIFY_WITH_TIMEOUT(
        fix->lookupText(MappingDialog::Field::Trakt).contains(movie->title), 20000);
    QVERIFY2(fix->lookupText(MappingDialog::Field::Trakt).contains(QString::number(movie->year)),
        qPrintable(fix->lookupText(MappingDialog::Field::Trakt)));
    // The "→ Title (year)" lines made the dialog taller, not the fields flatter.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(traktField->height(), traktField->sizeHint().height());
    QVERIFY(shot(fix, u"10-fix-mapping"_s));
    QSignalSpy saved(window->mappingsTab(), &MappingsTab::saved);
    fix->accept();
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.last().at(0).toLongLong(), qint64(brokenMovie.anilistId));
    QTRY_VERIFY(!preview->findChild<QPushButton *>(u"previewFixMappingButton"_s)->isEnabled());
    QVERIFY(shot(preview, u"11-result-mapping-fixed"_s));
    preview->accept();

    // 8. The next run (of that title: the full sync's window has moved past its activity) posts
    // exactly that play, to the right movie, once.
    window->activateWindow();
    auto *showEdit = window->dashboardTab()->findChild<QLineEdit *>(u"syncShowEdit"_s);
    QTest::keyClicks(showEdit, u"https://anilist.co/anime/%1/"_s.arg(brokenMovie.anilistId));
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"showSyncButton"_s), Qt::LeftButton);
    QVERIFY(previewOpened.wait(60000));
    preview = sync->currentPreview();
    QCOMPARE(preview->plan().plays.size(), 1);
    QCOMPARE(preview->plan().plays.first().anilistId, qint64(brokenMovie.anilistId));
    QCOMPARE(preview->plan().plays.first().traktId.value_or(0), movie->ids.trakt);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QVERIFY(resultReady.wait(60000));
    QCOMPARE(resultReady.last().at(0).value<RunResult>().count(RunResultItem::Outcome::Posted), 1);
    QCOMPARE(int(fakes.trakt().history().size()), planned);
    int moviePlays = 0;
    for (const FakeTraktPlay &p : fakes.trakt().history())
        moviePlays += p.isMovie && p.movieTrakt == movie->ids.trakt ? 1 : 0;
    QCOMPARE(moviePlays, 1);
    QVERIFY(fakes.trakt().duplicatePlays().isEmpty());
    QVERIFY(shot(preview, u"12-next-run-result"_s));
    preview->accept();

    // 9. The dashboard at 1024×700: logged in, data imported, nothing sideways.
    window->showTab(MainWindow::Tab::Dashboard);
    QSignalSpy reloaded(window->dashboardTab(), &DashboardTab::reloaded);
    window->dashboardTab()->reload();
    QVERIFY(reloaded.wait(20000));
    QTRY_VERIFY(traktAccount->text().contains(u"alice_t"_s));
    QCOMPARE(window->findChild<QPushButton *>(u"traktAccountButton"_s)->text(),
        text("Tsuzuki::DashboardTab", "Log out"));
    auto *scroll = window->findChild<QScrollArea *>(u"dashboardScroll"_s);
    QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
        qPrintable(u"%1 > %2"_s.arg(scroll->widget()->minimumSizeHint().width())
                       .arg(scroll->viewport()->width())));
    QVERIFY(window->width() <= 1024);
    QVERIFY(shot(window, u"13-dashboard"_s));
    QCOMPARE(placeOf("anibridgeUpdateButton"), updateButtonAt);
    QCOMPARE(placeOf("recentProgressCard"), recentAt);

    // 10. The activity log says what happened: imports, logins, both runs (the first one needs
    // attention: a warning).
    window->showTab(MainWindow::Tab::Logs);
    QVERIFY(shot(window, u"14-logs"_s));
    auto logDb = Database::open(db.spec(), u"journey-logs"_s);
    QVERIFY(logDb);
    auto tail = LogRepository(*logDb.value()).tail(100);
    QVERIFY(tail);
    int imports = 0;
    int logins = 0;
    int warnings = 0;
    for (const LogEntry &e : tail.value()) {
        imports += e.level == u"success"_s
                && (e.message.contains(u"Otaku"_s) || e.message.contains(u"Fribbs"_s)
                    || e.message.contains(u"AniBridge"_s))
            ? 1
            : 0;
        logins += e.message.contains(u"alice_t"_s) || e.message.contains(library.userName) ? 1 : 0;
        warnings += e.level == u"warn"_s ? 1 : 0;
    }
    QVERIFY2(imports >= 3, qPrintable(QString::number(imports)));
    QVERIFY2(logins >= 2, qPrintable(QString::number(logins)));
    QVERIFY2(warnings >= 1, qPrintable(QString::number(warnings)));
}

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"

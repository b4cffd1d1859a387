#include "core/store/databasethread.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/fileserver.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/dialogs/mappingexplaindialog.h"
#include "ui/mainwindow.h"
#include "ui/models/logfilterproxy.h"
#include "ui/models/logmodel.h"
#include "ui/models/mappingmodel.h"
#include "ui/models/overridemodel.h"
#include "ui/models/progressmodel.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tabs/logstab.h"
#include "ui/tabs/mappingstab.h"
#include "ui/tabs/overridestab.h"
#include "ui/tabs/progresstab.h"

#include "core/store/configrepository.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/store/progressrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mappingsListAndFilter();
    void mappingAddFromPastedUrls();
    void mappingDialogOpenAtQuit();
    void mappingValidationNextToField_data();
    void mappingValidationNextToField();
    void mappingEditAndDelete();
    void needsMappingFix();
    void mappingDetailsExplain();
    void overridesUpsertAndDelete();
    void overrideValidation();
    void progressLookupAndRunbook();
    void logsLiveFilterPauseCopy();
    void dashboardCards();

private:
    Database &db() { return *m_direct; }
    void openWindow();
    /// Opens the window on the Mappings tab and clicks Add...; null when the dialog did not show.
    MappingDialog *openAddMappingDialog();
    bool selectRowWith(QTableView *view, int column, const QString &text);
    QString testFilePath(const QString &name, const QByteArray &content);

    QTemporaryDir m_home;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_direct; // the test's own connection, to seed and check rows
    /// Everything the database thread was asked before this call has been done.
    void flushDatabase();

    std::unique_ptr<AppFixture> m_app;
    MainWindow *m_window = nullptr;
    /// The services the app talks to: the mapping dialog looks titles up on AniList and Trakt.
    FakeServices m_fakes;
};

void TestTabs::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    QVERIFY(m_fakes.listen());
    m_fakes.exportEnvironment();
    qputenv("TRAKT_CLIENT_ID", "fake-client-id"); // the fake's (FakeTrakt::setClientCredentials)
    // The titles the tabs' forms look up (the ids the tests type or paste).
    const QByteArray scenario = R"({
        "anilist": {"media": [
            {"id": 16498, "idMal": 16498, "format": "TV", "episodes": 25,
             "title": {"romaji": "Shingeki no Kyojin", "english": "Attack on Titan"}},
            {"id": 21, "idMal": 21, "format": "TV", "episodes": 1100,
             "title": {"romaji": "ONE PIECE", "english": "ONE PIECE"}},
            {"id": 99999, "format": "TV", "episodes": 12,
             "title": {"romaji": "Obscure Show", "english": null}}]},
        "trakt": {"shows": [
            {"title": "Attack on Titan", "year": 2013, "ids": {"trakt": 1420, "tmdb": 1429},
             "seasons": [{"number": 1, "episodeCount": 25, "firstAbs": 1}]},
            {"title": "One Piece", "year": 1999, "ids": {"trakt": 37696, "tmdb": 37854},
             "seasons": [{"number": 1, "episodeCount": 61, "firstAbs": 1}]},
            {"title": "Obscure Show", "year": 2020, "ids": {"trakt": 4242},
             "seasons": [{"number": 1, "episodeCount": 12, "firstAbs": 1}]}]}
    })";
    QString error;
    QVERIFY2(m_fakes.loadScenario(QJsonDocument::fromJson(scenario).object(), &error),
        qPrintable(error));
}

void TestTabs::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    TSUZUKI_VERIFY_DB(*m_testDb);
    m_direct = m_testDb->open(u"test-direct"_s);
    QVERIFY(m_direct);
}

void TestTabs::cleanup()
{
    m_window = nullptr;
    m_app.reset();
    m_direct.reset();
    m_testDb.reset();
    m_fakes.trakt().clearFaults(); // a test that stopped early leaves no fault to the next one
}

void TestTabs::openWindow()
{
    m_app = std::make_unique<AppFixture>();
    m_app->useDatabase(m_testDb->spec());
    QVERIFY(m_app->start());
    m_window = m_app->window();
    m_window->show();
}

void TestTabs::flushDatabase()
{
    bool done = false;
    QObject context;
    m_app->app->database()->call<Result<void>>(
        &context, [](Database &) { return Result<void>(); },
        [&done](const Result<void> &) { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
}

MappingDialog *TestTabs::openAddMappingDialog()
{
    openWindow();
    if (!m_window)
        return nullptr;
    MappingsTab *tab = m_window->mappingsTab();
    m_window->showTab(MainWindow::Tab::Mappings);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"addMappingButton"_s), Qt::LeftButton);
    auto *dialog = tab->findChild<MappingDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

bool TestTabs::selectRowWith(QTableView *view, int column, const QString &text)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, column).data().toString() == text) {
            view->selectRow(r);
            return true;
        }
    }
    return false;
}

QString TestTabs::testFilePath(const QString &name, const QByteArray &content)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

static Mapping mapping(qint64 anilist, qint64 trakt, bool manual)
{
    Mapping m;
    m.anilistId = anilist;
    m.traktId = trakt;
    m.isManual = manual;
    return m;
}

void TestTabs::mappingsListAndFilter()
{
    QVERIFY(MappingRepository(db()).saveManual(mapping(21, 37696, true)).ok());
    QVERIFY(MappingRepository(db()).saveAuto(mapping(5114, 73255, false)).ok());
    QVERIFY(MappingRepository(db()).saveAuto(mapping(16498, 1420, false)).ok());
    openWindow();
    MappingsTab *tab = m_window->mappingsTab();
    QAbstractItemModelTester tester(
        tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(tab->model()->rowCount(), 3);
    m_window->showTab(MainWindow::Tab::Mappings);
    auto *filter = tab->findChild<QLineEdit *>(u"mappingsFilter"_s);
    QTest::keyClicks(filter, u"73255"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->index(0, MappingModel::AniListId).data().toString(), u"5114"_s);
    filter->clear();
    QCOMPARE(tab->proxy()->rowCount(), 3);
    QVERIFY(saveScreenshot(m_window, u"tab-mappings"_s));
}

void TestTabs::mappingAddFromPastedUrls()
{
    MappingDialog *dialog = openAddMappingDialog();
    QVERIFY(dialog);
    MappingsTab *tab = m_window->mappingsTab();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"anilistIdEdit"_s),
        u"https://anilist.co/anime/16498/Shingeki-no-Kyojin/"_s);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(u"traktIdEdit"_s), u"https://trakt.tv/shows/1420"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tmdbIdEdit"_s),
        u"https://www.themoviedb.org/tv/1429-attack-on-titan"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"imdbIdEdit"_s),
        u"https://www.imdb.com/title/tt2560140/"_s);
    // Both required ids are looked up: the dialog names what they point to.
    QTRY_VERIFY(dialog->findChild<QLabel *>(u"anilistIdEditFound"_s)
                    ->text()
                    .contains(u"Attack on Titan"_s));
    QTRY_VERIFY(dialog->findChild<QLabel *>(u"traktIdEditFound"_s)
                    ->text()
                    .contains(u"Attack on Titan (2013)"_s));
    QVERIFY(saveScreenshot(dialog, u"dialog-mapping-add"_s));
    QSignalSpy saved(tab, &MappingsTab::saved);
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(0).at(0).toLongLong(), 16498);
    const auto stored = MappingRepository(db()).get(16498);
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->traktId.value_or(0), 1420);
    QCOMPARE(stored.value()->tmdbId.value_or(0), 1429);
    QCOMPARE(stored.value()->imdbId, u"tt2560140"_s);
    QVERIFY(!stored.value()->tvdbId.has_value());
    QVERIFY(stored.value()->isManual);
    QTRY_COMPARE(tab->model()->rowCount(), 1);
}

void TestTabs::mappingDialogOpenAtQuit()
{
    // Quitting (tray → Quit) with a half-typed mapping open: the dialog goes with the window, and
    // the focused field losing its focus on the way out looks nothing up.
    MappingDialog *dialog = openAddMappingDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *anilist = dialog->findChild<QLineEdit *>(u"anilistIdEdit"_s);
    anilist->setFocus();
    QTRY_VERIFY(anilist->hasFocus());
    QTest::keyClicks(anilist, u"https://anilist.co/anime/16498"_s);
    QPointer<MappingDialog> alive(dialog);
    m_window = nullptr;
    m_app.reset();
    QVERIFY(alive.isNull());
}

void TestTabs::mappingValidationNextToField_data()
{
    QTest::addColumn<QString>("anilist");
    QTest::addColumn<QString>("trakt");
    QTest::addColumn<QString>("tvdb");
    QTest::addColumn<int>("badField");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("anilist missing") << QString() << u"1420"_s << QString()
                                     << int(MappingDialog::Field::AniList) << u"AniList"_s;
    QTest::newRow("manga url") << u"https://anilist.co/manga/30013"_s << u"1420"_s << QString()
                               << int(MappingDialog::Field::AniList) << u"manga"_s;
    QTest::newRow("trakt missing")
        << u"21"_s << QString() << QString() << int(MappingDialog::Field::Trakt) << u"Trakt"_s;
    QTest::newRow("trakt forum page") << u"21"_s << u"https://trakt.tv/users/sean"_s << QString()
                                      << int(MappingDialog::Field::Trakt) << u"trakt.tv"_s;
    QTest::newRow("tvdb junk") << u"21"_s << u"37696"_s << u"abc"_s
                               << int(MappingDialog::Field::Tvdb) << u"TVDB"_s;
}

void TestTabs::mappingValidationNextToField()
{
    QFETCH(QString, anilist);
    QFETCH(QString, trakt);
    QFETCH(QString, tvdb);
    QFETCH(int, badField);
    QFETCH(QString, messagePart);
    openWindow();
    MappingsTab *tab = m_window->mappingsTab();
    MappingDialog *dialog = tab->addMapping();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"anilistIdEdit"_s), anilist);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"traktIdEdit"_s), trakt);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tvdbIdEdit"_s), tvdb);
    QSignalSpy accepted(dialog, &MappingDialog::mappingAccepted);
    dialog->accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog->isVisible());
    const QString message = dialog->fieldError(MappingDialog::Field(badField));
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    for (auto other : { MappingDialog::Field::AniList, MappingDialog::Field::Trakt,
             MappingDialog::Field::Tvdb }) {
        if (int(other) != badField)
            QVERIFY2(dialog->fieldError(other).isEmpty(), qPrintable(dialog->fieldError(other)));
    }
    if (QByteArray(QTest::currentDataTag()) == "trakt forum page")
        QVERIFY(saveScreenshot(dialog, u"dialog-mapping-invalid"_s));
    QCOMPARE(MappingRepository(db()).count().valueOr(-1), 0);
    dialog->reject();
}

void TestTabs::mappingEditAndDelete()
{
    QVERIFY(MappingRepository(db()).saveManual(mapping(21, 37696, true)).ok());
    openWindow();
    MappingsTab *tab = m_window->mappingsTab();
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    auto *view = tab->findChild<QTableView *>(u"mappingsView"_s);
    QVERIFY(selectRowWith(view, MappingModel::AniListId, u"21"_s));
    MappingDialog *dialog = tab->editSelected();
    QVERIFY(dialog);
    auto *anilist = dialog->findChild<QLineEdit *>(u"anilistIdEdit"_s);
    QCOMPARE(anilist->text(), u"21"_s);
    QVERIFY(anilist->isReadOnly());
    auto *tvdb = dialog->findChild<QLineEdit *>(u"tvdbIdEdit"_s);
    QTest::keyClicks(tvdb, u"https://thetvdb.com/dereferrer/series/81797"_s);
    QSignalSpy saved(tab, &MappingsTab::saved);
    QSignalSpy reloaded(tab, &MappingsTab::reloaded);
    dialog->accept();
    QVERIFY(saved.wait(10000));
    QCOMPARE(MappingRepository(db()).get(21).value()->tvdbId.value_or(0), 81797);
    QVERIFY(reloaded.count() > 0 || reloaded.wait(10000)); // the list shows the saved row
    QCOMPARE(tab->model()->index(0, MappingModel::TvdbId).data().toString(), u"81797"_s);

    // Delete: a "no" keeps it, a "yes" removes it.
    QTRY_VERIFY(selectRowWith(view, MappingModel::AniListId, u"21"_s));
    QString asked;
    tab->deleteSelected([&](const QString &question) {
        asked = question;
        return false;
    });
    QVERIFY(asked.contains(u"21"_s));
    flushDatabase(); // declined: nothing was asked of the database
    QVERIFY(MappingRepository(db()).get(21).value().has_value());
    QSignalSpy removed(tab, &MappingsTab::removed);
    tab->deleteSelected([](const QString &) { return true; });
    QVERIFY(removed.wait(10000));
    QVERIFY(!MappingRepository(db()).get(21).value().has_value());
    QTRY_COMPARE(tab->model()->rowCount(), 0);
}

void TestTabs::needsMappingFix()
{
    LedgerEntry e;
    e.runId = 1;
    e.anilistId = 99999;
    e.absEpisode = 3;
    e.targetKind = u"episode"_s;
    e.outcome = LedgerOutcome::NotFound;
    e.title = u"Obscure Show"_s;
    e.watchedAt = QDateTime::currentDateTimeUtc();
    const auto recorded = LedgerRepository(db()).record({ e });
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().toString()));
    openWindow();
    MappingsTab *tab = m_window->mappingsTab();
    auto *needs = tab->findChild<QTableWidget *>(u"needsMappingView"_s);
    QTRY_COMPARE(needs->rowCount(), 1);
    QCOMPARE(needs->item(0, 0)->text(), u"99999"_s);
    QCOMPARE(needs->item(0, 1)->text(), u"Obscure Show"_s);
    m_window->showTab(MainWindow::Tab::Mappings);
    QVERIFY(saveScreenshot(m_window, u"tab-mappings-needs-mapping"_s));
    MappingDialog *dialog = tab->fixNeedsMapping(0);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"anilistIdEdit"_s)->text(), u"99999"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"traktIdEdit"_s), u"4242"_s);
    QSignalSpy reloaded(tab, &MappingsTab::reloaded);
    dialog->accept();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(MappingRepository(db()).get(99999).value()->traktId.value_or(0), 4242);
    QTRY_COMPARE(needs->rowCount(), 0); // fixed: the next run retries it
}

void TestTabs::mappingDetailsExplain()
{
    // Two sources disagree on where AniList 108632 episode 1 is (TMDB S1E26 vs S1E27): the details
    // show each answer, the one that decided, and the disagreement.
    IdMapRow v3;
    v3.source = u"anibridge-v3"_s;
    v3.anilistId = 108632;
    v3.tmdbId = 65942;
    v3.tmdbType = u"tv"_s;
    v3.extra = uR"({"v3":[{"t":"tmdb_show:65942:s1","p":[[1,25,26,1]]}]})"_s;
    IdMapRow fribbs;
    fribbs.source = u"fribbs"_s;
    fribbs.anilistId = 108632;
    fribbs.tmdbId = 65942;
    fribbs.tmdbType = u"tv"_s;
    fribbs.tmdbSeason = 1;
    fribbs.tmdbOffset = 26;
    QVERIFY(IdMapRepository(db()).replaceSource(u"anibridge-v3"_s, { v3 }).ok());
    QVERIFY(IdMapRepository(db()).replaceSource(u"fribbs"_s, { fribbs }).ok());
    QVERIFY(MappingRepository(db()).saveManual(mapping(108632, 104310, true)).ok());
    openWindow();
    MappingsTab *tab = m_window->mappingsTab();
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    m_window->showTab(MainWindow::Tab::Mappings);
    auto *view = tab->findChild<QTableView *>(u"mappingsView"_s);
    view->selectRow(0);
    auto *button = tab->findChild<QPushButton *>(u"explainMappingButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = tab->findChild<MappingExplainDialog *>(u"mappingExplainDialog"_s);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->answersView()->rowCount(), 3); // mapping, AniBridge v3, Anime-Lists
    QCOMPARE(dialog->answersView()->item(1, 0)->text(), u"AniBridge v3"_s);
    QCOMPARE(dialog->answersView()->item(1, 4)->text(), u"S1E26 (tmdb)"_s);
    QVERIFY(dialog->answersView()->item(1, 5)->text().startsWith(dialog->tr("decided")));
    QCOMPARE(dialog->answersView()->item(2, 4)->text(), u"S1E27 (tmdb)"_s);
    auto *disagreements = dialog->findChild<QLabel *>(u"explainDisagreements"_s);
    QVERIFY(disagreements->isVisible());
    QVERIFY2(disagreements->text().contains(u"S1E27"_s), qPrintable(disagreements->text()));
    QVERIFY(saveScreenshot(dialog, u"dialog-mapping-details"_s));
    dialog->close();
}

void TestTabs::overridesUpsertAndDelete()
{
    QVERIFY(OverrideRepository(db()).upsert({ 37696, 13, 1, 13 }).ok());
    openWindow();
    OverridesTab *tab = m_window->overridesTab();
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    m_window->showTab(MainWindow::Tab::Overrides);
    auto *trakt = tab->findChild<QLineEdit *>(u"overrideTraktEdit"_s);
    auto *abs = tab->findChild<QSpinBox *>(u"overrideAbsSpin"_s);
    auto *season = tab->findChild<QSpinBox *>(u"overrideSeasonSpin"_s);
    auto *episode = tab->findChild<QSpinBox *>(u"overrideEpisodeSpin"_s);
    // Upsert on (trakt id, abs): same key, new target.
    trakt->setText(u"https://trakt.tv/shows/37696"_s);
    abs->setValue(13);
    season->setValue(2);
    episode->setValue(1);
    QSignalSpy saved(tab, &OverridesTab::saved);
    QSignalSpy reloaded(tab, &OverridesTab::reloaded);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"saveOverrideButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(reloaded.count() > 0 || reloaded.wait(10000));
    auto stored = OverrideRepository(db()).get(37696, 13);
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->season, 2);
    QCOMPARE(stored.value()->episode, 1);
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, OverrideModel::Season).data().toString(), u"2"_s);
    // A second key adds a row.
    abs->setValue(14);
    episode->setValue(2);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"saveOverrideButton"_s), Qt::LeftButton);
    QTRY_COMPARE(tab->model()->rowCount(), 2);
    QVERIFY(saveScreenshot(m_window, u"tab-overrides"_s));
    // Delete the selected one.
    auto *view = tab->findChild<QTableView *>(u"overridesView"_s);
    QVERIFY(selectRowWith(view, OverrideModel::AbsoluteEpisode, u"14"_s));
    QCOMPARE(abs->value(), 14); // selecting loads the editor
    QSignalSpy removed(tab, &OverridesTab::removed);
    tab->deleteSelected([](const QString &) { return true; });
    QVERIFY(removed.wait(10000));
    QVERIFY(!OverrideRepository(db()).get(37696, 14).value().has_value());
    QVERIFY(OverrideRepository(db()).get(37696, 13).value().has_value());
}

void TestTabs::overrideValidation()
{
    openWindow();
    OverridesTab *tab = m_window->overridesTab();
    auto *trakt = tab->findChild<QLineEdit *>(u"overrideTraktEdit"_s);
    auto *abs = tab->findChild<QSpinBox *>(u"overrideAbsSpin"_s);
    auto *season = tab->findChild<QSpinBox *>(u"overrideSeasonSpin"_s);
    auto *episode = tab->findChild<QSpinBox *>(u"overrideEpisodeSpin"_s);
    auto *error = tab->findChild<QLabel *>(u"overrideError"_s);
    QSignalSpy saved(tab, &OverridesTab::saved);

    // A slug needs Trakt's answer, and Trakt cannot be reached (it drops every connection): said,
    // nothing saved.
    m_fakes.trakt().addFault(u"GET"_s, u"^/(shows|movies)/"_s, FakeFault::drop(), -1);
    trakt->setText(u"https://trakt.tv/shows/attack-on-titan"_s);
    abs->setValue(5);
    season->setValue(1);
    episode->setValue(5);
    tab->saveFromEditor();
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(tab), 30000);
    QVERIFY2(error->text().contains(u"attack-on-titan"_s), qPrintable(error->text()));
    QCOMPARE(saved.count(), 0);
    m_fakes.trakt().clearFaults();
    season->setValue(0);
    episode->setValue(0);

    trakt->setText(u"37696"_s);
    abs->setValue(0);
    tab->saveFromEditor();
    QVERIFY(error->text().contains(u"absolute"_s, Qt::CaseInsensitive));

    abs->setValue(5);
    season->setValue(-1);
    tab->saveFromEditor();
    QVERIFY(error->text().contains(u"season"_s, Qt::CaseInsensitive));

    season->setValue(0);
    episode->setValue(0);
    tab->saveFromEditor();
    QVERIFY(error->text().contains(u"episode"_s, Qt::CaseInsensitive));
    flushDatabase();
    QCOMPARE(saved.count(), 0);
    QCOMPARE(OverrideRepository(db()).list().value().size(), 0);

    episode->setValue(5); // season 0 = specials is valid
    tab->saveFromEditor();
    QVERIFY(saved.wait(10000));
    QVERIFY(!error->isVisibleTo(tab));
}

void TestTabs::progressLookupAndRunbook()
{
    ProgressRepository progress(db());
    QVERIFY(progress.advance(21, 1100).ok());
    QVERIFY(progress.advance(5114, 64).ok());
    QVERIFY(ConfigRepository(db())
                .set(QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"1767225600"_s)
                .ok());
    openWindow();
    ProgressTab *tab = m_window->progressTab();
    QTRY_COMPARE(tab->model()->rowCount(), 2);
    m_window->showTab(MainWindow::Tab::Progress);
    QVERIFY(tab->findChild<QLabel *>(u"activityWindowLabel"_s)->text().contains(u"2026"_s));
    QVERIFY(saveScreenshot(m_window, u"tab-progress"_s));

    auto *lookup = tab->findChild<QLineEdit *>(u"progressLookupEdit"_s);
    QTest::keyClicks(lookup, u"https://anilist.co/anime/5114/Fullmetal-Alchemist-Brotherhood"_s);
    QTest::keyClick(lookup, Qt::Key_Return);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->index(0, ProgressModel::LastEpisode).data().toString(), u"64"_s);

    // Force resync: refused keeps the row; accepted deletes it.
    QString question;
    tab->forceResyncSelected([&](const QString &q) {
        question = q;
        return false;
    });
    QVERIFY(question.contains(u"5114"_s));
    QVERIFY(question.contains(u"64"_s));
    flushDatabase();
    QCOMPARE(progress.lastAbs(5114).valueOr(-1), 64);
    // The ledger's rows of the show go too (else its plays would still count as on Trakt).
    LedgerEntry posted;
    posted.runId = 1;
    posted.anilistId = 5114;
    posted.absEpisode = 64;
    posted.targetKind = u"episode"_s;
    posted.outcome = LedgerOutcome::Added;
    posted.watchedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(LedgerRepository(db()).record({ posted }).ok());
    QCOMPARE(LedgerRepository(db()).addedEpisodes({ 5114 }).value().value(5114).size(), 1);
    QSignalSpy reset(tab, &ProgressTab::progressReset);
    tab->forceResyncSelected([](const QString &) { return true; });
    QVERIFY(reset.wait(10000));
    QCOMPARE(progress.lastAbs(5114).valueOr(-1), 0);
    QCOMPARE(LedgerRepository(db()).addedEpisodes({ 5114 }).value().value(5114).size(), 0);
    QCOMPARE(progress.lastAbs(21).valueOr(-1), 1100);

    // A lookup of something without progress says so.
    lookup->clear();
    QTest::keyClicks(lookup, u"5114"_s);
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    QVERIFY(tab->lookup());
    QVERIFY(tab->findChild<QLabel *>(u"progressMessage"_s)->text().contains(u"no progress"_s));
    lookup->clear();
    QTest::keyClicks(lookup, u"https://anilist.co/manga/1"_s);
    QVERIFY(!tab->lookup());

    // Reprocess the activity window: lastSyncTimestamp = 0.
    QSignalSpy windowReset(tab, &ProgressTab::activityWindowReset);
    tab->reprocessActivityWindow([](const QString &) { return true; });
    QVERIFY(windowReset.wait(10000));
    QCOMPARE(
        ConfigRepository(db()).value(QString::fromLatin1(ConfigKey::LastSyncTimestamp)), u"0"_s);

    // Through the real button, the confirmation is a message box; Cancel does nothing.
    QTest::mouseClick(tab->findChild<QPushButton *>(u"reprocessWindowButton"_s), Qt::LeftButton);
    auto *box = tab->findChild<QMessageBox *>(u"reprocessWindowConfirm"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(saveScreenshot(box, u"dialog-reprocess-confirm"_s));
    box->button(QMessageBox::Cancel)->click();
}

void TestTabs::logsLiveFilterPauseCopy()
{
    LogRepository logs(db());
    QVERIFY(logs.append(QString::fromLatin1(LogLevel::Info), u"Sync started"_s).ok());
    QVERIFY(logs.append(QString::fromLatin1(LogLevel::Error), u"Trakt said 423"_s).ok());
    openWindow();
    LogsTab *tab = m_window->logsTab();
    QAbstractItemModelTester tester(
        tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(tab->model()->rowCount(), 2);
    m_window->showTab(MainWindow::Tab::Logs);

    // Live: a row written by someone else shows up within a few seconds (SQLite polling, PostgreSQL
    // NOTIFY).
    QVERIFY(logs.append(QString::fromLatin1(LogLevel::Success), u"Posted 12 plays"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 3, 5000);
    QCOMPARE(tab->model()->index(2, LogModel::Message).data().toString(), u"Posted 12 plays"_s);
    const QString time = tab->model()->index(2, LogModel::Time).data().toString();
    QVERIFY2(time.endsWith(QDateTime::currentDateTime().timeZoneAbbreviation()), qPrintable(time));

    // Level filter and search.
    auto *level = tab->findChild<QComboBox *>(u"logLevelCombo"_s);
    level->setCurrentIndex(level->findData(u"error"_s));
    QCOMPARE(tab->proxy()->rowCount(), 1);
    level->setCurrentIndex(0);
    QTest::keyClicks(tab->findChild<QLineEdit *>(u"logSearchEdit"_s), u"posted"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    tab->findChild<QLineEdit *>(u"logSearchEdit"_s)->clear();
    QCOMPARE(tab->proxy()->rowCount(), 3);

    // Pause holds new rows back; resume brings them.
    QTest::mouseClick(tab->findChild<QPushButton *>(u"logPauseButton"_s), Qt::LeftButton);
    QVERIFY(tab->isPaused());
    QSignalSpy seen(m_app->app->database(), &DatabaseThread::logsAdded);
    QVERIFY(logs.append(QString::fromLatin1(LogLevel::Info), u"While paused"_s).ok());
    QVERIFY(seen.wait(10000)); // the watcher saw the new row; the paused tab must not show it
    QCoreApplication::processEvents();
    QCOMPARE(tab->model()->rowCount(), 3);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"logPauseButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 4, 5000);

    // Copy: all visible rows when nothing is selected, tab-separated.
    const QString copied = tab->copyRows();
    QCOMPARE(copied.count(u'\n'), 3);
    QVERIFY(copied.contains(u"error\tTrakt said 423"_s));
    QCOMPARE(QApplication::clipboard()->text(), copied);
    QVERIFY(saveScreenshot(m_window, u"tab-logs"_s));
}

void TestTabs::dashboardCards()
{
    ConfigRepository config(db());
    QVERIFY(config
                .setTimestamp(QString::fromLatin1(ConfigKey::SyncLastRun),
                    QDateTime::currentDateTimeUtc().addSecs(-3600))
                .ok());
    QVERIFY(ProgressRepository(db()).advance(21, 1100).ok());
    openWindow();
    DashboardTab *tab = m_window->dashboardTab();
    auto *lastManual = tab->findChild<QLabel *>(u"lastManualLabel"_s);
    QTRY_VERIFY(lastManual->text().contains(u"hour"_s));
    QCOMPARE(tab->findChild<QLabel *>(u"lastAutoLabel"_s)->text(), u"never"_s);
    QCOMPARE(tab->findChild<QTableWidget *>(u"recentProgressView"_s)->rowCount(), 1);

    // Sync one show accepts a pasted AniList address; junk is refused next to the field.
    QSignalSpy show(tab, &DashboardTab::showSyncRequested);
    auto *edit = tab->findChild<QLineEdit *>(u"syncShowEdit"_s);
    QTest::keyClicks(edit, u"https://anilist.co/manga/2"_s);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"showSyncButton"_s), Qt::LeftButton);
    QCOMPARE(show.count(), 0);
    QVERIFY(tab->findChild<QLabel *>(u"syncShowError"_s)->isVisibleTo(tab));
    edit->clear();
    QTest::keyClicks(edit, u"https://anilist.co/anime/21/ONE-PIECE"_s);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"showSyncButton"_s), Qt::LeftButton);
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.at(0).at(0).toLongLong(), 21);

    // Update a mapping source from a local file (the download path ends in the same import).
    const QString fribbs = sharedDataPath(u"mappings/fribb-anime-list-full.reconstructed.json"_s);
    QVERIFY2(QFile::exists(fribbs), qPrintable(fribbs));
    QSignalSpy updated(tab, &DashboardTab::sourceUpdated);
    tab->updateSource(MappingSource::Fribbs, fribbs);
    QVERIFY(tab->findChild<QProgressBar *>(u"fribbsProgress"_s)->isVisibleTo(tab));
    QVERIFY(updated.wait(120000));
    QVERIFY2(updated.at(0).at(1).toBool(), qPrintable(updated.at(0).at(2).toString()));
    QTRY_COMPARE(
        tab->findChild<QLabel *>(u"fribbsEntriesLabel"_s)->text(), QLocale().toString(20471));
    QVERIFY(!tab->findChild<QLabel *>(u"fribbsImportedLabel"_s)->text().contains(u"never"_s));
    // A broken file fails with a message on the card; the imported rows stay.
    QSignalSpy failed(tab, &DashboardTab::sourceUpdated);
    tab->updateSource(MappingSource::Fribbs, testFilePath(u"broken.json"_s, "{ not json"));
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    QVERIFY(tab->findChild<QLabel *>(u"fribbsMessage"_s)->isVisibleTo(tab));
    QCOMPARE(IdMapRepository(db()).count(u"fribbs"_s).valueOr(0), 20471);

    // The Update button downloads through MappingDownloader (the CLI's path): from a loopback
    // server, with progress, then the import. An HTML page instead of the file is refused.
    QFile reduced(fribbs);
    QVERIFY(reduced.open(QIODevice::ReadOnly));
    FileServer server;
    QVERIFY(server.listen());
    server.add(u"/fribbs.json"_s, { 200, "application/json"_ba, reduced.readAll() });
    server.add(u"/login"_s,
        { 200, "text/html"_ba, "<!DOCTYPE html><html><body>Sign in</body></html>"_ba });
    const QByteArray fribbsUrl = qgetenv("TSUZUKI_FRIBBS_URL"); // the suite's offline address
    qputenv("TSUZUKI_FRIBBS_URL", server.url(u"/login"_s).toString().toUtf8());
    QSignalSpy refused(tab, &DashboardTab::sourceUpdated);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"fribbsUpdateButton"_s), Qt::LeftButton);
    QVERIFY(refused.wait(60000));
    QCOMPARE(refused.at(0).at(1).toBool(), false);
    QVERIFY2(refused.at(0).at(2).toString().contains(u"HTML"_s, Qt::CaseInsensitive),
        qPrintable(refused.at(0).at(2).toString()));
    qputenv("TSUZUKI_FRIBBS_URL", server.url(u"/fribbs.json"_s).toString().toUtf8());
    QSignalSpy downloaded(tab, &DashboardTab::sourceUpdated);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"fribbsUpdateButton"_s), Qt::LeftButton);
    QVERIFY(downloaded.wait(120000));
    qputenv("TSUZUKI_FRIBBS_URL", fribbsUrl);
    QVERIFY2(downloaded.at(0).at(1).toBool(), qPrintable(downloaded.at(0).at(2).toString()));
    QVERIFY(IdMapRepository(db()).count(u"fribbs"_s).valueOr(0) > 0);
    QVERIFY(tab->findChild<QPushButton *>(u"fribbsUpdateButton"_s)->isEnabled());
    m_window->showTab(MainWindow::Tab::Dashboard);
    QVERIFY(saveScreenshot(m_window, u"tab-dashboard"_s));
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"

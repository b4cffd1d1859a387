#include "core/common/autostart.h"
#include "core/common/settingskeys.h"
#include "core/common/singleinstance.h"
#include "core/store/databasethread.h"
#include "core/sync/extrasrules.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"

#include "core/auth/secretstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOnFreshDatabase();
    void menusAndShortcuts();
    void aboutBox();
    void geometryIsRemembered();
    void settingsTestConnectionSqlite();
    void settingsChoosesAnotherSqliteFile();
    void settingsTestConnectionFailureSaysWhat_data();
    void settingsTestConnectionFailureSaysWhat();
    void settingsSavesPasswordToKeychainNotSettings();
    void settingsRejectsBadUri();
    void settingsOffersVerifyFull();
    void settingsPagesSave();
    void singleInstanceForwardsActivation();

private:
    /// The app as main() builds it (real keychain, the test's database), started.
    struct Fixture
    {
        std::unique_ptr<TestDatabase> db;
        std::unique_ptr<AppFixture> app;
        MainWindow *window = nullptr;
        DatabaseThread *worker = nullptr;
    };
    Fixture makeWindow();

    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    QSettings().clear();
}

TestMainWindow::Fixture TestMainWindow::makeWindow()
{
    Fixture f;
    f.db = std::make_unique<TestDatabase>();
    f.app = std::make_unique<AppFixture>();
    if (f.db->isValid())
        f.app->useDatabase(f.db->spec());
    const bool opened = f.app->start();
    if (!opened)
        qWarning("the app did not open the test database");
    f.window = f.app->window();
    f.worker = f.app->app->database();
    return f;
}

void TestMainWindow::opensOnFreshDatabase()
{
    Fixture f = makeWindow();
    TSUZUKI_VERIFY_DB(*f.db);
    QVERIFY(QTest::qWaitForWindowExposed(f.window));
    QVERIFY(f.worker->isOpen());
    QSignalSpy dashboard(f.window->dashboardTab(), &DashboardTab::reloaded);
    f.window->dashboardTab()->reload();
    QVERIFY(dashboard.wait(20000));

    auto *tabs = f.window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 5);
    const QStringList tabNames { u"dashboardTab"_s, u"mappingsTab"_s, u"overridesTab"_s,
        u"progressTab"_s, u"logsTab"_s };
    for (int i = 0; i < tabNames.size(); ++i)
        QCOMPARE(tabs->widget(i)->objectName(), tabNames.at(i));

    auto *dbLabel = f.window->findChild<QLabel *>(u"statusDatabaseLabel"_s);
    QVERIFY(dbLabel);
    QTRY_VERIFY(dbLabel->text().contains(f.db->spec().toDisplayString()));

    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(saveScreenshot(f.window, u"mainwindow-"_s + tabNames.at(i)));
    }
    tabs->setCurrentIndex(0);
    QVERIFY(saveScreenshot(f.window, u"mainwindow"_s));
}

void TestMainWindow::menusAndShortcuts()
{
    Fixture f = makeWindow();
    QStringList menus;
    for (QAction *action : f.window->menuBar()->actions())
        menus << action->text().remove(u'&');
    QCOMPARE(menus, (QStringList { u"Sync"_s, u"View"_s, u"Settings"_s, u"Help"_s }));

    auto *quit = f.window->findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    QSignalSpy quitSpy(f.window, &MainWindow::quitRequested);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowActive(f.window));
    QTest::keyClick(f.window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quitSpy.count(), 1);

    auto *tabs = f.window->findChild<QTabWidget *>(u"mainTabs"_s);
    auto *viewLogs = f.window->findChild<QAction *>(u"actionViewLogs"_s);
    QVERIFY(viewLogs);
    viewLogs->trigger();
    QCOMPARE(tabs->currentWidget()->objectName(), u"logsTab"_s);
    QVERIFY(f.window->findChild<QAction *>(u"actionAbout"_s));
    QVERIFY(f.window->findChild<QAction *>(u"actionSettings"_s));
}

void TestMainWindow::aboutBox()
{
    Fixture f = makeWindow();
    f.window->show();
    f.window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *box = f.window->findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(TSUZUKI_VERSION)));
    QVERIFY(saveScreenshot(box, u"dialog-about"_s));
    box->close();
}

void TestMainWindow::geometryIsRemembered()
{
    {
        Fixture f = makeWindow();
        f.window->resize(900, 640);
        f.window->showTab(MainWindow::Tab::Progress);
        f.window->close();
    }
    QVERIFY(QSettings().contains(QString::fromLatin1(MainWindow::GeometrySetting)));
    Fixture f = makeWindow();
    QCOMPARE(f.window->size(), QSize(900, 640));
    QCOMPARE(f.window->tabs()->currentWidget()->objectName(), u"progressTab"_s);
}

void TestMainWindow::settingsTestConnectionSqlite()
{
    Fixture f = makeWindow();
    TSUZUKI_VERIFY_DB(*f.db);
    QVERIFY(f.worker->isOpen());
    SettingsDialog *dialog = f.window->showSettings();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The page shows the database in use: the SQLite file, or the PostgreSQL URI without its
    // password.
    const bool postgres = f.db->spec().isPostgres();
    QCOMPARE(dialog->findChild<QRadioButton *>(u"sqliteRadio"_s)->isChecked(), !postgres);
    QCOMPARE(dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->isChecked(), postgres);
    auto *uri = dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s);
    QCOMPARE(uri->isEnabled(), postgres);
    if (postgres) {
        QCOMPARE(uri->text(), f.db->spec().toDisplayString());
        // The server wants a password: the one Settings keeps in the keychain.
        QVERIFY(f.app->storeSecrets(
            { { QString::fromLatin1(SecretKey::DatabasePassword), f.db->spec().password } }));
    }
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    auto *result = dialog->findChild<QLabel *>(u"testConnectionResult"_s);
    QVERIFY2(result->text().contains(postgres ? u"PostgreSQL"_s : u"SQLite"_s),
        qPrintable(result->text()));
    QVERIFY(result->text().contains(u"Schema version"_s));
    QVERIFY(saveScreenshot(
        dialog, u"dialog-settings-database-"_s + (postgres ? u"postgres"_s : u"sqlite"_s)));
    dialog->reject();
}

void TestMainWindow::settingsChoosesAnotherSqliteFile()
{
    Fixture f = makeWindow();
    SettingsDialog *dialog = f.window->showSettings();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto shownOnce = [dialog](const QString &text) {
        int shown = 0;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->isVisible() && label->text().contains(text) ? 1 : 0;
        return shown;
    };
    // The page names are not cut.
    auto *pages = dialog->findChild<QListWidget *>(u"settingsPageList"_s);
    QVERIFY(pages->viewport()->width() >= pages->sizeHintForColumn(0));
    QTemporaryDir dir;
    dialog->findChild<QRadioButton *>(u"sqliteRadio"_s)->click();
    auto *path = dialog->findChild<QLineEdit *>(u"sqlitePathEdit"_s);
    QVERIFY(path->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"sqliteBrowseButton"_s)->isEnabled());
    // A folder is refused with what to do, said once, and the dialog stays open.
    path->setText(dir.path());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(shownOnce(u"is a folder"_s), 1);
    // A new file name: the connection test creates and opens that database.
    const QString second = dir.filePath(u"second.sqlite"_s);
    path->setText(second);
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY(QFileInfo::exists(second));
    QCOMPARE(shownOnce(u"is a folder"_s), 0);
    // A file path in the PostgreSQL field is sent to the SQLite field, once.
    dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->click();
    QVERIFY(!path->isEnabled());
    // The SQLite test's answer does not stay beside the PostgreSQL fields.
    QVERIFY(dialog->findChild<QLabel *>(u"testConnectionResult"_s)->text().isEmpty());
    dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s)->setText(second);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(shownOnce(u"This is the path of a file"_s), 1);
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-database-file-in-uri"_s));
    dialog->reject();
}

void TestMainWindow::settingsTestConnectionFailureSaysWhat_data()
{
    QTest::addColumn<QString>("uriTemplate");
    QTest::addColumn<QString>("expected");
    // A port where nothing listens: "Nothing answered at host:port".
    QTest::newRow("refused") << u"postgresql://postgres@127.0.0.1:%1/postgres?sslmode=disable"_s
                             << u"Nothing answered at 127.0.0.1"_s;
    QTest::newRow("pooler")
        << u"postgresql://postgres.abc@127.0.0.1:6543/postgres?sslmode=disable"_s << u"6543"_s;
    QTest::newRow("dns") << u"postgresql://postgres@no-such-host.invalid:5432/postgres"_s
                         << u"no-such-host.invalid"_s;
}

void TestMainWindow::settingsTestConnectionFailureSaysWhat()
{
    QFETCH(QString, uriTemplate);
    QFETCH(QString, expected);
    // Find a free port, then close it so the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    Fixture f = makeWindow();
    f.window->show();
    SettingsDialog *dialog = f.window->showSettings();
    dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->click();
    auto *uri = dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s);
    QVERIFY(uri->isEnabled());
    uri->clear(); // it shows the database in use
    QTest::keyClicks(uri, uriTemplate.contains(u"%1"_s) ? uriTemplate.arg(port) : uriTemplate);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(u"databasePasswordEdit"_s), u"hunter2-secret"_s);
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(u"hunter2-secret"_s), "the password must never be shown");
    auto *result = dialog->findChild<QLabel *>(u"testConnectionResult"_s);
    QVERIFY(result->text().contains(expected));
    QVERIFY(saveScreenshot(dialog,
        u"dialog-settings-database-failed-"_s + QString::fromLatin1(QTest::currentDataTag())));
    dialog->reject();
}

void TestMainWindow::settingsSavesPasswordToKeychainNotSettings()
{
    Fixture f = makeWindow();
    f.window->show();
    SettingsDialog *dialog = f.window->showSettings();
    dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->click();
    dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s)->clear();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s),
        u"postgresql://postgres@127.0.0.1:1/tsuzuki?sslmode=disable"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"databasePasswordEdit"_s), u"s3cret-pw"_s);
    QSignalSpy changed(dialog, &SettingsDialog::databaseChanged);
    dialog->accept();
    QTRY_COMPARE(changed.count(), 1);
    // The password is in the real keychain (this test's service), nowhere else.
    QCOMPARE(f.app->readSecret(SecretKey::DatabasePassword), u"s3cret-pw"_s);
    const QString stored
        = QSettings().value(QString::fromLatin1(SettingsDialog::DatabaseUriSetting)).toString();
    QVERIFY2(stored.startsWith(u"postgresql://postgres@127.0.0.1:1/tsuzuki"_s), qPrintable(stored));
    QVERIFY(!stored.contains(u"s3cret-pw"_s));
    // The settings file itself never holds the password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-pw"));
    // The window reconnects and says what failed (nothing listens on port 1).
    auto *dbLabel = f.window->findChild<QLabel *>(u"statusDatabaseLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dbLabel->toolTip().contains(u"127.0.0.1"_s), 20000);
    QVERIFY(!f.worker->isOpen());
}

void TestMainWindow::settingsRejectsBadUri()
{
    Fixture f = makeWindow();
    f.window->show();
    SettingsDialog *dialog = f.window->showSettings();
    dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->click();
    dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s)->clear();
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s), u"mysql://root@localhost/db"_s);
    QSignalSpy changed(dialog, &SettingsDialog::databaseChanged);
    dialog->accept();
    auto *error = dialog->findChild<QLabel *>(u"databaseUriError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"postgresql://"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(changed.count(), 0);
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-database-invalid"_s));
}

void TestMainWindow::settingsOffersVerifyFull()
{
    // Issue 12, item 11: the database page offers sslmode=verify-full (the system's CAs unless the
    // URI names its own sslrootcert); the switch edits the URI, and the URI sets the switch.
    Fixture f = makeWindow();
    f.window->show();
    SettingsDialog *dialog = f.window->showSettings();
    dialog->findChild<QRadioButton *>(u"postgresRadio"_s)->click();
    auto *uri = dialog->findChild<QLineEdit *>(u"databaseUriEdit"_s);
    auto *verify = dialog->findChild<QCheckBox *>(u"verifyCertificateCheck"_s);
    QVERIFY(verify && verify->isEnabled());
    uri->clear();
    QTest::keyClicks(
        uri, u"postgresql://postgres.ref@aws-0-eu-central-1.pooler.supabase.com:5432/postgres"_s);
    QVERIFY(!verify->isChecked());
    verify->click();
    QVERIFY2(uri->text().contains(u"sslmode=verify-full"_s), qPrintable(uri->text()));
    const auto spec = DatabaseSpec::parse(uri->text());
    QVERIFY(spec);
    QVERIFY(
        spec.value().connectOptions().contains(u"sslrootcert="_s + DatabaseSpec::systemCaBundle()));
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-database-verify-full"_s));
    verify->click();
    QVERIFY(uri->text().contains(u"sslmode=require"_s));
    uri->setText(u"postgresql://me@db.example.org/app?sslmode=verify-full&sslrootcert=/ca.crt"_s);
    QVERIFY(verify->isChecked());
    dialog->reject();
}

void TestMainWindow::settingsPagesSave()
{
    Fixture f = makeWindow();
    f.window->show();
    SettingsDialog *dialog = f.window->showSettings();
    dialog->setExecutablePath(u"/opt/tsuzuki/bin/tsuzuki"_s);
    QSignalSpy applied(dialog, &SettingsDialog::settingsApplied);
    QSignalSpy changed(f.window, &MainWindow::settingsChanged);

    dialog->showPage(SettingsDialog::Page::Sync);
    dialog->findChild<QCheckBox *>(u"scheduleEnabledCheck"_s)->setChecked(true);
    dialog->findChild<QSpinBox *>(u"scheduleIntervalSpin"_s)->setValue(90);
    dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->setValue(50);
    dialog->findChild<QSpinBox *>(u"playsGuardSpin"_s)->setValue(800);
    // Beyond plays (issue 16): all off at first; Rounding only with Ratings; the rule line
    // follows the rounding.
    auto *ratings = dialog->findChild<QCheckBox *>(u"extrasRatingsCheck"_s);
    auto *watchlist = dialog->findChild<QCheckBox *>(u"extrasWatchlistCheck"_s);
    auto *rounding = dialog->findChild<QComboBox *>(u"extrasRoundingCombo"_s);
    auto *rule = dialog->findChild<QLabel *>(u"extrasRuleLabel"_s);
    for (const char *name : { "extrasRewatchesCheck", "extrasRatingsCheck", "extrasWatchlistCheck",
             "extrasDroppedCheck" })
        QVERIFY2(!dialog->findChild<QCheckBox *>(QLatin1String(name))->isChecked(), name);
    QVERIFY(!rounding->isEnabled());
    QVERIFY2(rule->text().contains(u"rounded to nearest"_s), qPrintable(rule->text()));
    QVERIFY2(rule->text().contains(u"7.5/10 → 8, 75/100 → 8, 2/3 → 7"_s), qPrintable(rule->text()));
    QTest::mouseClick(ratings, Qt::LeftButton, {}, QPoint(4, ratings->height() / 2));
    QVERIFY(ratings->isChecked());
    QVERIFY(rounding->isEnabled());
    rounding->setCurrentIndex(rounding->findData(int(RatingRounding::Down)));
    QVERIFY2(rule->text().contains(u"rounded down"_s), qPrintable(rule->text()));
    QVERIFY2(rule->text().contains(u"7.5/10 → 7, 75/100 → 7, 2/3 → 6"_s), qPrintable(rule->text()));
    QTest::mouseClick(watchlist, Qt::LeftButton, {}, QPoint(4, watchlist->height() / 2));
    QVERIFY(watchlist->isChecked());
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-sync"_s));
    dialog->showPage(SettingsDialog::Page::Sources);
    dialog->findChild<QLineEdit *>(u"fribbsUrlEdit"_s)
        ->setText(u"https://mirror.example/fribbs.json"_s);
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-sources"_s));
    dialog->showPage(SettingsDialog::Page::Desktop);
    dialog->findChild<QCheckBox *>(u"autostartCheck"_s)->setChecked(true);
    dialog->findChild<QCheckBox *>(u"startMinimizedCheck"_s)->setChecked(true);
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-desktop"_s));
    dialog->showPage(SettingsDialog::Page::Accounts);
    dialog->findChild<QLineEdit *>(u"tmdbKeyEdit"_s)->setText(u"tmdb-secret-key"_s);
    QVERIFY(saveScreenshot(dialog, u"dialog-settings-accounts"_s));
    dialog->accept();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(changed.count(), 1);

    QSettings settings;
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::ScheduleEnabled)).toBool(), true);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes)).toInt(), 90);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::BatchSize)).toInt(), 50);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::PlaysGuard)).toInt(), 800);
    QCOMPARE(
        ExtrasRules::configured(settings), SyncExtras(SyncExtra::Ratings | SyncExtra::Watchlist));
    QCOMPARE(ExtrasRules::configuredRounding(settings), RatingRounding::Down);
    // Every run (manual and scheduled) carries them.
    const SyncOptions options = f.app->app->syncController()->options();
    QCOMPARE(options.extras, SyncExtras(SyncExtra::Ratings | SyncExtra::Watchlist));
    QCOMPARE(options.rounding, RatingRounding::Down);
    {
        // Opened again, Settings shows what is stored.
        SettingsDialog *again = f.window->showSettings();
        QVERIFY(again->findChild<QCheckBox *>(u"extrasRatingsCheck"_s)->isChecked());
        QVERIFY(!again->findChild<QCheckBox *>(u"extrasDroppedCheck"_s)->isChecked());
        QCOMPARE(again->findChild<QComboBox *>(u"extrasRoundingCombo"_s)->currentData().toInt(),
            int(RatingRounding::Down));
        again->reject();
        ExtrasRules::configure(settings, {}, RatingRounding::Nearest);
    }
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::FribbsUrl)).toString(),
        u"https://mirror.example/fribbs.json"_s);
    QCOMPARE(settings.value(QString::fromLatin1(SettingsKey::StartMinimized)).toBool(), true);
    // The TMDB key went to the keychain, not the settings file.
    QTRY_COMPARE_WITH_TIMEOUT(
        f.app->readSecret(SecretKey::TmdbApiKey), u"tmdb-secret-key"_s, 20000);
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("tmdb-secret-key"));
    // Start at login: an XDG autostart entry that starts minimised.
    QVERIFY2(QFile::exists(Autostart::entryPath()), qPrintable(Autostart::entryPath()));
    QVERIFY(Autostart::entryPath().startsWith(m_home.path()));
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray text = entry.readAll();
    QVERIFY(text.contains("Exec=/opt/tsuzuki/bin/tsuzuki --minimized"));
    QVERIFY(text.contains("[Desktop Entry]"));
    QVERIFY(Autostart::setEnabled(false, {}));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

void TestMainWindow::singleInstanceForwardsActivation()
{
    const QString key = u"tsuzuki-test-%1"_s.arg(QCoreApplication::applicationPid());
    SingleInstance first(key);
    QVERIFY(!first.notifyRunningInstance(200)); // nobody there yet
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance second(key);
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(second.notifyRunningInstance(2000));
    QVERIFY(activated.wait(5000));

    // The Application's own instance brings its window forward when a second launch asks.
    Fixture f = makeWindow();
    ApplicationOptions options = AppFixture::testOptions();
    options.singleInstance = true;
    f.app->app.reset();
    QVERIFY(f.app->start(options));
    QVERIFY(f.app->app->claimInstance());
    QSignalSpy appActivated(f.app->app.get(), &Application::activated);
    f.app->window()->showMinimized();
    SingleInstance third;
    QCOMPARE(third.serverName(), f.app->app->instance()->serverName());
    QVERIFY(third.notifyRunningInstance(2000));
    QVERIFY(appActivated.wait(5000));
    QTRY_VERIFY(f.app->window()->isVisible() && !f.app->window()->isMinimized());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// What a first start and an ordinary day can run into, on the Application that main() builds with
// a real keyring (a private gnome-keyring of this test alone: the test changes its default
// collection) and the fake services:
//  - a keyring that is locked, or has no default collection, when Trakt's device login succeeds:
//    the problem is named, the login is kept, Retry stores it (no second device code);
//  - no browser can be started: the address with a Copy button;
//  - background runs (the tray's Sync now) never open a dialog; their notification opens the
//    result; the schedule off says so;
//  - a refused AniList token: a banner with "Log in again", the Accounts card no longer says
//    "Logged in", the activity log says so;
//  - closing the window to the tray is said once.
#include "core/common/settingskeys.h"
#include "core/common/translations.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/store/logrepository.h"
#include "core/sync/extrasrules.h"
#include "tests/support/syncfixture.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/mainwindow.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/addressbox.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/urlopener.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

namespace {

/// The Secret Service's (oayays) secret, "plain" session.
struct PlainSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType = u"text/plain"_s;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PlainSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PlainSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(PlainSecret)

namespace {

/// Drives the test's own gnome-keyring over D-Bus: collections made with a known password (so
/// they can be locked and unlocked without a prompt), the "default" alias moved between them.
class Keyring
{
public:
    static constexpr auto Service = "org.freedesktop.secrets";
    static constexpr auto Root = "/org/freedesktop/secrets";
    static constexpr auto Login = "/org/freedesktop/secrets/collection/login";

    Keyring()
    {
        qDBusRegisterMetaType<PlainSecret>();
        QDBusInterface service(QString::fromLatin1(Service), QString::fromLatin1(Root),
            u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
        const QDBusMessage reply = service.call(
            u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
        if (reply.arguments().size() == 2)
            m_session = qvariant_cast<QDBusObjectPath>(reply.arguments().at(1));
    }

    bool isValid() const { return !m_session.path().isEmpty(); }

    QString create(const QString &label, const QByteArray &password)
    {
        QDBusInterface guilty(QString::fromLatin1(Service), QString::fromLatin1(Root),
            u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
            QDBusConnection::sessionBus());
        const QVariantMap properties { { u"org.freedesktop.Secret.Collection.Label"_s, label } };
        const QDBusReply<QDBusObjectPath> reply = guilty.call(
            u"CreateWithMasterPassword"_s, properties, QVariant::fromValue(secret(password)));
        return reply.isValid() ? reply.value().path() : QString();
    }

    bool unlock(const QString &collection, const QByteArray &password)
    {
        QDBusInterface guilty(QString::fromLatin1(Service), QString::fromLatin1(Root),
            u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
            QDBusConnection::sessionBus());
        const QDBusMessage reply = guilty.call(u"UnlockWithMasterPassword"_s,
            QVariant::fromValue(QDBusObjectPath(collection)),
            QVariant::fromValue(secret(password)));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    bool lock(const QString &collection)
    {
        const QDBusMessage reply = service().call(
            u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath> { QDBusObjectPath(collection) }));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    bool setDefault(const QString &collection)
    {
        const QDBusMessage reply = service().call(
            u"SetAlias"_s, u"default"_s, QVariant::fromValue(QDBusObjectPath(collection)));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    bool remove(const QString &collection)
    {
        QDBusInterface c(QString::fromLatin1(Service), collection,
            u"org.freedesktop.Secret.Collection"_s, QDBusConnection::sessionBus());
        return c.call(u"Delete"_s).type() == QDBusMessage::ReplyMessage;
    }

private:
    QDBusInterface service() const
    {
        return QDBusInterface(QString::fromLatin1(Service), QString::fromLatin1(Root),
            u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    }
    PlainSecret secret(const QByteArray &password) const
    {
        PlainSecret s;
        s.session = m_session;
        s.value = password;
        return s;
    }

    QDBusObjectPath m_session;
};

} // namespace

class TestOnboarding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockedKeyringKeepsTheTraktLogin();
    void noDefaultKeyringKeepsTheTraktLogin();
    void aBrowserThatCannotStartShowsTheAddress();
    void backgroundRunsAreQuiet();
    void refusedAniListTokenAsksToLogInAgain();
    void closingToTheTrayIsSaidOnce();
    void setupSavesWhatToSync();

private:
    /// Opens the setup at the Trakt page, starts the device login; returns its dialog.
    TraktLoginDialog *startTraktLogin(AppFixture &app, FakeServices &fakes);

    QTemporaryDir m_home;
    QList<QUrl> m_opened;
    bool m_browserWorks = true;
};

void TestOnboarding::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    registerSyncMetaTypes();
    QCOMPARE(Translations::install(u"en"_s), u"en"_s); // as main() does: "1 play", "5 plays"
    QVERIFY2(qEnvironmentVariableIsSet("TSUZUKI_KEYRING_SESSION"),
        "run inside tests/scripts/keyring-session.sh (this test changes the default keyring)");
}

void TestOnboarding::init()
{
    m_opened.clear();
    m_browserWorks = true;
    UrlOpener::setFunction([this](const QUrl &url) {
        m_opened << url;
        return m_browserWorks;
    });
    QSettings().setValue(QString::fromLatin1(SettingsKey::ScheduleEnabled), false);
}

void TestOnboarding::cleanup()
{
    UrlOpener::setFunction({});
    // Whatever a test did to the keyring, the login collection is the default again.
    Keyring().setDefault(QString::fromLatin1(Keyring::Login));
}

TraktLoginDialog *TestOnboarding::startTraktLogin(AppFixture &app, FakeServices &fakes)
{
    fakes.trakt().setDeviceCodeTiming(600, 1);
    app.app->services()->traktAuth()->setDeviceTimeUnitMs(20);
    SetupWizard *setup = app.window()->showSetup(SetupWizard::TraktPage);
    if (!setup || setup->currentId() != SetupWizard::TraktPage)
        return nullptr;
    setup->findChild<QLineEdit *>(u"setupTraktClientIdEdit"_s)->setText(u"fake-client-id"_s);
    setup->findChild<QLineEdit *>(u"setupTraktSecretEdit"_s)->setText(u"fake-client-secret"_s);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"setupTraktLoginButton"_s), Qt::LeftButton);
    TraktLoginDialog *dialog = setup->traktLoginDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, 20000))
        return nullptr;
    return dialog;
}

void TestOnboarding::lockedKeyringKeepsTheTraktLogin()
{
    Keyring keyring;
    QVERIFY(keyring.isValid());
    const QByteArray password = "tsuzuki-test-secret-keyring-password";
    const QString collection = keyring.create(u"tsuzuki locked test"_s, password);
    QVERIFY2(!collection.isEmpty(), "could not make a collection");
    QVERIFY(keyring.setDefault(collection));
    QVERIFY(keyring.lock(collection));

    FakeServices fakes;
    QVERIFY(fakes.listen());
    fakes.exportEnvironment();
    fakes.trakt().setUser(u"carol_t"_s, u"Carol"_s);
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    TraktLoginDialog *dialog = startTraktLogin(app, fakes);
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &TraktLoginDialog::loginFailed);
    fakes.trakt().approve();
    QVERIFY(failed.wait(30000));
    // The real problem, what to do, and a Retry; the login Trakt accepted is kept.
    QVERIFY2(dialog->errorText().contains(u"keyring is locked"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(u"Retry"_s));
    auto *retry = dialog->findChild<QPushButton *>(u"traktLoginRetryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(app.app->accounts()->hasUnsavedTraktLogin());
    QVERIFY(!app.app->services()->traktAuth()->isLoggedIn());
    QVERIFY(saveScreenshot(dialog, u"onboarding-keyring-locked"_s));

    // The user unlocks the keyring, then Retry: stored, logged in, no second code asked for.
    QVERIFY(keyring.unlock(collection, password));
    QSignalSpy loggedIn(dialog, &TraktLoginDialog::loggedIn);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loggedIn.wait(30000));
    QVERIFY(app.app->services()->traktAuth()->isLoggedIn());
    QVERIFY(!app.app->accounts()->hasUnsavedTraktLogin());
    QCOMPARE(app.readSecret(SecretKey::TraktAccessToken), fakes.trakt().latestAccessToken());
    QCOMPARE(fakes.trakt().requestCount(u"POST"_s, u"/oauth/device/code"_s), 1);
    auto *status = app.window()->setupWizard()->findChild<QLabel *>(u"setupTraktStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"carol_t"_s), 20000);
    app.app.reset();
    QVERIFY(keyring.setDefault(QString::fromLatin1(Keyring::Login)));
    QVERIFY(keyring.remove(collection));
}

void TestOnboarding::noDefaultKeyringKeepsTheTraktLogin()
{
    Keyring keyring;
    QVERIFY(keyring.isValid());
    // An empty keyring: the default alias names a collection that no longer exists.
    const QString gone = keyring.create(u"tsuzuki gone test"_s, "tsuzuki-test-secret-gone");
    QVERIFY(!gone.isEmpty());
    QVERIFY(keyring.setDefault(gone));
    QVERIFY(keyring.remove(gone));

    FakeServices fakes;
    QVERIFY(fakes.listen());
    fakes.exportEnvironment();
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    TraktLoginDialog *dialog = startTraktLogin(app, fakes);
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &TraktLoginDialog::loginFailed);
    fakes.trakt().approve();
    QVERIFY(failed.wait(30000));
    QVERIFY2(
        dialog->errorText().contains(u"no default keyring"_s), qPrintable(dialog->errorText()));
    QVERIFY(app.app->accounts()->hasUnsavedTraktLogin());
    QVERIFY(saveScreenshot(dialog, u"onboarding-keyring-no-default"_s));

    // A keyring is made the default (as the user would in their keyring manager), then Retry.
    const QByteArray password = "tsuzuki-test-secret-new-keyring";
    const QString fresh = keyring.create(u"tsuzuki new default"_s, password);
    QVERIFY(!fresh.isEmpty());
    QVERIFY(keyring.setDefault(fresh));
    QSignalSpy loggedIn(dialog, &TraktLoginDialog::loggedIn);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"traktLoginRetryButton"_s), Qt::LeftButton);
    QVERIFY(loggedIn.wait(30000));
    QVERIFY(app.app->services()->traktAuth()->isLoggedIn());
    QCOMPARE(fakes.trakt().requestCount(u"POST"_s, u"/oauth/device/code"_s), 1);
    app.app.reset();
    QVERIFY(keyring.setDefault(QString::fromLatin1(Keyring::Login)));
    QVERIFY(keyring.remove(fresh));
}

void TestOnboarding::aBrowserThatCannotStartShowsTheAddress()
{
    m_browserWorks = false;
    FakeServices fakes;
    QVERIFY(fakes.listen());
    fakes.exportEnvironment();
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    TraktLoginDialog *dialog = startTraktLogin(app, fakes);
    QVERIFY(dialog);
    auto *box = dialog->findChild<AddressBox *>();
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->url(), m_opened.last()); // the browser was asked first
    QVERIFY(box->url().path().endsWith(u"/activate"_s));
    QTest::mouseClick(box->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), box->url().toString());
    QVERIFY(saveScreenshot(dialog, u"onboarding-no-browser"_s));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(u"traktLoginCancelButton"_s), Qt::LeftButton);

    // The AniList PIN page the same way.
    SetupWizard *setup = app.window()->setupWizard();
    setup->next();
    QCOMPARE(setup->currentId(), int(SetupWizard::AniListPage));
    setup->findChild<QLineEdit *>(u"setupAniListClientIdEdit"_s)->setText(u"31337"_s);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"setupAniListPinButton"_s), Qt::LeftButton);
    AddressBox *pin = nullptr;
    for (AddressBox *candidate : setup->findChildren<AddressBox *>()) {
        if (candidate->isVisibleTo(setup))
            pin = candidate;
    }
    QVERIFY(pin);
    QCOMPARE(pin->url().host(), u"anilist.co"_s);
}

void TestOnboarding::backgroundRunsAreQuiet()
{
    SyncFixture f;
    QVERIFY(f.setUp(5, 50, 71));
    f.fakes.exportEnvironment();
    QSettings().setValue(
        QString::fromLatin1(ServiceConfig::TraktClientIdKey), f.services.traktClientId);
    AppFixture app;
    QVERIFY(app.storeSecrets(f.secrets.values));
    app.useDatabase(f.testDb.spec());
    QVERIFY(app.start());
    MainWindow *window = app.window();
    window->show();
    SyncController *sync = app.app->syncController();
    TrayController *tray = app.app->tray();
    QTRY_VERIFY(sync->isConfigured());
    auto *nextRun = window->findChild<QLabel *>(u"statusNextRunLabel"_s);
    QCOMPARE(nextRun->text(), u"Schedule off"_s);

    // The tray's Sync now: a background run. No preview, ever; progress in the tray's tooltip.
    QSignalSpy previewOpened(sync, &SyncController::previewOpened);
    QSignalSpy finished(sync, &SyncController::runFinished);
    QSignalSpy resultReady(sync, &SyncController::resultReady);
    QStringList tooltips;
    connect(tray, &TrayController::stateChanged, this, [&] { tooltips << tray->toolTip(); });
    connect(sync, &SyncController::statusChanged, this,
        [&](const QString &) { tooltips << tray->toolTip(); });
    tray->syncNowAction()->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(1).toBool()); // automated
    QVERIFY(resultReady.wait(20000) || resultReady.count() > 0);
    QCOMPARE(previewOpened.count(), 0);
    QVERIFY(!sync->currentPreview());
    QVERIFY(!QApplication::activeModalWidget());
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QDialog *>(w) || !w->isVisible(), qPrintable(w->objectName()));
    const int posted = int(f.fakes.trakt().history().size());
    QVERIFY(posted > 0);
    bool progressShown = false;
    for (const QString &tip : std::as_const(tooltips))
        progressShown = progressShown || tip.contains(u"Background sync"_s);
    QVERIFY2(progressShown, qPrintable(tooltips.join(u" | "_s)));
    // One notification says what it did; the schedule is still off, with no time in the past.
    QVERIFY2(tray->lastNotification().contains(u"Posted %1 plays"_s.arg(posted)),
        qPrintable(tray->lastNotification()));
    QCOMPARE(nextRun->text(), u"Schedule off"_s);

    // A click on the notification opens the result, not a preview.
    Q_EMIT tray->notificationClicked();
    PreviewDialog *result = nullptr;
    for (PreviewDialog *candidate : window->findChildren<PreviewDialog *>()) {
        if (candidate->isVisible())
            result = candidate;
    }
    QVERIFY(result);
    QVERIFY(result->isFinished());
    QVERIFY2(result->headerText().contains(u"%1 plays posted"_s.arg(posted)),
        qPrintable(result->headerText()));
    QVERIFY(saveScreenshot(result, u"onboarding-background-result"_s));
    result->close();

    // Nothing new: a quiet run, and nothing to say.
    const QString before = tray->lastNotification();
    tray->syncNowAction()->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(int(f.fakes.trakt().history().size()), posted);
    QCOMPARE(tray->lastNotification(), before);
    QCOMPARE(previewOpened.count(), 0);
    QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
}

void TestOnboarding::refusedAniListTokenAsksToLogInAgain()
{
    SyncFixture f;
    QVERIFY(f.setUp(3, 20, 72));
    f.fakes.exportEnvironment();
    QSettings().setValue(
        QString::fromLatin1(ServiceConfig::TraktClientIdKey), f.services.traktClientId);
    AppFixture app;
    auto secrets = f.secrets.values;
    secrets.insert(QString::fromLatin1(SecretKey::AniListToken),
        u"tsuzuki-test-secret-revoked-anilist"_s); // AniList no longer knows it
    QVERIFY(app.storeSecrets(secrets));
    app.useDatabase(f.testDb.spec());
    QVERIFY(app.start());
    MainWindow *window = app.window();
    window->show();
    SyncController *sync = app.app->syncController();
    QTRY_VERIFY(sync->isConfigured());
    auto *account = window->findChild<QLabel *>(u"anilistAccountLabel"_s);
    QTRY_VERIFY(account->text().startsWith(u"Logged in"_s));

    QSignalSpy failed(sync, &SyncController::failed);
    QTest::mouseClick(
        window->dashboardTab()->findChild<QPushButton *>(u"fullSyncButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.last().at(0).value<Error>().code, ErrorCode::AniListLoginRefused);
    // A banner with the next step; the Accounts card says it too, not "Logged in".
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->actionButton()->text(), u"Log in again…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(account->text().contains(u"refused"_s), 20000);
    QCOMPARE(window->findChild<QPushButton *>(u"anilistAccountButton"_s)->text(), u"Log in…"_s);
    QVERIFY(saveScreenshot(window, u"onboarding-anilist-refused"_s));
    // The activity log: the refusal and the sync that could not run.
    const auto logged = [&f](const char *level, const QString &text) {
        const auto tail = LogRepository(*f.db).tail(50);
        for (const LogEntry &e : tail.valueOr({})) {
            if (e.level == QLatin1StringView(level) && e.message.contains(text))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged("warn", u"AniList refused"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(logged("error", u"Manual full sync could not run"_s), 20000);
    QTest::mouseClick(window->banner()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(window->setupWizard() && window->setupWizard()->isVisible());
    QCOMPARE(window->setupWizard()->currentId(), int(SetupWizard::AniListPage));
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
}

void TestOnboarding::closingToTheTrayIsSaidOnce()
{
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    ApplicationOptions options = AppFixture::testOptions();
    options.trayAvailable = true;
    QVERIFY(app.start(options));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TrayController *tray = app.app->tray();
    QVERIFY(tray->lastNotification().isEmpty());
    window->close();
    QVERIFY(!window->isVisible()); // still running, in the tray
    QVERIFY2(tray->lastNotification().contains(u"still running"_s),
        qPrintable(tray->lastNotification()));
    Q_EMIT tray->openRequested();
    QTRY_VERIFY(window->isVisible());
    const QString first = tray->lastNotification();
    tray->notify(u"other"_s, u"marker"_s);
    window->close();
    QVERIFY(!window->isVisible());
    QCOMPARE(tray->lastNotification(), u"other: marker"_s); // not said a second time
    QVERIFY(!first.isEmpty());
}

void TestOnboarding::setupSavesWhatToSync()
{
    {
        QSettings fresh;
        ExtrasRules::configure(fresh, {}, RatingRounding::Nearest);
    }
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    SetupWizard *setup = app.window()->showSetup(SetupWizard::ExtrasPage);
    QVERIFY(setup);
    QCOMPARE(setup->currentId(), int(SetupWizard::ExtrasPage));
    QVERIFY(QTest::qWaitForWindowExposed(setup));
    setup->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(setup));
    QWizardPage *page = setup->currentPage();
    auto *rewatches = page->findChild<QCheckBox *>(u"extrasRewatchesCheck"_s);
    auto *ratings = page->findChild<QCheckBox *>(u"extrasRatingsCheck"_s);
    auto *dropped = page->findChild<QCheckBox *>(u"extrasDroppedCheck"_s);
    auto *rounding = page->findChild<QComboBox *>(u"extrasRoundingCombo"_s);
    QVERIFY(rewatches && ratings && dropped && rounding);
    // Off by default, Rounding only with Ratings.
    QVERIFY(!rewatches->isChecked() && !ratings->isChecked() && !dropped->isChecked());
    QVERIFY(!rounding->isEnabled());
    // The boxes with their keys (Alt+R, Alt+D), the rounding chosen.
    QTest::keyClick(setup, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(ratings->isChecked()); // a mnemonic clicks after the button's press animation
    QVERIFY(rounding->isEnabled());
    QTest::keyClick(setup, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(dropped->isChecked());
    rounding->setCurrentIndex(rounding->findData(int(RatingRounding::Up)));
    QVERIFY(saveScreenshot(setup, u"onboarding-what-to-sync"_s));
    // Nothing is stored before Next.
    QCOMPARE(ExtrasRules::configured(QSettings()), SyncExtras());
    setup->button(QWizard::NextButton)->click();
    QCOMPARE(setup->currentId(), int(SetupWizard::SyncPage));
    const QSettings settings;
    QCOMPARE(
        ExtrasRules::configured(settings), SyncExtras(SyncExtra::Ratings | SyncExtra::Dropped));
    QCOMPARE(ExtrasRules::configuredRounding(settings), RatingRounding::Up);
    // The first sync (and every later one) carries them.
    const SyncOptions options = app.app->syncController()->options();
    QCOMPARE(options.extras, SyncExtras(SyncExtra::Ratings | SyncExtra::Dropped));
    QCOMPARE(options.rounding, RatingRounding::Up);
    setup->reject();
    QSettings writable;
    ExtrasRules::configure(writable, {}, RatingRounding::Nearest);
}

QTEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"

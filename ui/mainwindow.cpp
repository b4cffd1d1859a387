#include "mainwindow.h"

#include "core/app/accounts.h"
#include "core/app/titlelookup.h"
#include "core/auth/secretstore.h"
#include "core/common/appinfo.h"
#include "core/common/settingskeys.h"
#include "core/common/timeformat.h"
#include "core/log/redact.h"
#include "core/net/services.h"
#include "core/store/databasethread.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/dialogs/runsdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/mappingupdater.h"
#include "ui/synccontroller.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/tabs/logstab.h"
#include "ui/tabs/mappingstab.h"
#include "ui/tabs/overridestab.h"
#include "ui/tabs/progresstab.h"
#include "ui/traktrefusalpresenter.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

MainWindow::MainWindow(
    DatabaseThread *database, Services *services, Accounts *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_services(services)
    , m_accounts(accounts)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tsuzuki"));
    setWindowIcon(QIcon::fromTheme(QString::fromLatin1(ApplicationId)));

    m_updater = new MappingUpdater(m_database, this);
    m_lookup = new TitleLookup(m_services, this);
    createTabs();
    createMenus();
    createStatusBar();
    restoreWindowState();

    connect(m_database, &DatabaseThread::opened, this, &MainWindow::onDatabaseOpened);
    connect(m_database, &DatabaseThread::openFailed, this,
        [this](const Error &error) { onDatabaseOpenFailed(error.userMessage); });
    refreshAccounts();
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::updateNextRunLabel);
    m_clock.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardTab(m_database, m_updater, m_tabs);
    m_mappings = new MappingsTab(m_database, m_tabs);
    m_overrides = new OverridesTab(m_database, m_tabs);
    m_progress = new ProgressTab(m_database, m_tabs);
    m_logs = new LogsTab(m_database, m_tabs);
    m_mappings->setTitleLookup(m_lookup);
    m_overrides->setTitleLookup(m_lookup);
    m_tabs->addTab(m_dashboard, QIcon::fromTheme(u"go-home"_s), tr("&Dashboard"));
    m_tabs->addTab(m_mappings, QIcon::fromTheme(u"insert-link"_s), tr("&Mappings"));
    m_tabs->addTab(m_overrides, QIcon::fromTheme(u"document-edit"_s), tr("&Overrides"));
    m_tabs->addTab(m_progress, QIcon::fromTheme(u"view-list-details"_s), tr("&Progress"));
    m_tabs->addTab(m_logs, QIcon::fromTheme(u"text-x-generic"_s), tr("&Logs"));
    // Saving a mapping changes the dashboard's "needs mapping" count.
    connect(m_mappings, &MappingsTab::saved, m_dashboard, &DashboardTab::reload);
    connect(m_progress, &ProgressTab::progressReset, m_dashboard, &DashboardTab::reload);
    // Imported mapping data changes the Mappings tab's titles and the dashboard's counts.
    connect(m_updater, &MappingUpdater::finished, this, [this](MappingSource, bool ok) {
        if (ok)
            m_mappings->reload();
    });
    connect(
        m_dashboard, &DashboardTab::loginRequested, this, [this](DashboardTab::Service service) {
            showSetup(service == DashboardTab::Service::Trakt ? SetupWizard::TraktPage
                                                              : SetupWizard::AniListPage);
        });
    connect(
        m_dashboard, &DashboardTab::logoutRequested, this, [this](DashboardTab::Service service) {
            const auto done = [this](const Result<void> &result) {
                if (!result)
                    showStatusMessage(result.error().userMessage);
                refreshAccounts();
            };
            if (service == DashboardTab::Service::Trakt)
                m_accounts->logOutTrakt(this, done);
            else
                m_accounts->logOutAniList(this, done);
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_mappingsStale && m_tabs->currentWidget() == m_mappings) {
            m_mappingsStale = false;
            m_mappings->reload();
        }
    });
    m_banner = new MessageBanner(this);
    m_refusals = new TraktRefusalPresenter(m_banner, this);
    connect(m_refusals, &TraktRefusalPresenter::loginRequested, this,
        [this] { showSettings()->showPage(SettingsDialog::Page::Accounts); });
    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(u"menuBar"_s);

    QMenu *syncMenu = bar->addMenu(tr("&Sync"));
    syncMenu->setObjectName(u"syncMenu"_s);
    const auto syncAction = [this, syncMenu](const QString &name, const QString &text,
                                const QKeySequence &keys, SyncMode mode) {
        QAction *action = syncMenu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, mode] {
            if (m_sync)
                m_sync->requestPreview(mode);
        });
        m_syncActions << action;
    };
    syncAction(
        u"actionFullSync"_s, tr("&Full sync…"), QKeySequence(Qt::CTRL | Qt::Key_R), SyncMode::Full);
    syncAction(u"actionCompletedSync"_s, tr("&Completed library…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), SyncMode::Completed);
    syncAction(u"actionWatchingSync"_s, tr("&Watching library…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), SyncMode::Watching);
    QAction *showSync = syncMenu->addAction(tr("Sync o&ne show…"));
    showSync->setObjectName(u"actionShowSync"_s);
    connect(showSync, &QAction::triggered, this, [this] {
        showTab(Tab::Dashboard);
        if (auto *edit = m_dashboard->findChild<QWidget *>(u"syncShowEdit"_s))
            edit->setFocus();
    });
    QAction *runs = syncMenu->addAction(tr("&Runs…"));
    runs->setObjectName(u"actionRuns"_s);
    runs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(runs, &QAction::triggered, this, [this] { showRuns(); });
    syncMenu->addSeparator();
    QAction *quit = syncMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *viewMenu = bar->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    const QStringList names { tr("&Dashboard"), tr("&Mappings"), tr("&Overrides"), tr("&Progress"),
        tr("&Logs") };
    const QStringList ids { u"Dashboard"_s, u"Mappings"_s, u"Overrides"_s, u"Progress"_s,
        u"Logs"_s };
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = viewMenu->addAction(names.at(i));
        action->setObjectName(u"actionView"_s + ids.at(i));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }

    QMenu *settingsMenu = bar->addMenu(tr("Se&ttings"));
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QAction *settings = settingsMenu->addAction(tr("&Preferences…"));
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] { showSettings(); });
    QAction *setup = settingsMenu->addAction(tr("Set &up Tsuzuki…"));
    setup->setObjectName(u"actionSetup"_s);
    connect(setup, &QAction::triggered, this, [this] { showSetup(); });
    QAction *database = settingsMenu->addAction(tr("&Database…"));
    database->setObjectName(u"actionDatabaseSettings"_s);
    connect(database, &QAction::triggered, this,
        [this] { showSettings()->showPage(SettingsDialog::Page::Database); });

    QMenu *helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *about = helpMenu->addAction(tr("&About Tsuzuki"));
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { showAbout(); });
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(u"statusBar"_s);
    m_syncLabel = new QLabel(tr("Idle"), bar);
    m_syncLabel->setObjectName(u"statusSyncLabel"_s);
    m_databaseLabel = new QLabel(tr("Opening the database…"), bar);
    m_databaseLabel->setObjectName(u"statusDatabaseLabel"_s);
    m_nextRunLabel = new QLabel(tr("Schedule off"), bar);
    m_nextRunLabel->setObjectName(u"statusNextRunLabel"_s);
    bar->addWidget(m_syncLabel, 1);
    // A passing message is drawn over the normal widgets, not instead of them: hide the sync line
    // while one shows, or the two texts overlap.
    connect(bar, &QStatusBar::messageChanged, m_syncLabel,
        [this](const QString &message) { m_syncLabel->setVisible(message.isEmpty()); });
    bar->addPermanentWidget(m_nextRunLabel);
    bar->addPermanentWidget(m_databaseLabel);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QString::fromLatin1(GeometrySetting)).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QString::fromLatin1(StateSetting)).toByteArray());
    m_tabs->setCurrentIndex(
        qBound(0, settings.value(QString::fromLatin1(TabSetting), 0).toInt(), m_tabs->count() - 1));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(GeometrySetting), saveGeometry());
    settings.setValue(QString::fromLatin1(StateSetting), saveState());
    settings.setValue(QString::fromLatin1(TabSetting), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QSettings settings;
    if (m_tray && m_tray->isAvailable()
        && settings.value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool()) {
        // Keep running in the tray; Quit (Ctrl+Q or the tray menu) ends the app. Said once.
        hide();
        event->ignore();
        if (!settings.value(QString::fromLatin1(TrayHintShownSetting), false).toBool()) {
            settings.setValue(QString::fromLatin1(TrayHintShownSetting), true);
            m_tray->notify(tr("Tsuzuki is still running"),
                tr("It keeps syncing from the system tray. To quit, choose Quit in the tray "
                   "icon's menu."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setSyncController(SyncController *sync)
{
    m_sync = sync;
    for (QAction *action : std::as_const(m_syncActions))
        action->setEnabled(sync);
    connect(m_dashboard, &DashboardTab::fullSyncRequested, sync,
        [sync] { sync->requestPreview(SyncMode::Full); });
    connect(m_dashboard, &DashboardTab::completedSyncRequested, sync,
        [sync] { sync->requestPreview(SyncMode::Completed); });
    connect(m_dashboard, &DashboardTab::watchingSyncRequested, sync,
        [sync] { sync->requestPreview(SyncMode::Watching); });
    connect(m_dashboard, &DashboardTab::showSyncRequested, sync,
        [sync](qint64 id) { sync->requestPreview(SyncMode::Show, id); });
    connect(sync, &SyncController::busyChanged, this, [this](bool busy) {
        m_dashboard->setSyncBusy(busy);
        for (QAction *action : std::as_const(m_syncActions))
            action->setEnabled(!busy);
        if (m_tray)
            m_tray->setState(busy ? TrayController::State::Syncing : TrayController::State::Idle);
    });
    connect(sync, &SyncController::statusChanged, this, [this, sync](const QString &text) {
        m_syncLabel->setText(text);
        // Background runs show their progress in the tray's tooltip too.
        if (m_tray && sync->isBusy())
            m_tray->setState(TrayController::State::Syncing, text);
    });
    connect(sync, &SyncController::nextRunChanged, this, [this](const QDateTime &when) {
        m_nextRun = when;
        m_dashboard->setNextScheduledRun(when);
        updateNextRunLabel();
        if (m_tray)
            m_tray->setNextRun(when);
    });
    connect(sync, &SyncController::runFinished, this, &MainWindow::onRunFinished);
    connect(sync, &SyncController::failed, this, &MainWindow::onSyncFailed);
    connect(sync, &SyncController::fixMappingRequested, this,
        [this](qint64 anilistId, const QString &title, PreviewDialog *dialog) {
            QPointer<PreviewDialog> result(dialog);
            MappingDialog *editor = m_mappings->fixMapping(anilistId, title, dialog);
            if (!editor)
                return;
            // The save finishes on the database thread after the editor has closed (and been
            // deleted), so the result dialog, not the editor, listens for it; once.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(
                m_mappings, &MappingsTab::saved, dialog, [result, anilistId, once](qint64 saved) {
                    if (saved != anilistId)
                        return;
                    QObject::disconnect(*once);
                    if (result)
                        result->markMappingFixed(anilistId);
                });
        });
}

void MainWindow::updateNextRunLabel()
{
    if (!m_nextRun.isValid()) {
        m_nextRunLabel->setText(tr("Schedule off"));
        m_nextRunLabel->setToolTip({});
    } else if (m_nextRun <= QDateTime::currentDateTimeUtc()) {
        m_nextRunLabel->setText(tr("Next sync: due now"));
        m_nextRunLabel->setToolTip(formatUtcTime(m_nextRun));
    } else {
        m_nextRunLabel->setText(
            tr("Next sync: %1 (%2)").arg(formatLocalTime(m_nextRun), formatRelative(m_nextRun)));
        m_nextRunLabel->setToolTip(formatUtcTime(m_nextRun));
    }
}

void MainWindow::onRunFinished(const SyncReport &report, bool automated)
{
    // What a run changes: progress, the log, the dashboard's counts, maybe auto mappings. The
    // mappings table (tens of thousands of rows) reloads when it is looked at, not during the
    // run's last moments.
    m_dashboard->reload();
    m_progress->reload();
    m_logs->reload();
    if (m_tabs->currentWidget() == m_mappings)
        m_mappings->reload();
    else
        m_mappingsStale = true;
    if (m_runsDialog)
        m_runsDialog->reload();
    // Trakt refused (a manual or a background run): the banner with the next step, the tray.
    if (report.status == RunStatus::Refused
        && m_refusals->present(report.errorCode, report.error)) {
        if (m_tray)
            m_tray->setLastRun(QDateTime::currentDateTimeUtc());
        return;
    }
    if (!m_tray)
        return;
    m_tray->setLastRun(QDateTime::currentDateTimeUtc());
    const bool ok = report.status == RunStatus::Succeeded;
    m_tray->setState(ok ? TrayController::State::Idle : TrayController::State::Error,
        ok ? QString() : report.error);
    if (!automated)
        return;
    // A background run says something only when there is something to say; a click on the
    // notification opens its result.
    m_lastBackgroundFailed = false;
    QStringList lines;
    if (report.counters.added > 0)
        lines << tr("Posted %n play(s) to Trakt.", nullptr, report.counters.added);
    const int needs = report.counters.notFound + report.counters.skippedUnmapped;
    if (needs > 0)
        lines << tr("%n play(s) need a mapping: see Mappings → Needs mapping.", nullptr, needs);
    if (!ok)
        lines << (report.error.isEmpty() ? tr("The sync did not finish.") : report.error);
    if (lines.isEmpty())
        return;
    m_tray->notify(ok ? tr("Sync finished") : tr("Sync did not finish"), lines.join(u'\n'), !ok);
}

void MainWindow::onNotificationClicked()
{
    bringToFront();
    if (m_lastBackgroundFailed) {
        onSyncFailed(m_lastBackgroundError, false);
        return;
    }
    if (m_sync)
        m_sync->showLastResult();
}

void MainWindow::setTrayController(TrayController *tray)
{
    m_tray = tray;
    m_refusals->setTray(tray);
    connect(tray, &TrayController::openRequested, this, &MainWindow::bringToFront);
    connect(tray, &TrayController::quitRequested, this, &MainWindow::quitRequested);
    // The tray's Sync now is a background run, like the schedule's: no preview, a notification.
    connect(tray, &TrayController::syncNowRequested, this, [this] {
        if (m_sync)
            m_sync->runScheduled();
    });
    connect(tray, &TrayController::notificationClicked, this, &MainWindow::onNotificationClicked);
}

void MainWindow::onSyncFailed(const Error &error, bool automated)
{
    statusBar()->showMessage(error.userMessage, 15000);
    if (m_refusals->present(error.code, error.userMessage))
        return; // Trakt refused: the banner and the tray say so, with the next step
    const bool login = error.code == ErrorCode::NotLoggedIn || error.code == ErrorCode::TokenExpired
        || error.code == ErrorCode::Unauthorized || error.code == ErrorCode::AniListLoginRefused;
    if (m_tray) {
        m_tray->setState(TrayController::State::Error, error.userMessage);
        if (automated) {
            m_lastBackgroundFailed = true;
            m_lastBackgroundError = error;
            m_tray->notify(tr("Sync did not run"), error.userMessage, true);
        }
    }
    if (login) {
        // Said where the user looks, with the next step, whether the run was background or not.
        showLoginProblem(error);
        return;
    }
    if (automated)
        return;
    m_banner->showMessage(MessageBanner::Kind::Warning, error.userMessage);
    disconnect(m_banner, &MessageBanner::actionTriggered, this, nullptr);
}

void MainWindow::showLoginProblem(const Error &error)
{
    // The messages name the service ("Log in to AniList first", "Your AniList login has
    // expired…"); the Accounts card is checked again so it no longer says "Logged in".
    const bool aniList
        = error.code == ErrorCode::AniListLoginRefused || error.userMessage.contains(u"AniList"_s);
    const bool again = error.code != ErrorCode::NotLoggedIn;
    m_banner->showMessage(MessageBanner::Kind::Warning, error.userMessage,
        again ? tr("Log in again…") : tr("Log in…"));
    disconnect(m_banner, &MessageBanner::actionTriggered, this, nullptr);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this, aniList] {
        showSetup(aniList ? SetupWizard::AniListPage : SetupWizard::TraktPage);
    });
    refreshAccounts(again);
}

void MainWindow::refreshAccounts(bool online)
{
    m_accounts->check(
        online, this, [this](const AccountsStatus &status) { m_dashboard->setAccounts(status); });
}

SetupWizard *MainWindow::setupWizard() const
{
    return m_setup;
}

SetupWizard *MainWindow::showSetup(int page)
{
    if (m_setup && !m_setup->isVisible())
        m_setup.clear(); // closed: deleted later (WA_DeleteOnClose)
    if (!m_setup) {
        auto *wizard = new SetupWizard(m_accounts, m_updater, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (page >= 0)
            wizard->setStartId(page);
        connect(wizard, &SetupWizard::traktLoggedIn, this, [this] {
            m_banner->hide();
            refreshAccounts(true);
        });
        connect(wizard, &SetupWizard::aniListLoggedIn, this, [this] {
            m_banner->hide();
            refreshAccounts(true);
        });
        connect(wizard, &SetupWizard::mappingsImported, this, [this] { m_dashboard->reload(); });
        connect(wizard, &SetupWizard::firstSyncRequested, this, [this](SyncMode mode) {
            if (m_sync)
                m_sync->requestPreview(mode);
        });
        m_setup = wizard;
        wizard->show();
    } else if (page >= 0 && m_setup->currentId() != page) {
        // Already open: go to the page asked for.
        while (m_setup->currentId() > page && m_setup->currentId() != m_setup->startId())
            m_setup->back();
        while (m_setup->currentId() < page && m_setup->currentId() >= 0)
            m_setup->next();
    }
    m_setup->raise();
    m_setup->activateWindow();
    return m_setup;
}

void MainWindow::showDatabaseProblem(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message, tr("Database settings…"));
    disconnect(m_banner, &MessageBanner::actionTriggered, nullptr, nullptr);
    connect(m_banner, &MessageBanner::actionTriggered, this,
        [this] { showSettings()->showPage(SettingsDialog::Page::Database); });
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void MainWindow::openDatabase(DatabaseSpec spec)
{
    m_databaseLabel->setText(tr("Opening %1…").arg(spec.toDisplayString()));
    if (spec.isPostgres() && spec.password.isEmpty() && m_services->secrets()) {
        SecretJob *job
            = m_services->secrets()->read(QString::fromLatin1(SecretKey::DatabasePassword));
        connect(job, &SecretJob::finished, this, [this, job, spec]() mutable {
            // No entry is fine: trust or peer authentication needs no password.
            if (job->ok() && !job->value().isEmpty()) {
                spec.password = job->value();
                registerSecret(spec.password);
            }
            m_database->open(spec);
        });
        return;
    }
    m_database->open(spec);
}

void MainWindow::onDatabaseOpened(const QString &display, int schemaVersion)
{
    m_databaseLabel->setText(tr("Database: %1").arg(display));
    m_databaseLabel->setToolTip(tr("Schema version %1").arg(schemaVersion));
    m_databaseLabel->setStyleSheet({});
    reloadAll();
    Q_EMIT databaseOpened(display);
}

void MainWindow::reloadAll()
{
    m_mappingsStale = false;
    m_dashboard->reload();
    m_mappings->reload();
    m_overrides->reload();
    m_progress->reload();
    m_logs->reload();
}

void MainWindow::onDatabaseOpenFailed(const QString &message)
{
    m_databaseLabel->setText(tr("Database not open"));
    m_databaseLabel->setToolTip(message);
    m_databaseLabel->setStyleSheet(u"color: #c0392b;"_s);
    statusBar()->showMessage(message, 15000);
    Q_EMIT databaseFailed(message);
}

SettingsDialog *MainWindow::showSettings()
{
    // A dialog that was just closed is deleted later (WA_DeleteOnClose): never reuse that one.
    if (m_settingsDialog && !m_settingsDialog->isVisible())
        m_settingsDialog.clear();
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services->secrets(), m_database->spec(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setAccounts(m_accounts);
        connect(
            m_settingsDialog, &SettingsDialog::settingsApplied, this, &MainWindow::settingsChanged);
        connect(m_settingsDialog, &SettingsDialog::traktLoggedIn, this, [this] {
            m_banner->hide();
            refreshAccounts(true);
        });
        connect(
            m_settingsDialog, &SettingsDialog::traktLoggedOut, this, [this] { refreshAccounts(); });
        connect(m_settingsDialog, &SettingsDialog::aniListTokenSaved, this, [this] {
            m_banner->hide();
            refreshAccounts(true);
        });
        connect(m_settingsDialog, &SettingsDialog::databaseChanged, this,
            [this](const DatabaseSpec &spec) { openDatabase(spec); });
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    return m_settingsDialog;
}

RunsDialog *MainWindow::showRuns()
{
    if (!m_runsDialog) {
        m_runsDialog = new RunsDialog(m_database, m_sync, this);
        m_runsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_runsDialog, &RunsDialog::undoFinished, this, [this](const UndoReport &report) {
            reloadAll();
            if (report.status == RunStatus::Refused)
                m_refusals->present(report.errorCode, report.error);
        });
    }
    m_runsDialog->reload();
    m_runsDialog->show();
    m_runsDialog->raise();
    return m_runsDialog;
}

QMessageBox *MainWindow::showAbout()
{
    if (!m_aboutBox) {
        m_aboutBox = new QMessageBox(this);
        m_aboutBox->setObjectName(u"aboutBox"_s);
        m_aboutBox->setAttribute(Qt::WA_DeleteOnClose);
        m_aboutBox->setWindowTitle(tr("About Tsuzuki"));
        m_aboutBox->setIconPixmap(windowIcon().pixmap(64, 64));
        m_aboutBox->setTextFormat(Qt::RichText);
        m_aboutBox->setText(u"<h2>%1 %2</h2>"_s.arg(tr("Tsuzuki"), applicationVersion()));
        m_aboutBox->setInformativeText(
            tr("Keeps your Trakt watch history in step with what you watch on AniList.<br><br>"
               "Built with Qt %1. Mapping data: Otaku-Mappings, Fribbs anime-lists, AniBridge.")
                .arg(QString::fromLatin1(qVersion())));
        m_aboutBox->setStandardButtons(QMessageBox::Close);
    }
    m_aboutBox->open();
    return m_aboutBox;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

} // namespace Tsuzuki

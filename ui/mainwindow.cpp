#include "mainwindow.h"

#include "core/app/accounts.h"
#include "core/auth/secretstore.h"
#include "core/common/appinfo.h"
#include "core/common/settingskeys.h"
#include "core/common/timeformat.h"
#include "core/log/redact.h"
#include "core/net/services.h"
#include "core/store/databasethread.h"
#include "ui/dialogs/runsdialog.h"
#include "ui/dialogs/settingsdialog.h"
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

    createTabs();
    createMenus();
    createStatusBar();
    restoreWindowState();

    connect(m_database, &DatabaseThread::opened, this, &MainWindow::onDatabaseOpened);
    connect(m_database, &DatabaseThread::openFailed, this,
        [this](const Error &error) { onDatabaseOpenFailed(error.userMessage); });
    refreshAccounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardTab(m_database, m_tabs);
    m_mappings = new MappingsTab(m_database, m_tabs);
    m_overrides = new OverridesTab(m_database, m_tabs);
    m_progress = new ProgressTab(m_database, m_tabs);
    m_logs = new LogsTab(m_database, m_tabs);
    m_tabs->addTab(m_dashboard, QIcon::fromTheme(u"go-home"_s), tr("&Dashboard"));
    m_tabs->addTab(m_mappings, QIcon::fromTheme(u"insert-link"_s), tr("&Mappings"));
    m_tabs->addTab(m_overrides, QIcon::fromTheme(u"document-edit"_s), tr("&Overrides"));
    m_tabs->addTab(m_progress, QIcon::fromTheme(u"view-list-details"_s), tr("&Progress"));
    m_tabs->addTab(m_logs, QIcon::fromTheme(u"text-x-generic"_s), tr("&Logs"));
    // Saving a mapping changes the dashboard's "needs mapping" count.
    connect(m_mappings, &MappingsTab::saved, m_dashboard, &DashboardTab::reload);
    connect(m_progress, &ProgressTab::progressReset, m_dashboard, &DashboardTab::reload);
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
    QAction *showSync = syncMenu->addAction(tr("Sync &one show…"));
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
    if (m_tray && m_tray->isAvailable()
        && QSettings().value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool()) {
        // Keep running in the tray; Quit (Ctrl+Q or the tray menu) ends the app.
        hide();
        event->ignore();
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
    connect(sync, &SyncController::statusChanged, m_syncLabel, &QLabel::setText);
    connect(sync, &SyncController::nextRunChanged, this, [this](const QDateTime &when) {
        m_dashboard->setNextScheduledRun(when);
        m_nextRunLabel->setText(
            when.isValid() ? tr("Next sync: %1").arg(formatLocalTime(when)) : tr("Schedule off"));
        if (m_tray)
            m_tray->setNextRun(when);
    });
    connect(
        sync, &SyncController::runFinished, this, [this](const SyncReport &report, bool automated) {
            reloadAll();
            if (m_runsDialog)
                m_runsDialog->reload();
            // Trakt refused (a manual or a scheduled run): banner with the next step, tray.
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
            m_tray->setState(
                ok ? TrayController::State::Idle : TrayController::State::Error, report.error);
            if (!automated)
                return;
            // Scheduled syncs tell the user only what matters: plays posted, failures, items
            // needing mapping.
            if (!ok)
                m_tray->notify(tr("Scheduled sync failed"), report.error, true);
            else if (report.counters.added > 0)
                m_tray->notify(tr("Scheduled sync"),
                    tr("Posted %n play(s) to Trakt.", nullptr, report.counters.added));
            if (report.counters.notFound > 0 || report.counters.skippedUnmapped > 0)
                m_tray->notify(tr("Needs mapping"),
                    tr("%n item(s) could not be placed on Trakt. See Mappings → Needs mapping.",
                        nullptr, report.counters.notFound + report.counters.skippedUnmapped));
        });
    connect(sync, &SyncController::failed, this, &MainWindow::onSyncFailed);
}

void MainWindow::setTrayController(TrayController *tray)
{
    m_tray = tray;
    m_refusals->setTray(tray);
    connect(tray, &TrayController::openRequested, this, &MainWindow::bringToFront);
    connect(tray, &TrayController::quitRequested, this, &MainWindow::quitRequested);
    connect(tray, &TrayController::syncNowRequested, this, [this] {
        if (m_sync)
            m_sync->runScheduled();
    });
}

void MainWindow::onSyncFailed(const Error &error, bool automated)
{
    statusBar()->showMessage(error.userMessage, 15000);
    if (m_refusals->present(error.code, error.userMessage))
        return; // Trakt refused: the banner and the tray say so, with the next step
    if (m_tray) {
        m_tray->setState(TrayController::State::Error, error.userMessage);
        if (automated)
            m_tray->notify(tr("Scheduled sync failed"), error.userMessage, true);
    }
    if (automated)
        return;
    // A manual action that could not start says why where the user looks, with the next step.
    const bool login = error.code == ErrorCode::NotLoggedIn || error.code == ErrorCode::TokenExpired
        || error.code == ErrorCode::Unauthorized || error.code == ErrorCode::AniListLoginRefused;
    m_banner->showMessage(
        MessageBanner::Kind::Warning, error.userMessage, login ? tr("Log in…") : QString());
    disconnect(m_banner, &MessageBanner::actionTriggered, nullptr, nullptr);
    if (login) {
        connect(m_banner, &MessageBanner::actionTriggered, this,
            [this] { showSettings()->showPage(SettingsDialog::Page::Accounts); });
    }
}

void MainWindow::refreshAccounts()
{
    m_accounts->check(false, this, [this](const AccountsStatus &status) {
        m_dashboard->setAccounts(status.aniList.text(), status.trakt.text());
    });
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
            refreshAccounts();
        });
        connect(
            m_settingsDialog, &SettingsDialog::traktLoggedOut, this, &MainWindow::refreshAccounts);
        connect(m_settingsDialog, &SettingsDialog::aniListTokenSaved, this, [this] {
            m_banner->hide();
            refreshAccounts();
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

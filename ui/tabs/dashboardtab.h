#pragma once

#include "core/app/accounts.h"
#include "core/mapping/mappingsource.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Tsuzuki {

class DatabaseThread;
class MappingUpdater;

/// The Dashboard: the sync buttons, the sync status card, the accounts with Log in / Log out, a
/// card per mapping source (entries, imported when, source updated when, Update with a progress
/// bar) and the most recent progress rows. Its cards keep their size while they change (an import
/// never moves a button), relative times ("5 minutes ago") refresh by themselves, and it fits a
/// 1024×700 window without scrolling sideways.
class DashboardTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTab)

public:
    enum class Service { AniList, Trakt };
    Q_ENUM(Service)

    DashboardTab(DatabaseThread *database, MappingUpdater *updater, QWidget *parent = nullptr);

    /// The accounts card (the main window fills it from Accounts).
    void setAccounts(const AccountsStatus &status);
    /// The schedule's next run; invalid: the schedule is off.
    void setNextScheduledRun(const QDateTime &when);
    /// Disables the sync buttons while a sync runs.
    void setSyncBusy(bool busy);

    /// Downloads and imports one source (Update button). `fileOverride`: import this local file
    /// instead (tests).
    void updateSource(MappingSource source, const QString &fileOverride = {});

public Q_SLOTS:
    void reload();
    /// Writes the relative times again ("just now" → "2 minutes ago"); runs on a timer.
    void refreshTimes();

Q_SIGNALS:
    void reloaded();
    void fullSyncRequested();
    void completedSyncRequested();
    void watchingSyncRequested();
    /// Sync one show: the AniList id parsed from the field.
    void showSyncRequested(qint64 anilistId);
    void sourceUpdated(Tsuzuki::MappingSource source, bool ok, const QString &message);
    void loginRequested(Tsuzuki::DashboardTab::Service service);
    void logoutRequested(Tsuzuki::DashboardTab::Service service);

private:
    struct SourceCard
    {
        QLabel *entries = nullptr;
        QLabel *imported = nullptr;
        QLabel *upstream = nullptr;
        QLabel *message = nullptr;
        QProgressBar *progress = nullptr;
        QPushButton *update = nullptr;
    };
    struct AccountRow
    {
        QLabel *status = nullptr;
        QPushButton *button = nullptr;
        bool loggedIn = false;
    };
    QWidget *createSourceCard(MappingSource source);
    QWidget *createSyncCard();
    QWidget *createAccountsCard();
    QWidget *createActionsCard();
    void setTime(QLabel *label, const QDateTime &time);
    void showProgress(MappingSource source, const QString &stage, int percent);
    void finishSource(MappingSource source, bool ok, const QString &message);
    void setAccount(AccountRow &row, const AccountStatus &status);

    DatabaseThread *m_database;
    MappingUpdater *m_updater;
    QHash<MappingSource, SourceCard> m_sources;
    QHash<QLabel *, QDateTime> m_times; ///< labels that show a time with its relative form
    QTimer m_clock;
    QLabel *m_lastManual = nullptr;
    QLabel *m_lastAuto = nullptr;
    QLabel *m_lastCompleted = nullptr;
    QLabel *m_lastWatching = nullptr;
    QLabel *m_nextRun = nullptr;
    QDateTime m_nextRunTime;
    QLabel *m_needsMapping = nullptr;
    AccountRow m_anilist;
    AccountRow m_trakt;
    QLineEdit *m_showEdit = nullptr;
    QLabel *m_showError = nullptr;
    QList<QPushButton *> m_syncButtons;
    QTableWidget *m_recent = nullptr;
};

} // namespace Tsuzuki

#pragma once

#include "core/mapping/mappingsource.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Tsuzuki {

class DatabaseThread;

/// The Dashboard: a card per mapping source (entries, imported when, source updated when, Update
/// with a progress bar), the sync status card, accounts, the "needs mapping" count, the sync
/// buttons and the most recent progress rows.
class DashboardTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTab)

public:
    explicit DashboardTab(DatabaseThread *database, QWidget *parent = nullptr);

    /// Text for the accounts card (the main window fills it from the keychain / token checks).
    void setAccounts(const QString &anilist, const QString &trakt);
    void setNextScheduledRun(const QDateTime &when);
    /// Disables the sync buttons while a sync runs.
    void setSyncBusy(bool busy);

    /// Downloads and imports one source (Update button). `fileOverride`: import this local file
    /// instead (tests).
    void updateSource(MappingSource source, const QString &fileOverride = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();
    void fullSyncRequested();
    void completedSyncRequested();
    void watchingSyncRequested();
    /// Sync one show: the AniList id parsed from the field.
    void showSyncRequested(qint64 anilistId);
    void sourceUpdated(Tsuzuki::MappingSource source, bool ok, const QString &message);

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
    QWidget *createSourceCard(MappingSource source);
    QWidget *createSyncCard();
    QWidget *createAccountsCard();
    QWidget *createActionsCard();
    void importFile(MappingSource source, const QString &path, bool removeAfter);
    void showProgress(MappingSource source, const QString &stage, qint64 done, qint64 total);
    void finishSource(MappingSource source, bool ok, const QString &message);

    DatabaseThread *m_database;
    QHash<MappingSource, SourceCard> m_sources;
    QLabel *m_lastManual = nullptr;
    QLabel *m_lastAuto = nullptr;
    QLabel *m_lastCompleted = nullptr;
    QLabel *m_lastWatching = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_needsMapping = nullptr;
    QLabel *m_anilistAccount = nullptr;
    QLabel *m_traktAccount = nullptr;
    QLineEdit *m_showEdit = nullptr;
    QLabel *m_showError = nullptr;
    QList<QPushButton *> m_syncButtons;
    QTableWidget *m_recent = nullptr;
};

} // namespace Tsuzuki

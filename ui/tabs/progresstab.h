#pragma once

#include "core/store/progressrepository.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Tsuzuki {

class DatabaseThread;
class NeverPostPanel;
class ProgressModel;

/// The Progress tab: `sync_progress` rows (what is on Trakt per AniList entry), lookup by AniList
/// id or address, and the runbook actions with a confirmation: force resync of a show (delete its
/// row) and reprocess the activity window (lastSyncTimestamp = 0).
class ProgressTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTab)

public:
    /// A question and its answer (true = go ahead). Null: ask with a message box.
    using Confirm = std::function<bool(const QString &)>;

    explicit ProgressTab(DatabaseThread *database, QWidget *parent = nullptr);

    ProgressModel *model() const { return m_model; }
    /// The never-post list with "Post again" (issue 14).
    NeverPostPanel *neverPostPanel() const { return m_neverPost; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// Filters to the id in the lookup field (an id or anilist.co address); false with a message if
    /// invalid.
    bool lookup();
    void forceResyncSelected(const Confirm &confirm = {});
    void reprocessActivityWindow(const Confirm &confirm = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded(int rows);
    void progressReset(qint64 anilistId);
    void activityWindowReset();
    void failed(const QString &message);

private:
    void ask(const QString &objectName, const QString &title, const QString &question,
        const Confirm &confirm, const std::function<void()> &proceed);
    void showMessage(const QString &message, bool error);

    DatabaseThread *m_database;
    ProgressModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_lookup = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QPushButton *m_resyncButton = nullptr;
    NeverPostPanel *m_neverPost = nullptr;
};

} // namespace Tsuzuki

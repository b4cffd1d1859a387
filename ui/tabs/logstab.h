#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Tsuzuki {

class DatabaseThread;
class LogFilterProxy;
class LogModel;

/// The Logs tab: the live activity log. New rows come from the worker's LogWatcher (NOTIFY on
/// PostgreSQL, polling on SQLite); level filter, search, pause/follow, copy. Times are local with
/// the zone abbreviation.
class LogsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsTab)

public:
    explicit LogsTab(DatabaseThread *database, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    bool isPaused() const;
    void setPaused(bool paused);
    /// Copies the selected rows (or all visible rows when none is selected) as text; returns it.
    QString copyRows();

public Q_SLOTS:
    /// First load: the newest rows.
    void reload();
    /// New rows may exist: fetch those after the newest shown (unless paused).
    void fetchNew();

Q_SIGNALS:
    void rowsArrived(int count);

private:
    void scrollIfFollowing();

    DatabaseThread *m_database;
    LogModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_pause = nullptr;
    QLabel *m_status = nullptr;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    bool m_loaded = false;
};

} // namespace Tsuzuki

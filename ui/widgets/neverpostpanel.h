#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Tsuzuki {

class DatabaseThread;
class NeverPostModel;

/// The Progress tab's "Never post" list (issue 14): the plays a preview marked "never post", with
/// "Post again" to undo the choice (the next sync offers them). Work goes through AppActions on
/// the GUI's database thread.
class NeverPostPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeverPostPanel)

public:
    explicit NeverPostPanel(DatabaseThread *database, QWidget *parent = nullptr);

    NeverPostModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// "Post again" for the selected rows.
    void postAgainSelected();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded(int rows);
    /// Plays left the list (offered again by the next sync).
    void allowedAgain(int count);

private:
    DatabaseThread *m_database;
    NeverPostModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_postAgain;
    QLabel *m_message;
};

} // namespace Tsuzuki

#pragma once

#include "core/sync/syncplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tsuzuki {

/// Preview before post: the plan's shows with their episodes (season, episode, watched time,
/// mapping rule and source), check boxes per show and per episode, totals that follow the ticks,
/// and what is skipped and why. "Post" asks for exactly the ticked items (postRequested); the owner
/// runs them and feeds progress and the report back. "Cancel" posts nothing.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    explicit PreviewDialog(const SyncPlan &plan, QWidget *parent = nullptr);

    const SyncPlan &plan() const { return m_plan; }
    /// Ticked episodes' item ids, in the plan's posting order.
    QStringList approvedItemIds() const;
    /// Ticks or unticks one play (tests, keyboard).
    void setItemChecked(const QString &itemId, bool checked);
    /// Ticks or unticks a whole show.
    void setShowChecked(qint64 anilistId, bool checked);
    int checkedCount() const;

    /// While posting: done of total plays settled.
    void setProgress(int done, int total);
    /// The run ended: shows the summary (added, not found, already synced) and turns Post into
    /// Close.
    void showReport(const SyncReport &report);
    /// The run could not be carried out.
    void showFailure(const QString &message);

Q_SIGNALS:
    /// Post pressed: the ids of the ticked plays (never empty).
    void postRequested(const Tsuzuki::SyncPlan &plan, const QStringList &approvedItemIds);
    /// Cancel pressed while posting: the owner stops after the batch in flight.
    void cancelRequested();

protected:
    void reject() override;

private:
    void fill();
    void updateTotals();
    void onPost();

    SyncPlan m_plan;
    QTreeWidget *m_tree = nullptr;
    QTreeWidget *m_skipped = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_cancel = nullptr;
    QHash<QString, QTreeWidgetItem *> m_items;
    QHash<qint64, QTreeWidgetItem *> m_shows;
    bool m_posting = false;
    bool m_done = false;
    bool m_updating = false;
};

} // namespace Tsuzuki

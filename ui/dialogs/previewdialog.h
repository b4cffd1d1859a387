#pragma once

#include "core/app/runresult.h"
#include "core/sync/syncplan.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Tsuzuki {

class AddressBox;
class ExtrasModel;
class GroupedItemsModel;
class PreviewModel;

/// Preview before post, then the result of the run. Before: the plan's shows with their episodes
/// (season, episode, watched time, mapping rule and source; a model that fills in batches), check
/// boxes per show and per episode, totals that follow the ticks, and the skipped items grouped by
/// kind with their count and reason. "Post" asks for exactly the ticked items (postRequested);
/// the owner runs them and feeds progress and the result back. After: what was posted, not found
/// on Trakt, failed or not sent, each listed, with "Fix mapping…" for items Trakt did not find
/// and "Open in Trakt" for every item; the header always says what has (and has not) been sent.
/// A plan with extras (issue 16) has an "Extras" tab (ExtrasModel): rewatches, ratings, watchlist
/// and dropped-list changes, ticked like plays; the result lists what became of them.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    explicit PreviewDialog(const SyncPlan &plan, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    const SyncPlan &plan() const { return m_plan; }
    /// Ticked plays' (first plays and rewatches) and extras' item ids, in the plan's order.
    QStringList approvedItemIds() const;
    /// Ticks or unticks one play (tests, keyboard).
    void setItemChecked(const QString &itemId, bool checked);
    /// Ticks or unticks a whole show.
    void setShowChecked(qint64 anilistId, bool checked);
    /// Ticked plays (first plays and rewatches).
    int checkedCount() const;
    /// Ticked extras (ratings, watchlist and dropped-list changes; not rewatches).
    int checkedExtras() const;
    /// "Never post" for the selected rows of the plan (the tree's context menu): the run records
    /// them and no sync offers them again; "Post after all" ticks them again.
    void markSelectedNever(bool never);

    /// The run is being posted (a background run shown while it runs): no boxes, Stop.
    void setPosting(const QStringList &approvedItemIds);
    /// While posting: done of total plays settled.
    void setProgress(int done, int total);
    /// The run ended: the summary from the report alone (the result follows from the ledger).
    void showReport(const SyncReport &report);
    /// The run's result, play by play; the dialog becomes the result view.
    void showResult(const RunResult &result);
    /// The run could not be carried out; nothing was sent.
    void showFailure(const QString &message);
    /// A mapping for `anilistId` was saved: its not-found lines say the next run posts them.
    void markMappingFixed(qint64 anilistId);
    bool isFinished() const { return m_done; }

    QString headerText() const;
    PreviewModel *planModel() const { return m_model; }
    /// The Extras tab's model; null when the plan's options ask for no extras.
    ExtrasModel *extrasModel() const { return m_extrasModel; }
    QTreeView *extrasView() const { return m_extrasTree; }
    GroupedItemsModel *skippedModel() const { return m_skippedModel; }
    GroupedItemsModel *resultModel() const { return m_resultModel; }
    QTreeView *planView() const { return m_tree; }
    QTreeView *resultView() const { return m_resultTree; }
    /// Selects the first line of `anilistId` in the result view (tests, the notification).
    bool selectResultItem(qint64 anilistId);

Q_SIGNALS:
    /// Post pressed: the ids of the ticked plays; `plan.neverPost` holds the plays marked "never
    /// post" (one of the two is not empty).
    void postRequested(const Tsuzuki::SyncPlan &plan, const QStringList &approvedItemIds);
    /// Cancel pressed while posting: the owner stops after the batch in flight.
    void cancelRequested();
    /// "Fix mapping…" on an item Trakt did not find.
    void fixMappingRequested(qint64 anilistId, const QString &title);

protected:
    void reject() override;

private:
    QWidget *createResultPage();
    QWidget *createExtrasPage();
    void fillSkipped();
    void updateTotals();
    void updateResultButtons();
    void onPost();
    void setHeader(const QString &text);

    SyncPlan m_plan;
    PreviewModel *m_model = nullptr;
    ExtrasModel *m_extrasModel = nullptr;
    QTreeView *m_extrasTree = nullptr;
    GroupedItemsModel *m_skippedModel = nullptr;
    GroupedItemsModel *m_resultModel = nullptr;
    QLabel *m_intro = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    QTreeView *m_skipped = nullptr;
    QTreeView *m_resultTree = nullptr;
    QWidget *m_resultPage = nullptr;
    QPushButton *m_fixButton = nullptr;
    QPushButton *m_openButton = nullptr;
    AddressBox *m_address = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_cancel = nullptr;
    QStringList m_approved;
    bool m_posting = false;
    bool m_done = false;
};

} // namespace Tsuzuki

#pragma once

#include "core/app/runresult.h"
#include "core/sync/syncplan.h"
#include "ui/models/groupeditemsmodel.h"

#include <QAbstractItemModel>
#include <QBitArray>
#include <QHash>
#include <QList>

namespace Tsuzuki {

/// The preview's "Extras" of a plan (issue 16) as a tree: groups "Rewatches", "Ratings",
/// "Watchlist" (additions and removals) and "Dropped", only those with items, a check box on every
/// item and a tristate one on every group; all ticked at first. The ticks are item ids, approved
/// like plays (SyncPlan::restrictedTo).
class ExtrasModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtrasModel)

public:
    enum Column { Title, What, Place, When, Note, ColumnCount };
    /// The item id (item rows) or the group's key: "rewatches", "ratings", "watchlist", "dropped".
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit ExtrasModel(QObject *parent = nullptr);

    /// The plan's rewatch plays (`rewatch` > 0) and its extras.
    void setPlan(const SyncPlan &plan);
    void setCheckable(bool checkable);

    int itemCount() const { return int(m_items.size()); }
    int checkedCount() const { return m_checkedCount; }
    int rewatchCount() const;
    /// Ticked items' ids (rewatch plays' and extras' item ids), in the groups' order.
    QStringList checkedItemIds() const;
    bool isItemChecked(const QString &itemId) const;
    void setItemChecked(const QString &itemId, bool checked);
    void setGroupChecked(const QString &key, bool checked);
    QModelIndex groupIndex(const QString &key) const;
    QModelIndex itemIndex(const QString &itemId) const;

    /// One line for the top of the Extras tab: rewatches not sent because of Trakt's "watch only
    /// once", titles that do not fit in the watchlist; empty when the plan skipped none.
    static QString skippedNote(const SyncPlan &plan);
    /// The result view's groups of a run's extras (RunResult::extras) by outcome: sent, not found,
    /// failed.
    static QList<ItemGroup> resultGroups(const RunResult &result);
    /// "Rating 8/10 (was 6/10)", "Off the watchlist again", ...: what an undo puts back.
    static QString revertText(const ExtraEntry &entry);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checksChanged();

private:
    struct Item
    {
        QString itemId;
        QString title;
        QString what;
        QString place;
        QDateTime when;
        QString note;
        QString toolTip;
    };
    struct Group
    {
        QString key;
        QString title;
        QList<int> items; ///< indexes into m_items
        int checked = 0;
    };
    void setChecked(int item, bool checked);
    Qt::CheckState groupState(const Group &group) const;
    void emitGroupChanged(int group);

    QList<Item> m_items;
    QList<Group> m_groups;
    QList<int> m_groupOfItem;
    QList<int> m_rowOfItem;
    QHash<QString, int> m_itemById;
    QBitArray m_checked;
    int m_checkedCount = 0;
    bool m_checkable = true;
};

} // namespace Tsuzuki

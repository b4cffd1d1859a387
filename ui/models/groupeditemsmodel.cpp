#include "groupeditemsmodel.h"

#include "core/common/timeformat.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

GroupedItemsModel::GroupedItemsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_detailHeading(tr("Why"))
{ }

void GroupedItemsModel::setGroups(const QList<ItemGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

QModelIndex GroupedItemsModel::groupIndex(const QString &key) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).key == key)
            return index(i, 0);
    }
    return {};
}

void GroupedItemsModel::setDetail(const QString &key, qint64 anilistId, const QString &detail)
{
    const QModelIndex group = groupIndex(key);
    if (!group.isValid())
        return;
    QList<GroupedItem> &items = m_groups[group.row()].items;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).anilistId != anilistId)
            continue;
        items[i].detail = detail;
        items[i].fixable = false;
        const QModelIndex cell = index(i, Detail, group);
        Q_EMIT dataChanged(index(i, 0, group), cell);
    }
}

QModelIndex GroupedItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_groups.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GroupedItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GroupedItemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int GroupedItemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroupedItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const ItemGroup &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Title)
                //: a group heading and how many lines it has: "Already synced (12)"
                return tr("%1 (%2)").arg(group.title).arg(group.items.size());
            if (index.column() == Detail)
                return group.help;
            return {};
        case Qt::ToolTipRole:
            return index.column() == Detail || index.column() == Title ? group.help : QString();
        case KeyRole:
            return group.key;
        default:
            return {};
        }
    }
    const GroupedItem &item = m_groups.at(int(index.internalId() - 1)).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Title:
            return item.title.isEmpty() ? tr("AniList %1").arg(item.anilistId) : item.title;
        case Episode:
            return item.episode;
        case Place:
            return item.place;
        case When:
            return formatLocalTime(item.when);
        case Detail:
            return item.detail;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        // The whole text of what the view may cut, and UTC beside the local time.
        if (index.column() == When)
            return formatUtcTime(item.when);
        if (index.column() == Detail || index.column() == Title)
            return data(index, Qt::DisplayRole);
        return {};
    case KeyRole:
        return item.itemId;
    case AnilistIdRole:
        return item.anilistId;
    case UrlRole:
        return item.url;
    case FixableRole:
        return item.fixable;
    default:
        return {};
    }
}

Qt::ItemFlags GroupedItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant GroupedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Title:
        return tr("Show");
    case Episode:
        return tr("Episode");
    case Place:
        return tr("On Trakt");
    case When:
        return tr("Watched");
    case Detail:
        return m_detailHeading;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
